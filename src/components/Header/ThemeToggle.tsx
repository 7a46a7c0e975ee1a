// Dark theme on or off. It starts as the system says; once pressed, the choice is remembered.

import { useStore } from "../../state/store";
import { useTheme } from "../../state/theme";

export function ThemeToggle() {
  const theme = useTheme();
  const setPrefs = useStore((s) => s.setPrefs);
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="header-button theme-toggle"
      aria-pressed={dark}
      title={dark ? "Switch to the light theme" : "Switch to the dark theme"}
      onClick={() => setPrefs({ theme: dark ? "light" : "dark" })}
    >
      Dark theme
    </button>
  );
}

// The theme on screen: the reader's choice (a preference: "system", "light" or "dark"), where
// "system" follows the operating system's `prefers-color-scheme`. CSS follows the system by itself
// (virtual:theme.css); an explicit choice is written onto <html data-theme>, and the canvas and the
// exports take the resolved theme from useTheme().
import { useSyncExternalStore } from "react";
import type { ThemeName } from "../visuals/tokens";
import type { ThemeChoice } from "./preferences";
import { useStore } from "./store";

const DARK_QUERY = "(prefers-color-scheme: dark)";

const darkQuery = (): MediaQueryList | null =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(DARK_QUERY)
    : null;

export const systemTheme = (): ThemeName => (darkQuery()?.matches ? "dark" : "light");

function subscribeSystem(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener("change", onChange);
  return () => query?.removeEventListener("change", onChange);
}

export const resolveTheme = (choice: ThemeChoice, system: ThemeName): ThemeName =>
  choice === "system" ? system : choice;

/** The theme on screen, following both the preference and the system. */
export function useTheme(): ThemeName {
  const choice = useStore((s) => s.prefs.theme);
  const system = useSyncExternalStore(subscribeSystem, systemTheme, () => "light" as const);
  return resolveTheme(choice, system);
}

/** Writes the reader's explicit choice onto <html data-theme> and keeps it there. Returns a stop function. */
export function startThemeAttribute(root: HTMLElement = document.documentElement): () => void {
  const apply = (choice: ThemeChoice) => {
    if (choice === "system") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", choice);
  };
  apply(useStore.getState().prefs.theme);
  return useStore.subscribe((s, prev) => {
    if (s.prefs.theme !== prev.prefs.theme) apply(s.prefs.theme);
  });
}

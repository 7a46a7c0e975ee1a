// @vitest-environment jsdom
// The boot script reads the stored preferences as the app does (src/state/preferences.ts) and marks
// <html> before the first paint; whatever storage holds, it never throws.
import { afterEach, describe, expect, it } from "vitest";
import { BOOT_SCRIPT } from "./boot";

const root = document.documentElement;
const boot = (stored: string | null, search = "") => {
  localStorage.clear();
  if (stored !== null) localStorage.setItem("throughline:preferences", stored);
  window.history.replaceState(null, "", `/${search}`);
  window.matchMedia = ((query: string) => ({ matches: false, media: query })) as typeof window.matchMedia;
  // The script as the page runs it, in the global scope.
  new Function(BOOT_SCRIPT)();
};
const prefs = (data: unknown) => JSON.stringify({ v: 1, data });

afterEach(() => {
  for (const name of ["data-theme", "data-legend", "data-panel", "data-embed", "style"])
    root.removeAttribute(name);
});

describe("the boot script", () => {
  it("marks the reader's chosen theme, panel widths (clamped as the app clamps them), legend and list", () => {
    boot(prefs({ theme: "dark", leftWidth: 333.4, rightWidth: 9000, legendOpen: false, panel: "list" }));
    expect(root.getAttribute("data-theme")).toBe("dark");
    expect(root.style.getPropertyValue("--left-width")).toBe("333px");
    expect(root.style.getPropertyValue("--right-width")).toBe("720px");
    expect(root.getAttribute("data-legend")).toBe("folded");
    expect(root.getAttribute("data-panel")).toBe("list");
  });

  it("leaves the system's theme and the default widths to CSS when nothing is chosen", () => {
    boot(prefs({ theme: "system" }));
    expect(root.hasAttribute("data-theme")).toBe(false);
    expect(root.style.getPropertyValue("--left-width")).toBe("");
    expect(root.getAttribute("data-legend")).toBe("open");
    expect(root.hasAttribute("data-panel")).toBe(false);
  });

  it("ignores what another version, a corrupt entry or a hostile value holds", () => {
    for (const stored of [
      JSON.stringify({ v: 2, data: { theme: "dark" } }),
      "{not json",
      prefs({ theme: "url(x)", leftWidth: "1e9px" }),
      prefs(null),
    ]) {
      expect(() => boot(stored)).not.toThrow();
      expect(root.hasAttribute("data-theme")).toBe(false);
      expect(root.style.getPropertyValue("--left-width")).toBe("");
    }
  });

  it("marks an embed, whose page shows none of the app's frame", () => {
    boot(null, "?embed=1&entity=igor-sechin");
    expect(root.hasAttribute("data-embed")).toBe(true);
  });
});

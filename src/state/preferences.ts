// Preferences that are not view state (so not in the URL): which twin of the graph is shown, whether
// the legend is open, the side panels' widths, the theme, and whether the reader highlights only
// the selected link's excerpts. The one source of their defaults; the store holds
// them as `prefs`, preferencesSync.ts keeps them in localStorage.

import type { ThemeName } from "../visuals/tokens";

/** The reader's theme: as the system says, or one they chose. */
export type ThemeChoice = "system" | ThemeName;

export interface Preferences {
  panel: "graph" | "list";
  /** Folded or open, as the reader chose; null until they do (phones then start folded). */
  legendOpen: boolean | null;
  leftWidth: number;
  rightWidth: number;
  /** The timeline under the graph. */
  timelineOpen: boolean;
  theme: ThemeChoice;
  /** The reader highlights only the selected link's excerpts instead of every excerpt. */
  readerOnlyLink: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  panel: "graph",
  legendOpen: null,
  leftWidth: 260,
  rightWidth: 400,
  timelineOpen: false,
  theme: "system",
  readerOnlyLink: false,
};

/** How narrow and wide the side panels may be made, in CSS px. */
export const PANEL_WIDTHS = { min: 200, max: 720 } as const;

export const clampPanelWidth = (width: number): number =>
  Math.round(Math.min(PANEL_WIDTHS.max, Math.max(PANEL_WIDTHS.min, width)));

/** Accepts a stored object field by field: a bad field falls back, the good ones are kept. */
export function validatePreferences(data: unknown): Preferences | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  const width = (v: unknown, fallback: number) =>
    typeof v === "number" && Number.isFinite(v) ? clampPanelWidth(v) : fallback;
  return {
    panel: d.panel === "list" ? "list" : "graph",
    legendOpen: typeof d.legendOpen === "boolean" ? d.legendOpen : DEFAULT_PREFERENCES.legendOpen,
    leftWidth: width(d.leftWidth, DEFAULT_PREFERENCES.leftWidth),
    rightWidth: width(d.rightWidth, DEFAULT_PREFERENCES.rightWidth),
    timelineOpen: typeof d.timelineOpen === "boolean" ? d.timelineOpen : DEFAULT_PREFERENCES.timelineOpen,
    theme: d.theme === "light" || d.theme === "dark" ? d.theme : "system",
    readerOnlyLink: d.readerOnlyLink === true,
  };
}

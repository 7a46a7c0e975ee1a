// Preferences that are not view state (so not in the URL): which twin of the graph is shown, whether
// the legend is open, and the side panels' widths. Kept in localStorage with a version; anything
// unreadable falls back to the defaults (see lib/storage.ts).
import { storedValue } from "../lib/storage";
import { clampPanelWidth, useStore } from "./store";

export interface Preferences {
  panel: "graph" | "list";
  legendOpen: boolean;
  leftWidth: number;
  rightWidth: number;
}

export const DEFAULT_PREFERENCES: Preferences = {
  panel: "graph",
  legendOpen: true,
  leftWidth: 260,
  rightWidth: 400,
};

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
  };
}

export const preferencesStore = storedValue<Preferences>({
  key: "preferences",
  version: 1,
  fallback: DEFAULT_PREFERENCES,
  validate: validatePreferences,
});

/** Reads the stored preferences into the store, then writes them back whenever they change. */
export function startPreferences(stored = preferencesStore): () => void {
  const p = stored.read();
  useStore.setState({
    panel: p.panel,
    legendOpen: p.legendOpen,
    leftWidth: p.leftWidth,
    rightWidth: p.rightWidth,
  });
  return useStore.subscribe((s, prev) => {
    if (
      s.panel !== prev.panel ||
      s.legendOpen !== prev.legendOpen ||
      s.leftWidth !== prev.leftWidth ||
      s.rightWidth !== prev.rightWidth
    )
      stored.write({
        panel: s.panel,
        legendOpen: s.legendOpen,
        leftWidth: s.leftWidth,
        rightWidth: s.rightWidth,
      });
  });
}

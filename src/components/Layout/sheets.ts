// Phones and tablets (COMPACT_QUERY): the graph fills the screen and the two side panels become
// sheets over it (half or full height), reached from a bottom bar (Compact.tsx, loaded on demand).
// Which sheet is open is chrome, not view state: it lives here, not in the store or the URL.
import { useEffect, useState } from "react";
import { useStore } from "../../state/store";
import type { AppState } from "../../state/types";

/** "filters": the left panel (search, filters, paths); "side": the right one (details, article…). */
export type SheetName = "filters" | "side";
export interface Sheets {
  open: SheetName | null;
  size: "half" | "full";
}

/** Whether the view's selection and path are the story step's own (the player shows that step). */
function setByStep(s: AppState): boolean {
  const view = s.playing?.story.steps[s.playing.step]?.view;
  if (!view) return false;
  const sel = s.view.selection;
  const same =
    (sel === null && !view.selection) ||
    (sel?.kind === view.selection?.kind && sel?.id === view.selection?.id);
  return same && (s.view.path === null || view.path !== undefined);
}

/**
 * The open sheet. What the reader asks for elsewhere opens the sheet that shows it: a new selection
 * or a path found opens the details (at least half height), "Show in article" the article. A story
 * step's own selection or path does not: the player, which the sheet would cover, tells that step.
 */
export function useSheets(compact: boolean) {
  const [sheets, setSheets] = useState<Sheets>({ open: null, size: "half" });
  useEffect(() => {
    if (!compact) return;
    return useStore.subscribe((s, prev) => {
      if (s.sidePanel === "reader" && prev.sidePanel !== "reader") setSheets({ open: "side", size: "full" });
      else if (s.sidePanel !== prev.sidePanel)
        setSheets((now) => ({ open: "side", size: now.open === "side" ? now.size : "half" }));
      else if (
        ((s.view.selection && s.view.selection !== prev.view.selection) ||
          (s.view.path && s.paths !== prev.paths)) &&
        !setByStep(s)
      )
        setSheets((now) => ({ open: "side", size: now.open === "side" ? now.size : "half" }));
    });
  }, [compact]);
  return [sheets, setSheets] as const;
}

/** Props for a side panel's <aside>: its place as a sheet, or nothing on wide screens. */
export function sheetProps(compact: boolean, sheets: Sheets, name: SheetName) {
  if (!compact) return { className: "" };
  const open = sheets.open === name;
  return {
    className: open ? ` is-sheet is-open is-${sheets.size}` : " is-sheet",
    // Focus moves into a sheet the bottom bar opens (see CompactBar).
    tabIndex: -1,
    id: `sheet-${name}`,
  };
}

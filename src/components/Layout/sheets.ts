// Phones and tablets (COMPACT_QUERY): the graph fills the screen and the two side panels become
// sheets over it (half or full height), reached from a bottom bar (Compact.tsx, loaded on demand).
// Which sheet is open is chrome, not view state: it lives here, not in the store or the URL.
import { useEffect, useState } from "react";
import { useStore } from "../../state/store";

/** "filters": the left panel (search, filters, paths); "side": the right one (details, article…). */
export type SheetName = "filters" | "side";
export interface Sheets {
  open: SheetName | null;
  size: "half" | "full";
}

/**
 * The open sheet. What the reader asks for elsewhere opens the sheet that shows it: a new selection
 * or a path found opens the details (at least half height), "Show in article" the article.
 */
export function useSheets(compact: boolean) {
  const [sheets, setSheets] = useState<Sheets>({ open: null, size: "half" });
  useEffect(() => {
    if (!compact) return;
    return useStore.subscribe((s, prev) => {
      if (s.sidePanel === "reader" && prev.sidePanel !== "reader") setSheets({ open: "side", size: "full" });
      else if (
        (s.view.selection && s.view.selection !== prev.view.selection) ||
        (s.view.path && s.paths !== prev.paths) ||
        s.sidePanel !== prev.sidePanel
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

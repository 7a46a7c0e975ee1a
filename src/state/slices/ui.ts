// The ui slice: preferences, panels, notices, hover. Nothing here is in the URL.
import type { StateCreator } from "zustand";
import { clampPanelWidth, DEFAULT_PREFERENCES } from "../preferences";
import type { AppState, UiSlice } from "../types";

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => {
  const setPrefs: UiSlice["setPrefs"] = (patch) => {
    const prefs = get().prefs;
    if ((Object.keys(patch) as (keyof typeof patch)[]).some((k) => patch[k] !== prefs[k]))
      set({ prefs: { ...prefs, ...patch } });
  };
  return {
    prefs: DEFAULT_PREFERENCES,
    hoveredEntityId: null,
    hoveredRelationId: null,
    notices: [],
    shortcutsOpen: false,
    sidePanel: "details",
    reader: { article: null, passage: null },

    setPrefs,
    setPanel: (panel) => setPrefs({ panel }),
    setLegendOpen: (legendOpen) => setPrefs({ legendOpen }),
    setPanelWidth: (side, width) =>
      setPrefs(
        side === "left" ? { leftWidth: clampPanelWidth(width) } : { rightWidth: clampPanelWidth(width) },
      ),
    hoverEntity: (hoveredEntityId) => set({ hoveredEntityId }),
    hoverRelation: (hoveredRelationId) => set({ hoveredRelationId }),
    setTimelineOpen: (timelineOpen) => setPrefs({ timelineOpen }),
    // The same notice once: Back to a link's own history entry reads its settings again.
    addNotice: (notice) => {
      if (!get().notices.includes(notice)) set({ notices: [...get().notices, notice] });
    },
    dismissNotices: () => set({ notices: [] }),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    setSidePanel: (sidePanel) => set({ sidePanel }),
    openReader: (article, passage = null) => set({ sidePanel: "reader", reader: { article, passage } }),
    // A highlight clicked in the reader: its excerpt becomes the active one, its link the selection.
    activateExcerpt: (passage) => {
      const relation = passage.slice(0, passage.lastIndexOf("#"));
      set({ reader: { ...get().reader, passage } });
      const selection = get().view.selection;
      if (selection?.kind !== "relation" || selection.id !== relation)
        get().select({ kind: "relation", id: relation });
    },
    setReaderOnlyLink: (readerOnlyLink) => setPrefs({ readerOnlyLink }),
    escape: () => {
      const s = get();
      const { search, focus, path, selection } = s.view;
      if (s.shortcutsOpen) s.setShortcutsOpen(false);
      // In a story, Escape leaves it and gives the reader's own view back.
      else if (s.playing) s.leaveStory();
      else if (search.trim()) s.setSearch("");
      else if (focus) s.setFocus(null);
      else if (path || s.pathDraft.from || s.pathDraft.to) s.setPath(null);
      else if (selection) s.select(null);
      else return false;
      return true;
    },
  };
};

// The layout slice: requests to lay the graph out again and the layout under way. The store only
// records; the canvas (graph/GraphCanvas.tsx) runs layouts in response and reports back here.
import type { StateCreator } from "zustand";
import type { AppState, LayoutSlice } from "../types";

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set, get) => ({
  layoutRun: 0,
  layoutTask: null,

  rerunLayout: () => set({ layoutRun: get().layoutRun + 1 }),
  cancelLayout: () => set({ layoutTask: null }),
  setLayoutTask: (layoutTask) => set({ layoutTask }),
  layoutFinished: (outcome) => {
    set({ layoutTask: null });
    if (outcome === "failed")
      get().addNotice("The layout could not be computed; the graph keeps its positions.");
  },
});

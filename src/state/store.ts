// The one store, composed of slices (slices/): the dataset, the view and what is derived from
// it, the ui (preferences, panels, notices), layout requests, stories and edit mode. Components read it through
// selectors (selectors.ts) and call its actions; the graph sync, the URL sync and the preferences
// sync subscribe to it outside React.
import { create } from "zustand";
import { createDatasetSlice } from "./slices/dataset";
import { createEditSlice } from "./slices/edit";
import { createLayoutSlice } from "./slices/layout";
import { createStorySlice } from "./slices/story";
import { createUiSlice } from "./slices/ui";
import { createViewSlice } from "./slices/view";
import type { AppState } from "./types";

export type { Selection } from "../domain/view";
export type {
  AppState,
  EditSession,
  LayoutOutcome,
  LayoutTask,
  Playing,
  SidePanel,
  StoryCover,
} from "./types";

export const useStore = create<AppState>()((...a) => ({
  ...createDatasetSlice(...a),
  ...createViewSlice(...a),
  ...createUiSlice(...a),
  ...createLayoutSlice(...a),
  ...createStorySlice(...a),
  ...createEditSlice(...a),
}));

/** The initial state, for resetting the store between tests. */
export const initialState = useStore.getState();

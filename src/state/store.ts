// The one store: the dataset, what is selected, and view state. Components read it through
// selectors and call its actions; the graph sync subscribes to it outside React.
import { create } from "zustand";
import type { Problem } from "../data/integrity";
import type { LoadProgress } from "../data/sources";
import type { LoadedDataset } from "../data/types";
import { buildIndex, type DatasetIndex } from "../domain/indexes";

export type Selection = { kind: "entity"; id: string } | { kind: "relation"; id: string };

export interface AppState {
  dataset: LoadedDataset | null;
  index: DatasetIndex | null;
  loadProblems: Problem[];
  selection: Selection | null;
  hoveredEntityId: string | null;
  /** A dataset being opened (file or ?data= URL), or null. */
  loading: LoadProgress | null;

  setDataset: (dataset: LoadedDataset) => void;
  setLoadProblems: (problems: Problem[]) => void;
  select: (selection: Selection | null) => void;
  hoverEntity: (id: string | null) => void;
  /** Loading never touches the dataset or the view: only a successful load calls setDataset. */
  setLoading: (loading: LoadProgress | null) => void;
}

export const useStore = create<AppState>()((set, get) => ({
  dataset: null,
  index: null,
  loadProblems: [],
  selection: null,
  hoveredEntityId: null,
  loading: null,

  setDataset: (dataset) =>
    set({ dataset, index: buildIndex(dataset), loadProblems: [], selection: null, hoveredEntityId: null }),
  setLoadProblems: (loadProblems) => set({ loadProblems }),
  select: (selection) => {
    const { index } = get();
    // A selection must name something that exists; anything else clears it.
    if (selection && index) {
      const known =
        selection.kind === "entity"
          ? index.entityById.has(selection.id)
          : index.relationById.has(selection.id);
      if (!known) return set({ selection: null });
    }
    set({ selection });
  },
  hoverEntity: (hoveredEntityId) => set({ hoveredEntityId }),
  setLoading: (loading) => set({ loading }),
}));

/** The initial state, for resetting the store between tests. */
export const initialState = useStore.getState();

// The dataset slice: the dataset on screen, its index, its article texts, and a load under way.
// A new dataset starts a fresh view (keeping the reader's layout).
import type { StateCreator } from "zustand";
import { buildIndex } from "../../domain/indexes";
import { DEFAULT_VIEW } from "../../domain/view";
import type { AppState, DatasetSlice } from "../types";
import { storyStateFor } from "./story";
import { derive } from "./view";

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get) => ({
  dataset: null,
  index: null,
  loadProblems: [],
  loading: null,
  articleTexts: {},
  textLoader: null,

  setDataset: (dataset, texts) => {
    const s = get();
    const index = buildIndex(dataset);
    set({
      dataset,
      index,
      ...derive(dataset, index, { ...DEFAULT_VIEW, layout: s.view.layout }, s),
      articleTexts: Object.fromEntries(dataset.articles.filter((a) => a.text).map((a) => [a.id, a.text])),
      textLoader: texts ?? null,
      loadProblems: [],
      hoveredEntityId: null,
      pathDraft: { from: null, to: null },
      reader: { article: dataset.articles[0]?.id ?? null, passage: null },
      ...storyStateFor(dataset),
    });
  },
  ensureArticleTexts: async () => {
    const { textLoader, dataset } = get();
    if (!textLoader || !dataset) return;
    set({ textLoader: null });
    const texts = await textLoader();
    // Only if the dataset is still the one the texts belong to.
    if (get().dataset === dataset) set({ articleTexts: { ...get().articleTexts, ...texts } });
  },
  setLoadProblems: (loadProblems) => set({ loadProblems }),
  setLoading: (loading) => set({ loading }),
});

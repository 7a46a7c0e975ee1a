// The dataset slice: the dataset on screen, its index, its article texts, and a load under way.
// A new dataset starts a fresh view (keeping the reader's layout).
import type { StateCreator } from "zustand";
import type { DatasetIndex } from "../../domain/indexes";
import { buildIndex } from "../../domain/indexes";
import { DEFAULT_VIEW } from "../../domain/view";
import { runInSlices } from "../../lib/slices";
import type { AppState, DatasetSlice } from "../types";
import { storyStateFor } from "./story";
import { derive } from "./view";

export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set, get) => {
  /** The preparation of the search text under way, stopped when another dataset arrives. */
  let preparing: AbortController | null = null;
  /**
   * Folds a large dataset's names and excerpts in short tasks (src/lib/slices.ts), from just after
   * it opens: folding 5,000 actors' long excerpts at once blocked the page for seconds on the first
   * search. A search typed meanwhile waits for it (the box says so), then runs.
   */
  const prepareSearch = (index: DatasetIndex) => {
    preparing?.abort();
    // A small dataset's text is folded when search first reads it: nothing to prepare.
    if (index.foldsOnRead || index.searchText) {
      set({ searchProgress: null });
      return;
    }
    const controller = new AbortController();
    preparing = controller;
    set({ searchProgress: 0 });
    const onProgress = (done: number) => {
      if (!controller.signal.aborted) set({ searchProgress: done });
    };
    index
      .prepareSearchText((steps) => runInSlices(steps, { onProgress, signal: controller.signal }))
      .then(
        () => {
          if (controller.signal.aborted || get().index !== index) return;
          set({ searchProgress: null });
          // A search typed while the text was folded runs now.
          if (get().view.search.trim()) get().setSearch(get().view.search);
        },
        () => undefined, // stopped: another dataset took its place
      );
  };
  return {
    dataset: null,
    index: null,
    loadProblems: [],
    loading: null,
    articleTexts: {},
    textLoader: null,
    searchProgress: null,
    datasetGeneration: 0,

    setDataset: (dataset, texts) => {
      const s = get();
      const index = buildIndex(dataset);
      set({
        dataset,
        datasetGeneration: s.datasetGeneration + 1,
        // Another dataset ends the editing session of the last one (the editor asks first).
        edit: null,
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
      prepareSearch(index);
    },
    editDataset: (dataset) => {
      const s = get();
      const index = buildIndex(dataset);
      const article = dataset.articles.some((a) => a.id === s.reader.article)
        ? s.reader.article
        : (dataset.articles[0]?.id ?? null);
      set({
        dataset,
        index,
        ...derive(dataset, index, s.view, s),
        articleTexts: Object.fromEntries(dataset.articles.map((a) => [a.id, a.text])),
        reader: article === s.reader.article ? s.reader : { article, passage: null },
        ...(s.playing
          ? {}
          : { storyCatalog: storyStateFor(dataset).storyCatalog, stories: dataset.stories ?? null }),
      });
      prepareSearch(index);
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
  };
};

// The one store: the dataset, the reader's view (filters, search, focus, selection, path, layout)
// and what follows from them. Components read it through selectors and call its actions; the graph
// sync and the URL sync subscribe to it outside React.
import { create } from "zustand";
import type { Problem } from "../data/open/problems";
import type { LoadProgress } from "../data/open/result";
import type { LoadedDataset } from "../data/types";
import { computeVisibility, type Visibility } from "../domain/filters";
import { buildIndex, type DatasetIndex } from "../domain/indexes";
import { type Path, shortestPaths } from "../domain/paths";
import { searchHits } from "../domain/search";
import {
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type Filters,
  type FocusDepth,
  type LayoutName,
  type Selection,
  type View,
} from "../domain/view";

export type { Selection } from "../domain/view";

export type SidePanel = "details" | "reader" | "compare" | "about";

/** A layout under way, for the progress line and its Cancel button (see graph/layoutRunner.ts). */
export interface LayoutTask {
  layout: LayoutName;
  /** "loading": fetching the layout's code; "running": computing positions. */
  phase: "loading" | "running";
  nodes: number;
  /** Computed in a Web Worker: the page stays responsive meanwhile. */
  offThread: boolean;
  /** performance.now() when it started. */
  startedAt: number;
}

/** How narrow and wide the side panels may be made, in CSS px. */
export const PANEL_WIDTHS = { min: 200, max: 720 } as const;

export const clampPanelWidth = (width: number): number =>
  Math.round(Math.min(PANEL_WIDTHS.max, Math.max(PANEL_WIDTHS.min, width)));

export interface AppState extends View {
  dataset: LoadedDataset | null;
  index: DatasetIndex | null;
  loadProblems: Problem[];
  hoveredEntityId: string | null;
  /** A dataset being opened (file or ?data= URL), or null. */
  loading: LoadProgress | null;

  // Derived from the dataset and the view; recomputed by the actions that change their inputs.
  visibility: Visibility;
  /** Entities and relations the search picks out, or null when there is no search. */
  hits: { entities: Set<string>; relations: Set<string> } | null;
  paths: Path[];
  /** Bumped to ask the canvas to run the current layout again on what is visible. */
  layoutRun: number;
  /** The layout being computed, or null. Written by the graph layer only. */
  layoutTask: LayoutTask | null;
  /** Quiet, dismissible notices (e.g. permalink parameters that were ignored). */
  notices: string[];
  /** Which twin of the graph is on screen: the canvas or its accessible list. Not view state. */
  panel: "graph" | "list";
  /** The keyboard shortcuts overlay. */
  shortcutsOpen: boolean;
  /** Preferences (persisted by preferences.ts, not in the URL). */
  legendOpen: boolean;
  leftWidth: number;
  rightWidth: number;
  /** What the right-hand panel shows. */
  sidePanel: SidePanel;
  /** The article open in the reader, and the passage (`relationId#evidenceIndex`) to emphasise. */
  reader: { article: string | null; passage: string | null };
  /** Path endpoints chosen so far; `path` is set once both are. */
  pathDraft: { from: string | null; to: string | null };
  /**
   * Article texts by id, for the reader. A dataset either carries them, or comes with a loader
   * that fetches them on first use (the bundled dataset keeps them out of the first download).
   */
  articleTexts: Readonly<Record<string, string>>;
  textLoader: (() => Promise<Record<string, string>>) | null;

  /** Sets a new dataset; `texts` fetches its article texts when they are not in the dataset. */
  setDataset: (dataset: LoadedDataset, texts?: () => Promise<Record<string, string>>) => void;
  /** Fetches the article texts if they are not here yet (the reader calls it). */
  ensureArticleTexts: () => Promise<void>;
  setLoadProblems: (problems: Problem[]) => void;
  select: (selection: Selection | null) => void;
  hoverEntity: (id: string | null) => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setSearch: (search: string) => void;
  setFocus: (id: string | null, depth?: FocusDepth) => void;
  setPath: (path: { from: string; to: string } | null) => void;
  setPathEnd: (which: "from" | "to", id: string | null) => void;
  setLayout: (layout: LayoutName) => void;
  rerunLayout: () => void;
  setLayoutTask: (task: LayoutTask | null) => void;
  /** Replaces the whole view at once (a permalink, Back/Forward). */
  applyView: (view: View) => void;
  addNotice: (notice: string) => void;
  setPanel: (panel: "graph" | "list") => void;
  setShortcutsOpen: (open: boolean) => void;
  setLegendOpen: (open: boolean) => void;
  setPanelWidth: (side: "left" | "right", width: number) => void;
  setSidePanel: (panel: SidePanel) => void;
  /** Opens an article in the reader, optionally scrolled to one excerpt. */
  openReader: (article: string, passage?: string | null) => void;
  /** Escape: undoes the innermost thing the reader set, one step per press. Returns false if nothing was left. */
  escape: () => boolean;
  dismissNotices: () => void;
  /** Loading never touches the dataset or the view: only a successful load calls setDataset. */
  setLoading: (loading: LoadProgress | null) => void;
}

const NO_VISIBILITY: Visibility = { entities: new Set(), relations: new Set() };

type Derived = Pick<AppState, "visibility" | "hits" | "paths" | "selection">;

/**
 * Recomputes what follows from the view, reusing what did not change (so subscribers can compare
 * identities); keeps the selection only while it stays visible.
 */
function derive(next: Pick<AppState, "dataset" | "index"> & View, prev: AppState): Derived {
  const { dataset, index } = next;
  if (!dataset || !index) return { visibility: NO_VISIBILITY, hits: null, paths: [], selection: null };
  const sameData = dataset === prev.dataset;
  const visibility =
    sameData &&
    next.filters === prev.filters &&
    next.focus === prev.focus &&
    prev.visibility !== NO_VISIBILITY
      ? prev.visibility
      : computeVisibility(dataset, index, next);
  const hits =
    sameData && next.search === prev.search
      ? prev.hits
      : next.search.trim()
        ? searchHits(dataset, next.search)
        : null;
  const paths =
    visibility === prev.visibility && next.path === prev.path
      ? prev.paths
      : next.path
        ? shortestPaths(index, next.path.from, next.path.to, (r) => visibility.relations.has(r.id))
        : [];
  const sel = next.selection;
  const selectionVisible =
    sel && (sel.kind === "entity" ? visibility.entities.has(sel.id) : visibility.relations.has(sel.id));
  return { visibility, hits, paths, selection: selectionVisible ? sel : null };
}

export const useStore = create<AppState>()((set, get) => {
  /** Applies a change to the view and everything derived from it. */
  const update = (patch: Partial<AppState>) => {
    const prev = get();
    set({ ...patch, ...derive({ ...prev, ...patch }, prev) });
  };
  return {
    ...DEFAULT_VIEW,
    dataset: null,
    index: null,
    loadProblems: [],
    hoveredEntityId: null,
    loading: null,
    visibility: NO_VISIBILITY,
    hits: null,
    paths: [],
    layoutRun: 0,
    layoutTask: null,
    notices: [],
    pathDraft: { from: null, to: null },
    panel: "graph",
    shortcutsOpen: false,
    legendOpen: true,
    leftWidth: 260,
    rightWidth: 400,
    sidePanel: "details",
    reader: { article: null, passage: null },
    articleTexts: {},
    textLoader: null,

    setDataset: (dataset, texts) =>
      update({
        articleTexts: Object.fromEntries(dataset.articles.filter((a) => a.text).map((a) => [a.id, a.text])),
        textLoader: texts ?? null,
        ...DEFAULT_VIEW,
        layout: get().layout,
        dataset,
        index: buildIndex(dataset),
        loadProblems: [],
        hoveredEntityId: null,
        pathDraft: { from: null, to: null },
        reader: { article: dataset.articles[0]?.id ?? null, passage: null },
      }),
    ensureArticleTexts: async () => {
      const { textLoader, dataset } = get();
      if (!textLoader || !dataset) return;
      set({ textLoader: null });
      const texts = await textLoader();
      // Only if the dataset is still the one the texts belong to.
      if (get().dataset === dataset) set({ articleTexts: { ...get().articleTexts, ...texts } });
    },
    setLoadProblems: (loadProblems) => set({ loadProblems }),
    select: (selection) => {
      const { index } = get();
      const known =
        selection &&
        index &&
        (selection.kind === "entity"
          ? index.entityById.has(selection.id)
          : index.relationById.has(selection.id));
      update({ selection: known ? selection : null });
      // A new selection shows its details, except while reading (clicking a highlight there).
      if (known && get().sidePanel !== "reader") set({ sidePanel: "details" });
    },
    hoverEntity: (hoveredEntityId) => set({ hoveredEntityId }),
    setFilters: (patch) => update({ filters: { ...get().filters, ...patch } }),
    resetFilters: () => update({ filters: EMPTY_FILTERS, focus: null, search: "" }),
    setSearch: (search) => update({ search }),
    setFocus: (id, depth) =>
      update({
        focus: id && get().index?.entityById.has(id) ? { id, depth: depth ?? get().focus?.depth ?? 1 } : null,
      }),
    setPath: (path) =>
      update({
        path: path && path.from !== path.to ? path : null,
        pathDraft: { from: path?.from ?? null, to: path?.to ?? null },
      }),
    setPathEnd: (which, id) => {
      const draft = { ...get().pathDraft, [which]: id };
      const { from, to } = draft;
      update({ pathDraft: draft, path: from && to && from !== to ? { from, to } : null });
    },
    setLayout: (layout) => set({ layout }),
    rerunLayout: () => set({ layoutRun: get().layoutRun + 1 }),
    setLayoutTask: (layoutTask) => set({ layoutTask }),
    applyView: (view) =>
      update({ ...view, pathDraft: { from: view.path?.from ?? null, to: view.path?.to ?? null } }),
    // The same notice once: Back to a link's own history entry reads its settings again.
    addNotice: (notice) => {
      if (!get().notices.includes(notice)) set({ notices: [...get().notices, notice] });
    },
    dismissNotices: () => set({ notices: [] }),
    setPanel: (panel) => set({ panel }),
    setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
    setLegendOpen: (legendOpen) => set({ legendOpen }),
    setPanelWidth: (side, width) => {
      const w = clampPanelWidth(width);
      set(side === "left" ? { leftWidth: w } : { rightWidth: w });
    },
    setLoading: (loading) => set({ loading }),
    setSidePanel: (sidePanel) => set({ sidePanel }),
    openReader: (article, passage = null) => set({ sidePanel: "reader", reader: { article, passage } }),
    escape: () => {
      const s = get();
      if (s.shortcutsOpen) set({ shortcutsOpen: false });
      else if (s.search.trim()) update({ search: "" });
      else if (s.focus) update({ focus: null });
      else if (s.path || s.pathDraft.from || s.pathDraft.to) s.setPath(null);
      else if (s.selection) update({ selection: null });
      else return false;
      return true;
    },
  };
});

/** The initial state, for resetting the store between tests. */
export const initialState = useStore.getState();

/** The serializable view, as the URL and tests see it. */
export function currentView(s: AppState): View {
  const { filters, search, focus, selection, path, layout } = s;
  return { filters, search, focus, selection, path, layout };
}

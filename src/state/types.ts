// The store's shape, slice by slice (the slices themselves are in slices/). Kept apart from the
// code so that every slice can see the whole state without importing the others.
import type { Problem } from "../data/open/problems";
import type { LoadProgress } from "../data/open/result";
import type { LoadedDataset, Story, StoryInfo } from "../data/types";
import type { History } from "../domain/edit/history";
import type { Visibility } from "../domain/filters";
import type { DatasetIndex } from "../domain/indexes";
import type { Path, PathMode } from "../domain/paths";
import type { Reveal } from "../domain/story";
import type { Filters, FocusDepth, LayoutName, Selection, View } from "../domain/view";
import type { Preferences } from "./preferences";

/** The dataset on screen and the state of opening another one. */
export interface DatasetSlice {
  dataset: LoadedDataset | null;
  index: DatasetIndex | null;
  loadProblems: Problem[];
  /** A dataset being opened (file or ?data= URL), or null. */
  loading: LoadProgress | null;
  /**
   * Article texts by id, for the reader. A dataset either carries them, or comes with a loader
   * that fetches them on first use (the bundled dataset keeps them out of the first download).
   */
  articleTexts: Readonly<Record<string, string>>;
  textLoader: (() => Promise<Record<string, string>>) | null;
  /**
   * While a large dataset's search text is being folded (`index.searchText` still null), the
   * share done, 0–1; null once it is ready (at once for a small dataset).
   */
  searchProgress: number | null;

  /**
   * Counts the datasets opened: the canvas builds its elements once per generation. An edit
   * (`editDataset`) changes the dataset but not the generation: the graph sync patches the canvas.
   */
  datasetGeneration: number;

  /** Sets a new dataset (and a fresh view); `texts` fetches its article texts when not in the dataset. */
  setDataset: (dataset: LoadedDataset, texts?: () => Promise<Record<string, string>>) => void;
  /**
   * The same dataset, edited: the view, the reader and the canvas' positions are kept; what depends
   * on the dataset (index, visibility, search hits, paths) is recomputed.
   */
  editDataset: (dataset: LoadedDataset) => void;
  /** Fetches the article texts if they are not here yet (the reader calls it). */
  ensureArticleTexts: () => Promise<void>;
  setLoadProblems: (problems: Problem[]) => void;
  /** Loading never touches the dataset or the view: only a successful load calls setDataset. */
  setLoading: (loading: LoadProgress | null) => void;
}

/** What follows from the dataset and the view; recomputed by every action that changes the view. */
export interface Derived {
  visibility: Visibility;
  /**
   * Entities and relations the search picks out, or null when there is no search (or while the
   * search text is still being prepared: see `searchProgress`).
   */
  hits: { entities: Set<string>; relations: Set<string> } | null;
  paths: Path[];
}

/** The reader's view (what the URL and a story step hold) and what is derived from it. */
export interface ViewSlice extends Derived {
  /** Replaced, never mutated: `s.view !== prev.view` means the view changed. */
  view: View;
  /** Path endpoints chosen so far; `view.path` is set once both are. */
  pathDraft: { from: string | null; to: string | null };

  /** Replaces the whole view at once (a permalink, Back/Forward, a story step). */
  applyView: (view: View) => void;
  select: (selection: Selection | null) => void;
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  setSearch: (search: string) => void;
  setFocus: (id: string | null, depth?: FocusDepth) => void;
  setPath: (path: View["path"]) => void;
  /** Shortest or strongest chains for the chosen path (nothing without one). */
  setPathMode: (mode: PathMode) => void;
  setPathEnd: (which: "from" | "to", id: string | null) => void;
  setLayout: (layout: LayoutName) => void;
}

export type SidePanel = "details" | "reader" | "compare" | "about";

/** Panel chrome, notices and the reader's preferences: nothing here is in the URL. */
export interface UiSlice {
  /** Persisted in localStorage (preferences.ts); one field, replaced on every change. */
  prefs: Preferences;
  hoveredEntityId: string | null;
  /** The link under the pointer, on the canvas or on the timeline: both highlight it. */
  hoveredRelationId: string | null;
  /** Quiet, dismissible notices (e.g. permalink parameters that were ignored). */
  notices: string[];
  /** The keyboard shortcuts overlay. */
  shortcutsOpen: boolean;
  /** What the right-hand panel shows. */
  sidePanel: SidePanel;
  /**
   * The article open in the reader, and its active excerpt (`relationId#evidenceIndex`): outlined,
   * and brought into view when it is set from outside the reader ("Show in article").
   */
  reader: { article: string | null; passage: string | null };

  setPrefs: (patch: Partial<Preferences>) => void;
  /** Which twin of the graph is on screen: the canvas or its accessible list. */
  setPanel: (panel: Preferences["panel"]) => void;
  setLegendOpen: (open: boolean) => void;
  setPanelWidth: (side: "left" | "right", width: number) => void;
  hoverEntity: (id: string | null) => void;
  hoverRelation: (id: string | null) => void;
  /** Shows or hides the timeline under the graph (a preference). */
  setTimelineOpen: (open: boolean) => void;
  addNotice: (notice: string) => void;
  dismissNotices: () => void;
  setShortcutsOpen: (open: boolean) => void;
  setSidePanel: (panel: SidePanel) => void;
  /** Opens an article in the reader, optionally scrolled to one excerpt. */
  openReader: (article: string, passage?: string | null) => void;
  /** Makes one excerpt (`relationId#evidenceIndex`) the reader's active one and selects its link. */
  activateExcerpt: (passage: string) => void;
  /** Highlights only the selected link's excerpts in the reader (a preference), or every excerpt. */
  setReaderOnlyLink: (on: boolean) => void;
  /** Escape: undoes the innermost thing the reader set, one step per press. Returns false if nothing was left. */
  escape: () => boolean;
}

/** A layout under way, for the progress line and its Cancel button. */
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

export type LayoutOutcome = "done" | "cancelled" | "failed";

/**
 * Layout requests and progress. The canvas runs a layout when `view.layout` or `layoutRun`
 * changes, reports it through `setLayoutTask`/`layoutFinished`, and stops it when `cancelLayout`
 * clears the task.
 */
export interface LayoutSlice {
  /** Bumped to ask the canvas to run the current layout again on what is visible. */
  layoutRun: number;
  /** The layout being computed, or null. */
  layoutTask: LayoutTask | null;

  rerunLayout: () => void;
  /** Stops the layout under way: nodes keep the positions they had. */
  cancelLayout: () => void;
  setLayoutTask: (task: LayoutTask) => void;
  layoutFinished: (outcome: LayoutOutcome) => void;
}

/** Parts of the canvas covered by the story's card, in CSS px from the left and bottom edges. */
export interface StoryCover {
  left: number;
  bottom: number;
}

/** The story being played, if any. */
export interface Playing {
  story: Story;
  /** 0-based. */
  step: number;
  /** The reader's view when the story started: leaving gives it back. */
  before: View;
  /** When each actor and link is introduced (computed once per story). */
  reveal: Reveal;
}

/** Story mode: the dataset's stories, the one being played, and how it shows what is untold. */
export interface StorySlice {
  /** The dataset's stories by id, title and length, before they are loaded. */
  storyCatalog: StoryInfo[];
  /** The dataset's stories, once loaded (the bundled dataset's load when first played). */
  stories: Story[] | null;
  playing: Playing | null;
  /** Untold actors and links drawn faint instead of hidden. */
  storyFaint: boolean;
  storyCover: StoryCover;
  /** The "Start here" invitation was taken or dismissed (remembered in this browser). */
  storyIntroDismissed: boolean;

  /** Plays a story from step `step` (0-based); false when the dataset has no such story. */
  startStory: (id: string, step?: number) => Promise<boolean>;
  /** Moves to step `step` (0-based) of the story being played; out of range does nothing. */
  goToStep: (step: number) => void;
  /** Stops playing; with `restore` (the default) the reader's view from before comes back. */
  leaveStory: (restore?: boolean) => void;
  setStoryFaint: (faint: boolean) => void;
  setStoryCover: (cover: StoryCover) => void;
  dismissStoryIntro: () => void;
}

/**
 * Edit mode (issue 19). Only the switch and the session's state live in the first download; the
 * editor's code, which fills `edit` and changes the dataset through `editDataset`, loads when the
 * switch is first turned on (src/components/Editor/).
 */
export interface EditSlice {
  editing: boolean;
  /** The dataset as it was opened, its edits (undo/redo), and the dataset last saved. */
  edit: EditSession | null;
  /** A draft of unsaved edits found in this browser at start (state/draft.ts), offered back. */
  draftOffer: { title: string; savedAt: number } | null;
  setEditing: (on: boolean) => void;
}

export interface EditSession {
  /** The dataset as opened (or the empty one of "New dataset"): the changes list compares with it. */
  original: LoadedDataset;
  history: History;
  /** The dataset when last saved (or opened): unsaved changes are those since. */
  saved: LoadedDataset;
}

export type AppState = DatasetSlice & ViewSlice & UiSlice & LayoutSlice & StorySlice & EditSlice;

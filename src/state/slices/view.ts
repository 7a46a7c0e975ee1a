// The view slice: the reader's view as one `View` value, and what follows from it (visibility,
// search hits, paths). Every change goes through `updateView`, which recomputes only what changed
// inputs, so subscribers can compare identities (`s.visibility !== prev.visibility`).
import type { StateCreator } from "zustand";
import type { LoadedDataset, Relation } from "../../data/types";
import { computeVisibility, type Visibility } from "../../domain/filters";
import type { DatasetIndex } from "../../domain/indexes";
import { MAX_PATHS, type StatusOf, shortestPaths, strongestPaths } from "../../domain/paths";
import { searchHits } from "../../domain/search";
import { claimStatusAt, statusesAsOf } from "../../domain/timeline";
import { DEFAULT_VIEW, EMPTY_FILTERS, VIEW_KEYS, type View } from "../../domain/view";
import type { AppState, Derived, ViewSlice } from "../types";

export const NO_VISIBILITY: Visibility = { entities: new Set(), relations: new Set(), unlinkedHidden: 0 };

/**
 * Recomputes what follows from the view, reusing what did not change; keeps the selection only
 * while it stays visible. Returns the view to store (the same object when nothing in it changed).
 */
export function derive(
  dataset: LoadedDataset | null,
  index: DatasetIndex | null,
  next: View,
  prev: Pick<AppState, "dataset" | "view" | keyof Derived>,
): Derived & { view: View } {
  if (!dataset || !index) {
    const view = next.selection ? { ...next, selection: null } : next;
    return { view: sameView(view, prev.view), visibility: NO_VISIBILITY, hits: null, paths: [] };
  }
  const was = prev.view;
  const sameData = dataset === prev.dataset;
  const visibility =
    sameData && next.filters === was.filters && next.focus === was.focus && prev.visibility !== NO_VISIBILITY
      ? prev.visibility
      : computeVisibility(dataset, index, next);
  const searching = next.search.trim() !== "";
  // Null hits for a search mean its text was not ready: look again (it may be now).
  const hits =
    sameData && next.search === was.search && (prev.hits !== null || !searching)
      ? prev.hits
      : searching && index.searchText
        ? searchHits(dataset, next.search, index.searchText)
        : null;
  const paths =
    visibility === prev.visibility && next.path === was.path
      ? prev.paths
      : next.path
        ? pathsFor(index, next.path, (r) => visibility.relations.has(r.id), statusOfAt(dataset, index, next))
        : [];
  const sel = next.selection;
  const selectionVisible =
    sel && (sel.kind === "entity" ? visibility.entities.has(sel.id) : visibility.relations.has(sel.id));
  const view = sel && !selectionVisible ? { ...next, selection: null } : next;
  return { view: sameView(view, was), visibility, hits, paths };
}

/**
 * The chains the chosen path asks for: the shortest, or the strongest (surest weakest link), by
 * each link's status at the "as reported" clock's stop when there is one (what the canvas draws).
 */
function pathsFor(
  index: DatasetIndex,
  path: NonNullable<View["path"]>,
  allowed: (r: Relation) => boolean,
  statusOf: StatusOf,
) {
  return path.mode === "strongest"
    ? strongestPaths(index, path.from, path.to, allowed, MAX_PATHS, statusOf).paths
    : shortestPaths(index, path.from, path.to, allowed);
}

/** Each link's status as the view shows it: as of the clock's stop, else its own. */
function statusOfAt(dataset: LoadedDataset, index: DatasetIndex, view: View): StatusOf {
  const asOf = view.filters.reportedBy
    ? statusesAsOf(dataset.relations, index.articleById, view.filters.reportedBy)
    : null;
  return (r) => claimStatusAt(r, asOf);
}

/** `prev` itself when every field of `next` is the same value: no change for subscribers to see. */
function sameView(next: View, prev: View): View {
  return VIEW_KEYS.every((k) => next[k] === prev[k]) ? prev : next;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => {
  /** Applies a change to the view (and the path draft) and everything derived from it. */
  const updateView = (patch: Partial<View>, extra: Partial<AppState> = {}) => {
    const s = get();
    set({ ...extra, ...derive(s.dataset, s.index, { ...s.view, ...patch }, s) });
  };
  return {
    view: DEFAULT_VIEW,
    visibility: NO_VISIBILITY,
    hits: null,
    paths: [],
    pathDraft: { from: null, to: null },

    applyView: (view) =>
      updateView(view, { pathDraft: { from: view.path?.from ?? null, to: view.path?.to ?? null } }),
    select: (selection) => {
      const { index } = get();
      const known =
        selection &&
        index &&
        (selection.kind === "entity"
          ? index.entityById.has(selection.id)
          : index.relationById.has(selection.id));
      updateView({ selection: known ? selection : null });
      // A new selection shows its details, except while reading (clicking a highlight there).
      if (known && get().sidePanel !== "reader") set({ sidePanel: "details" });
    },
    setFilters: (patch) => updateView({ filters: { ...get().view.filters, ...patch } }),
    resetFilters: () => updateView({ filters: EMPTY_FILTERS, focus: null, search: "" }),
    setSearch: (search) => updateView({ search }),
    setFocus: (id, depth) => {
      const { index, view } = get();
      updateView({
        focus: id && index?.entityById.has(id) ? { id, depth: depth ?? view.focus?.depth ?? 1 } : null,
      });
    },
    setPath: (path) =>
      updateView(
        { path: path && path.from !== path.to ? path : null },
        { pathDraft: { from: path?.from ?? null, to: path?.to ?? null } },
      ),
    setPathEnd: (which, id) => {
      const draft = { ...get().pathDraft, [which]: id };
      const { from, to } = draft;
      // The chosen kind of chain stays when an end changes.
      const mode = get().view.path?.mode;
      updateView(
        { path: from && to && from !== to ? { from, to, ...(mode && { mode }) } : null },
        { pathDraft: draft },
      );
    },
    setPathMode: (mode) => {
      const path = get().view.path;
      if (!path) return;
      const { mode: _was, ...ends } = path;
      updateView({ path: mode === "strongest" ? { ...ends, mode } : ends });
    },
    setLayout: (layout) => updateView({ layout }),
  };
};

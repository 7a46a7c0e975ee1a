// Keeps the URL and the view in step. A new selection is a history entry (Back and Forward step
// through selections); any other change replaces the current entry, throttled, since browsers
// ignore or refuse bursts of history updates.
import { EMBED_PARAMS, queryToView, viewToQuery } from "../domain/permalink";
import type { View } from "../domain/view";
import { currentView, useStore } from "./store";

const REPLACE_EVERY_MS = 250;

/** Reads the view from the current URL: call once the dataset is in the store. */
export function applyViewFromUrl(): void {
  const { dataset, index, applyView, addNotice } = useStore.getState();
  if (!dataset || !index) return;
  const { view, ignored } = queryToView(window.location.search, dataset, index);
  applyView(view);
  // The store drops a selection the view's own filters hide: the reader should know why.
  if (view.selection && !useStore.getState().selection)
    ignored.push(`${view.selection.kind}=${view.selection.id} (hidden by the link's filters)`);
  if (ignored.length > 0) addNotice(`Some link settings were ignored: ${ignored.join("; ")}.`);
}

/** Parameters owned by other features that the URL keeps as the view changes. */
const KEPT_PARAMS = ["data", ...EMBED_PARAMS];

/** The address of a view: this page, its dataset and embed parameters, and the view's own. */
export function urlFor(
  view: View,
  location: Pick<Location, "pathname" | "search" | "hash"> = window.location,
) {
  const current = new URLSearchParams(location.search);
  const kept = KEPT_PARAMS.flatMap((key) => {
    const value = current.get(key);
    return value === null ? [] : [`${key}=${encodeURIComponent(value)}`];
  });
  const query = viewToQuery(view);
  const joined = [...kept, query.replace(/^\?/, "")].filter(Boolean).join("&");
  return `${location.pathname}${joined ? `?${joined}` : ""}${location.hash}`;
}

/**
 * Starts writing the view to the URL and listening to Back/Forward. Returns a stop function.
 * `history: "replace"` (the embed) never adds history entries: inside an iframe they would become
 * the host page's, and its Back button would step through the embed's selections.
 */
export function startUrlSync({ history = "push" }: { history?: "push" | "replace" } = {}): () => void {
  let pending: number | null = null;
  let applyingHistory = false;

  const flush = () => {
    pending = null;
    const url = urlFor(currentView(useStore.getState()));
    if (url !== window.location.pathname + window.location.search + window.location.hash)
      window.history.replaceState(null, "", url);
  };

  const unsubscribe = useStore.subscribe((state, prev) => {
    if (applyingHistory || !state.dataset) return;
    const viewChanged =
      state.filters !== prev.filters ||
      state.search !== prev.search ||
      state.focus !== prev.focus ||
      state.path !== prev.path ||
      state.layout !== prev.layout ||
      state.selection !== prev.selection;
    if (!viewChanged) return;
    if (history === "push" && state.selection !== prev.selection && state.selection) {
      if (pending !== null) window.clearTimeout(pending);
      pending = null;
      window.history.pushState(null, "", urlFor(currentView(state)));
    } else if (pending === null) {
      pending = window.setTimeout(flush, REPLACE_EVERY_MS);
    }
  });

  const onPopState = () => {
    applyingHistory = true;
    try {
      applyViewFromUrl();
    } finally {
      applyingHistory = false;
    }
  };
  window.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPopState);
    if (pending !== null) window.clearTimeout(pending);
  };
}

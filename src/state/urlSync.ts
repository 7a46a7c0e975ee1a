// Keeps the URL and the view in step. A new selection is a history entry (Back and Forward step
// through selections); any other change replaces the current entry, throttled, since browsers
// ignore or refuse bursts of history updates.
import { EMBED_PARAMS, queryToView, viewToQuery } from "../domain/permalink";
import type { View } from "../domain/view";
import { useStore } from "./store";

export const REPLACE_EVERY_MS = 250;

/** The parts of `window` this module uses, so tests can pass a fake history. */
export type UrlHost = Pick<Window, "location" | "history" | "addEventListener" | "removeEventListener"> &
  Pick<typeof globalThis, "setTimeout" | "clearTimeout">;

const defaultHost = (): UrlHost => window;

/** Reads the view from the current URL: call once the dataset is in the store. */
export function applyViewFromUrl(host: Pick<UrlHost, "location"> = defaultHost()): void {
  const { dataset, index, applyView, addNotice } = useStore.getState();
  if (!dataset || !index) return;
  const { view, ignored } = queryToView(host.location.search, dataset, index);
  applyView(view);
  // The store drops a selection the view's own filters hide: the reader should know why.
  if (view.selection && !useStore.getState().view.selection)
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
export function startUrlSync(
  host: UrlHost = defaultHost(),
  { history: mode = "push" }: { history?: "push" | "replace" } = {},
): () => void {
  const { location, history } = host;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let applyingHistory = false;

  const flush = () => {
    pending = null;
    const url = urlFor(useStore.getState().view, location);
    if (url !== location.pathname + location.search + location.hash) history.replaceState(null, "", url);
  };

  const unsubscribe = useStore.subscribe((state, prev) => {
    if (applyingHistory || !state.dataset || state.view === prev.view) return;
    if (mode === "push" && state.view.selection !== prev.view.selection && state.view.selection) {
      if (pending !== null) host.clearTimeout(pending);
      pending = null;
      history.pushState(null, "", urlFor(state.view, location));
    } else if (pending === null) {
      pending = host.setTimeout(flush, REPLACE_EVERY_MS);
    }
  });

  const onPopState = () => {
    applyingHistory = true;
    try {
      applyViewFromUrl(host);
    } finally {
      applyingHistory = false;
    }
  };
  host.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    host.removeEventListener("popstate", onPopState);
    if (pending !== null) host.clearTimeout(pending);
  };
}

// Keeps the URL and the view in step. A new selection is a history entry (Back and Forward step
// through selections); any other change replaces the current entry, throttled, since browsers
// ignore or refuse bursts of history updates.
import { queryToView, viewToQuery } from "../domain/permalink";
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

/** Starts writing the view to the URL and listening to Back/Forward. Returns a stop function. */
export function startUrlSync(host: UrlHost = defaultHost()): () => void {
  const { location, history } = host;
  let pending: ReturnType<typeof setTimeout> | null = null;
  let applyingHistory = false;

  const urlFor = (view: View) => {
    // Keep parameters owned by other features (e.g. ?data=) where they are.
    const keep = new URLSearchParams(location.search).get("data");
    const query = viewToQuery(view);
    const data = keep ? `data=${encodeURIComponent(keep)}` : "";
    const joined = [data, query.replace(/^\?/, "")].filter(Boolean).join("&");
    return `${location.pathname}${joined ? `?${joined}` : ""}${location.hash}`;
  };

  const flush = () => {
    pending = null;
    const url = urlFor(useStore.getState().view);
    if (url !== location.pathname + location.search + location.hash) history.replaceState(null, "", url);
  };

  const unsubscribe = useStore.subscribe((state, prev) => {
    if (applyingHistory || !state.dataset || state.view === prev.view) return;
    if (state.view.selection !== prev.view.selection && state.view.selection) {
      if (pending !== null) host.clearTimeout(pending);
      pending = null;
      history.pushState(null, "", urlFor(state.view));
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

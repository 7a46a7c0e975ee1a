// Keeps the URL and the view in step. A new selection is a history entry (Back and Forward step
// through selections); any other change replaces the current entry, throttled, since browsers
// ignore or refuse bursts of history updates.
import { EMBED_PARAMS, queryToView, viewToQuery } from "../domain/permalink";
import type { View } from "../domain/view";
import { type Playing, useStore } from "./store";

export const REPLACE_EVERY_MS = 250;

/** The parts of `window` this module uses, so tests can pass a fake history. */
export type UrlHost = Pick<Window, "location" | "history" | "addEventListener" | "removeEventListener"> &
  Pick<typeof globalThis, "setTimeout" | "clearTimeout">;

const defaultHost = (): UrlHost => window;

/** `?story=<id>&step=<n>` (n from 1), or null when the URL names no story. */
export function storyFromQuery(search: string): { id: string; step: number } | null {
  const params = new URLSearchParams(search);
  const id = params.get("story");
  if (!id) return null;
  const step = Number(params.get("step") ?? "1");
  return { id, step: Number.isInteger(step) && step >= 1 ? step - 1 : 0 };
}

/** Reads the view (and a story step) from the current URL: call once the dataset is in the store. */
export function applyViewFromUrl(host: Pick<UrlHost, "location"> = defaultHost()): Promise<void> {
  const { dataset, index, applyView, addNotice } = useStore.getState();
  if (!dataset || !index) return Promise.resolve();
  const { view, ignored } = queryToView(host.location.search, dataset, index);
  applyView(view);
  // The store drops a selection the view's own filters hide: the reader should know why.
  if (view.selection && !useStore.getState().view.selection)
    ignored.push(`${view.selection.kind}=${view.selection.id} (hidden by the link's filters)`);
  if (ignored.length > 0) addNotice(`Some link settings were ignored: ${ignored.join("; ")}.`);
  return applyStoryFromUrl(host);
}

/** Plays the story step the URL names, or stops playing when it names none. */
async function applyStoryFromUrl(host: Pick<UrlHost, "location">): Promise<void> {
  const s = useStore.getState();
  const wanted = storyFromQuery(host.location.search);
  if (!wanted) {
    s.leaveStory(false);
    return;
  }
  const ok = await s.startStory(wanted.id, wanted.step);
  if (!ok && useStore.getState().dataset === s.dataset)
    s.addNotice(`This dataset has no story '${wanted.id}'.`);
}

/** Parameters owned by other features that the URL keeps as the view changes. */
const KEPT_PARAMS = ["data", ...EMBED_PARAMS];

/** The address of a view: this page, its dataset and embed parameters, and the view's own. */
export function urlFor(
  view: View,
  location: Pick<Location, "pathname" | "search" | "hash"> = window.location,
  playing: Playing | null = null,
) {
  const current = new URLSearchParams(location.search);
  const kept = KEPT_PARAMS.flatMap((key) => {
    const value = current.get(key);
    return value === null ? [] : [`${key}=${encodeURIComponent(value)}`];
  });
  // While a story plays, its step stands for the view.
  const query = playing
    ? `story=${encodeURIComponent(playing.story.id)}&step=${playing.step + 1}`
    : viewToQuery(view).replace(/^\?/, "");
  const joined = [...kept, query].filter(Boolean).join("&");
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

  const here = () => location.pathname + location.search + location.hash;

  const flush = () => {
    pending = null;
    const { view, playing } = useStore.getState();
    const url = urlFor(view, location, playing);
    if (url !== here()) history.replaceState(null, "", url);
  };

  const unsubscribe = useStore.subscribe((state, prev) => {
    if (applyingHistory || !state.dataset) return;
    // Each story step is a history entry (Back and Forward step through the story), and so is
    // leaving it; while it plays, changes to the view stay out of the address.
    if (state.playing !== prev.playing) {
      const url = urlFor(state.view, location, state.playing);
      if (url === here() || (state.playing && prev.playing && state.playing.step === prev.playing.step))
        return;
      if (pending !== null) host.clearTimeout(pending);
      pending = null;
      // A story opened from its own link takes that link's entry; the embed adds none.
      if (mode === "replace" || (!prev.playing && storyFromQuery(location.search)))
        history.replaceState(null, "", url);
      else history.pushState(null, "", url);
      return;
    }
    if (state.playing || state.view === prev.view) return;
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
    const story = storyFromQuery(location.search);
    const playing = useStore.getState().playing;
    // Back and Forward within a story step through it, leaving the reader's view aside.
    if (story && playing?.story.id === story.id) {
      useStore.getState().goToStep(story.step);
      applyingHistory = false;
      return;
    }
    // Leaving a story by Back: the entry before it holds the reader's view.
    if (!story) useStore.getState().leaveStory(false);
    void applyViewFromUrl(host).finally(() => {
      applyingHistory = false;
    });
  };
  host.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    host.removeEventListener("popstate", onPopState);
    if (pending !== null) host.clearTimeout(pending);
  };
}

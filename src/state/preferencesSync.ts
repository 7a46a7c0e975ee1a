// Keeps the store's preferences in localStorage, with a version; anything unreadable falls back to
// the defaults (see lib/storage.ts). Writes are throttled: dragging a splitter changes the store on
// every pointer move, but storage is written at most once per PERSIST_EVERY_MS (and once more at the
// end, so the last value is always kept).
import { storedValue } from "../lib/storage";
import { throttle } from "../lib/throttle";
import { DEFAULT_PREFERENCES, type Preferences, validatePreferences } from "./preferences";
import { useStore } from "./store";

export const PERSIST_EVERY_MS = 250;

export const preferencesStore = storedValue<Preferences>({
  key: "preferences",
  version: 1,
  fallback: DEFAULT_PREFERENCES,
  validate: validatePreferences,
});

/** Reads the stored preferences into the store, then writes them back when they change. Returns a stop function. */
export function startPreferences(stored = preferencesStore): () => void {
  useStore.getState().setPrefs(stored.read());
  const persist = throttle(() => stored.write(useStore.getState().prefs), PERSIST_EVERY_MS);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.prefs !== prev.prefs) persist();
  });
  // A page closed mid-drag still keeps the last width.
  const flush = () => persist.flush();
  if (typeof window !== "undefined") window.addEventListener("pagehide", flush);
  return () => {
    unsubscribe();
    if (typeof window !== "undefined") window.removeEventListener("pagehide", flush);
    persist.flush();
  };
}

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type StorageLike, storedValue } from "../lib/storage";
import { DEFAULT_PREFERENCES, type Preferences, validatePreferences } from "./preferences";
import { PERSIST_EVERY_MS, startPreferences } from "./preferencesSync";
import { initialState, useStore } from "./store";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = { ...initial };
  const storage: StorageLike & { data: Record<string, string>; writes: number } = {
    data,
    writes: 0,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      storage.writes += 1;
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
  return storage;
}

const prefs = (storage: StorageLike) =>
  storedValue<Preferences>({
    key: "preferences",
    version: 1,
    fallback: DEFAULT_PREFERENCES,
    validate: validatePreferences,
    storage,
  });

const stored = (storage: { data: Record<string, string> }) =>
  JSON.parse(storage.data["throughline:preferences"] ?? "null");

describe("preferences", () => {
  beforeEach(() => {
    useStore.setState(initialState, true);
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("restores the list view, a folded legend and panel widths from a previous visit", () => {
    const storage = memoryStorage({
      "throughline:preferences": JSON.stringify({
        v: 1,
        data: { panel: "list", legendOpen: false, leftWidth: 300, rightWidth: 500 },
      }),
    });
    const stop = startPreferences(prefs(storage));
    expect(useStore.getState().prefs).toEqual({
      ...DEFAULT_PREFERENCES,
      panel: "list",
      legendOpen: false,
      leftWidth: 300,
      rightWidth: 500,
    });
    stop();
  });

  it("restores a chosen theme; an unknown one follows the system", () => {
    for (const [theme, expected] of [
      ["dark", "dark"],
      ["light", "light"],
      ["sepia", "system"],
    ] as const) {
      const storage = memoryStorage({
        "throughline:preferences": JSON.stringify({ v: 1, data: { theme } }),
      });
      const stop = startPreferences(prefs(storage));
      expect(useStore.getState().prefs.theme).toBe(expected);
      stop();
    }
  });

  it("remembers changes", () => {
    const storage = memoryStorage();
    const stop = startPreferences(prefs(storage));
    useStore.getState().setPanelWidth("right", 480);
    useStore.getState().setLegendOpen(false);
    useStore.getState().setTimelineOpen(true);
    useStore.getState().setReaderOnlyLink(true);
    vi.advanceTimersByTime(PERSIST_EVERY_MS);
    expect(stored(storage)).toEqual({
      v: 1,
      data: {
        ...DEFAULT_PREFERENCES,
        legendOpen: false,
        rightWidth: 480,
        timelineOpen: true,
        readerOnlyLink: true,
      },
    });
    stop();
  });

  it("writes storage at most once per 250 ms while a splitter is dragged, and keeps the last width", () => {
    const storage = memoryStorage();
    const stop = startPreferences(prefs(storage));
    // A one-second drag, one pointer move per 16 ms frame.
    for (let t = 0; t < 1000; t += 16) {
      useStore.getState().setPanelWidth("left", 260 + t / 10);
      vi.advanceTimersByTime(16);
    }
    expect(useStore.getState().prefs.leftWidth).toBe(Math.round(260 + 992 / 10));
    expect(storage.writes).toBeGreaterThan(0);
    expect(storage.writes).toBeLessThanOrEqual(Math.ceil(1000 / PERSIST_EVERY_MS) + 1);
    vi.advanceTimersByTime(PERSIST_EVERY_MS);
    expect(stored(storage).data.leftWidth).toBe(useStore.getState().prefs.leftWidth);
    stop();
  });

  it("keeps the last change when stopped before the next write was due", () => {
    const storage = memoryStorage();
    const stop = startPreferences(prefs(storage));
    useStore.getState().setPanel("list");
    useStore.getState().setPanelWidth("left", 333);
    stop();
    expect(stored(storage).data).toMatchObject({ panel: "list", leftWidth: 333 });
  });

  it("ignores corrupt, outdated or out-of-range values instead of failing", () => {
    for (const raw of ["{not json", JSON.stringify({ v: 0, data: { panel: "list" } }), "null"]) {
      const stop = startPreferences(prefs(memoryStorage({ "throughline:preferences": raw })));
      expect(useStore.getState().prefs.panel).toBe("graph");
      stop();
    }
    expect(validatePreferences({ panel: "table", leftWidth: 99999, rightWidth: "wide" })).toEqual({
      ...DEFAULT_PREFERENCES,
      leftWidth: 720,
    });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { type StorageLike, storedValue } from "../lib/storage";
import { DEFAULT_PREFERENCES, type Preferences, startPreferences, validatePreferences } from "./preferences";
import { initialState, useStore } from "./store";

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

const prefs = (storage: StorageLike) =>
  storedValue<Preferences>({
    key: "preferences",
    version: 1,
    fallback: DEFAULT_PREFERENCES,
    validate: validatePreferences,
    storage,
  });

describe("preferences", () => {
  beforeEach(() => useStore.setState(initialState, true));

  it("restores the list view, a folded legend and panel widths from a previous visit", () => {
    const storage = memoryStorage({
      "throughline:preferences": JSON.stringify({
        v: 1,
        data: { panel: "list", legendOpen: false, leftWidth: 300, rightWidth: 500 },
      }),
    });
    const stop = startPreferences(prefs(storage));
    expect(useStore.getState()).toMatchObject({
      panel: "list",
      legendOpen: false,
      leftWidth: 300,
      rightWidth: 500,
    });
    stop();
  });

  it("remembers changes", () => {
    const storage = memoryStorage();
    const stop = startPreferences(prefs(storage));
    useStore.getState().setPanelWidth("right", 480);
    useStore.getState().setLegendOpen(false);
    expect(JSON.parse(storage.data["throughline:preferences"] ?? "null")).toEqual({
      v: 1,
      data: { panel: "graph", legendOpen: false, leftWidth: 260, rightWidth: 480 },
    });
    stop();
  });

  it("ignores corrupt, outdated or out-of-range values instead of failing", () => {
    for (const raw of ["{not json", JSON.stringify({ v: 0, data: { panel: "list" } }), "null"]) {
      const stop = startPreferences(prefs(memoryStorage({ "throughline:preferences": raw })));
      expect(useStore.getState().panel).toBe("graph");
      stop();
    }
    expect(validatePreferences({ panel: "table", leftWidth: 99999, rightWidth: "wide" })).toEqual({
      ...DEFAULT_PREFERENCES,
      leftWidth: 720,
    });
  });
});

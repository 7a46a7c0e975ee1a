import { describe, expect, it, vi } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { DRAFT_VERSION, draftKeeper, draftProblem } from "./draft";

describe("draftProblem", () => {
  it("accepts a draft of this version and sets aside damaged or older ones, saying why", () => {
    const d = tinyDataset();
    expect(draftProblem({ v: DRAFT_VERSION, savedAt: 1, original: d, saved: d, present: d })).toBeNull();
    expect(draftProblem({ v: 0, savedAt: 1, original: d, saved: d, present: d })).toMatch(/another version/);
    expect(
      draftProblem({ v: DRAFT_VERSION, savedAt: 1, original: d, saved: d, present: { title: 3 } }),
    ).toMatch(/damaged/);
    expect(draftProblem("garbage")).toMatch(/not a draft/);
    expect(draftProblem(null)).toMatch(/not a draft/);
  });
});

describe("draftKeeper", () => {
  const session = (present = tinyDataset()) => ({ original: tinyDataset(), saved: tinyDataset(), present });
  const recording = () => {
    const calls: string[] = [];
    return {
      calls,
      store: {
        write: async (s: { present: { title: string } }) => void calls.push(`write ${s.present.title}`),
        clear: async () => void calls.push("clear"),
      },
    };
  };

  it("writes the latest edit once per wait, not once per edit", () => {
    vi.useFakeTimers();
    try {
      const { calls, store } = recording();
      const keep = draftKeeper(400, store);
      for (const title of ["a", "b", "c"]) keep(session({ ...tinyDataset(), title }));
      expect(calls).toEqual([]);
      vi.advanceTimersByTime(400);
      expect(calls).toEqual(["write c"]);
      vi.advanceTimersByTime(2000);
      expect(calls).toEqual(["write c"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("on flush writes what waits at once, and nothing twice; with nothing unsaved it clears", () => {
    vi.useFakeTimers();
    try {
      const { calls, store } = recording();
      const keep = draftKeeper(400, store);
      keep.flush();
      expect(calls).toEqual([]);
      keep(session({ ...tinyDataset(), title: "last edit" }));
      keep.flush();
      expect(calls).toEqual(["write last edit"]);
      vi.advanceTimersByTime(1000);
      keep.flush();
      expect(calls).toEqual(["write last edit"]);
      const d = tinyDataset();
      keep({ original: d, saved: d, present: d });
      keep.flush();
      expect(calls).toEqual(["write last edit", "clear"]);
    } finally {
      vi.useRealTimers();
    }
  });
});

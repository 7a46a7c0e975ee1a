import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { DRAFT_VERSION, draftProblem } from "./draft";

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

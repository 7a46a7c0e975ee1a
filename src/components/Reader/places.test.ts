import { describe, expect, it } from "vitest";
import type { ExcerptSpan } from "../../domain/excerpts";
import { activePlace, passageKey, passageRelation, shownSpans } from "./places";

const span = (relationId: string, evidenceIndex: number, start: number, end: number): ExcerptSpan => ({
  relationId,
  evidenceIndex,
  start,
  end,
});

// "a-b" quoted twice (its second excerpt found at two places), "c-d" nested inside a-b's first.
const SPANS = [
  span("a-b", 0, 0, 50),
  span("c-d", 0, 10, 20),
  span("a-b", 1, 100, 120),
  span("a-b", 1, 300, 320),
];

describe("#activePlace", () => {
  it("should take the passage asked for when it is the selected link's", () => {
    expect(activePlace(SPANS, "c-d#0", "c-d", null)).toEqual(SPANS[1]);
    expect(activePlace(SPANS, "c-d#0", null, null)).toEqual(SPANS[1]);
  });

  it("should pick the place around where the reader clicked when a quote occurs twice", () => {
    expect(activePlace(SPANS, "a-b#1", "a-b", null)).toEqual(SPANS[2]);
    expect(activePlace(SPANS, "a-b#1", "a-b", 310)).toEqual(SPANS[3]);
  });

  it("should fall back to the selected link's first place when the passage is another link's", () => {
    expect(activePlace(SPANS, "c-d#0", "a-b", null)).toEqual(SPANS[0]);
    expect(activePlace(SPANS, null, "a-b", 105)).toEqual(SPANS[2]);
  });

  it("should have none when the selected link has no excerpt in this article", () => {
    expect(activePlace(SPANS, null, "x-y", null)).toBeNull();
    expect(activePlace(SPANS, null, null, null)).toBeNull();
  });
});

describe("#shownSpans", () => {
  it("should show only the selected link's excerpts when asked, and every excerpt otherwise", () => {
    expect(shownSpans(SPANS, "a-b", true)).toEqual([SPANS[0], SPANS[2], SPANS[3]]);
    expect(shownSpans(SPANS, "a-b", false)).toBe(SPANS);
    expect(shownSpans(SPANS, null, true)).toBe(SPANS);
  });
});

describe("passage keys", () => {
  it("should round-trip a link id with dashes and digits", () => {
    expect(passageKey(span("us-2-eu", 3, 0, 1))).toBe("us-2-eu#3");
    expect(passageRelation("us-2-eu#3")).toBe("us-2-eu");
  });
});

// What a brush costs, counted in work rather than timed: at 5,000 actors a brush runs the time
// filter once for what is shown and again for every facet's count, so each part of it must be
// done once, not once per relation per facet value (docs/performance.md, issue 18).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { generateDataset } from "../../tests/bench/generate";
import type { LoadedDataset } from "../data/types";

const parses = vi.hoisted(() => ({ n: 0 }));
vi.mock("../data/dates", async (importOriginal) => {
  const dates = await importOriginal<typeof import("../data/dates")>();
  return {
    ...dates,
    parsePartialDate: (text: string) => {
      parses.n += 1;
      return dates.parsePartialDate(text);
    },
  };
});

const { computeVisibility, facetCounts } = await import("./filters");
const { buildIndex } = await import("./indexes");
const { EMPTY_FILTERS } = await import("./view");

const generated = generateDataset(1000);
const dataset = {
  ...generated,
  articles: generated.articles.map((a) => ({ ...a, text: a.text ?? "" })),
} as LoadedDataset;
const index = buildIndex(dataset);
const filters = { ...EMPTY_FILTERS, time: { from: "2012-01-01", to: "2013-12-31" } };

describe("a brush's work", () => {
  beforeEach(() => {
    parses.n = 0;
  });

  it("reads each link's date once, however many times the range is tested", () => {
    // A link's date is at most two written dates (a range): the first brush reads them...
    computeVisibility(dataset, index, { filters, focus: null });
    facetCounts(dataset, index, filters);
    expect(parses.n).toBeLessThanOrEqual(2 * dataset.relations.length + 10);
    // ...and the next brush, with every count beside the filters, reads only the range's ends.
    parses.n = 0;
    const next = { ...filters, time: { from: "2010-01-01", to: "2011-06-30" } };
    computeVisibility(dataset, index, { filters: next, focus: null });
    facetCounts(dataset, index, next);
    expect(parses.n).toBeLessThanOrEqual(10);
  });

  it("counts no actor as an organization that nothing belongs to, and walks no link for it", () => {
    const walked = vi.spyOn(index.relationsByEntity, "get");
    const counts = facetCounts(dataset, index, filters);
    // No generated actor belongs to an organization: none is offered...
    expect(counts.organizations.size).toBe(0);
    // ...and none is walked for one: the country and type counts walk each actor's links once each.
    expect(walked.mock.calls.length).toBeLessThanOrEqual(2 * dataset.entities.length);
    walked.mockRestore();
  });
});

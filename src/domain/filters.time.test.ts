import { describe, expect, it } from "vitest";
import type { ClaimStatus } from "../data/types";
import { tinyDataset } from "../test/fixtures";
import { BLOG, realDataset } from "../test/realDataset";
import { computeVisibility, facetCounts } from "./filters";
import { buildIndex } from "./indexes";
import { EMPTY_FILTERS } from "./view";

describe("time filters", () => {
  const data = tinyDataset();
  const [first, second] = data.relations;
  if (!first || !second) throw new Error("fixture changed");
  first.date = "2019-06";
  second.date = { start: "2019-08" };
  const index = buildIndex(data);
  const shown = (time: { from: string; to: string } | null, reportedBy: string | null = null) => [
    ...computeVisibility(data, index, { filters: { ...EMPTY_FILTERS, time, reportedBy }, focus: null })
      .relations,
  ];

  it("a time range shows the dated links that meet it, and no undated one", () => {
    expect(shown({ from: "2019-06-30", to: "2019-07-31" })).toEqual([first.id]);
    expect(shown({ from: "2025-01-01", to: "2025-12-31" })).toEqual([second.id]);
    expect(shown({ from: "2019-07-01", to: "2019-07-31" })).toEqual([]);
    expect(shown(null)).toHaveLength(data.relations.length);
  });

  it("composes with the other filters", () => {
    const visibility = computeVisibility(data, index, {
      filters: { ...EMPTY_FILTERS, time: { from: "2019-01-01", to: "2030-12-31" }, statuses: [first.status] },
      focus: null,
    });
    expect(
      [...visibility.relations].every(
        (id) => id === first.id || data.relations.find((r) => r.id === id)?.status === first.status,
      ),
    ).toBe(true);
    expect(visibility.relations.has(first.id)).toBe(true);
  });

  it("'reported by' hides what no article had reported yet", () => {
    // The fixture's article is dated 2020-01-02.
    expect(shown(null, "2020-01-01")).toEqual([]);
    expect(shown(null, "2020-01-02")).toHaveLength(data.relations.length);
  });

  it("on the curated set, the day before Newsweek shows nothing and its day shows everything", () => {
    const { dataset, index: real } = realDataset();
    const at = (reportedBy: string) =>
      computeVisibility(dataset, real, { filters: { ...EMPTY_FILTERS, reportedBy }, focus: null }).relations
        .size;
    expect(at("2017-02-14")).toBe(0);
    expect(at("2017-02-15")).toBe(dataset.relations.length);
    expect(at("2017-02")).toBe(dataset.relations.length);
    expect(real.articleById.get(BLOG)?.derivedFrom).not.toBeNull();
  });

  it("a link only the month-dated rewrite reports appears at the rewrite's stop, not on Newsweek's day", () => {
    const { dataset } = realDataset();
    const copy = structuredClone(dataset);
    const both = copy.relations.find((r) => r.evidence.some((e) => e.article === BLOG));
    if (!both) throw new Error("no link in the rewrite");
    both.evidence = both.evidence.filter((e) => e.article === BLOG);
    const index = buildIndex(copy);
    const shownAt = (reportedBy: string) =>
      computeVisibility(copy, index, { filters: { ...EMPTY_FILTERS, reportedBy }, focus: null }).relations;
    expect(shownAt("2017-02-15").has(both.id)).toBe(false);
    // A day inside the rewrite's month is not enough: it is surely out only once February is.
    expect(shownAt("2017-02-27").has(both.id)).toBe(false);
    expect(shownAt("2017-02").has(both.id)).toBe(true);
    expect(shownAt("2017-02").size).toBe(copy.relations.length);
  });

  it("at a stop, the claim-status filter and its counts follow the status each link had then", () => {
    const { dataset, index: real } = realDataset();
    const FLYNN = "flynn-kislyak-intercepted-contact";
    const filters = (reportedBy: string | null, statuses: ClaimStatus[] = []) => ({
      ...EMPTY_FILTERS,
      reportedBy,
      statuses,
    });
    const reportedAt = (reportedBy: string | null) =>
      computeVisibility(dataset, real, { filters: filters(reportedBy, ["reported"]), focus: null }).relations;
    // Newsweek could not confirm it; the rewrite states it: "reported" only once the rewrite is out.
    expect(reportedAt("2017-02-15").has(FLYNN)).toBe(false);
    expect(reportedAt("2017-02").has(FLYNN)).toBe(true);
    // Off the clock, its own status (unconfirmed) again.
    expect(reportedAt(null).has(FLYNN)).toBe(false);
    const counts = (reportedBy: string | null) => facetCounts(dataset, real, filters(reportedBy)).statuses;
    expect(counts("2017-02").get("reported")).toBe((counts("2017-02-15").get("reported") ?? 0) + 1);
    expect(counts("2017-02").get("unconfirmed")).toBe((counts("2017-02-15").get("unconfirmed") ?? 0) - 1);
    // Before any article, nothing is counted.
    expect([...counts("2017-02-14").values()].reduce((a, b) => a + b, 0)).toBe(0);
  });
});

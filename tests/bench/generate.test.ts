import { describe, expect, it } from "vitest";
import { checkDataset } from "../../src/data/open/check";
import { generateDataset } from "./generate";

describe("#generateDataset", () => {
  it("should produce a dataset that passes every check, with 1.5–2 relations per entity", () => {
    const dataset = generateDataset(1000);
    const { problems } = checkDataset(dataset, {});
    expect(problems).toEqual([]);
    expect(dataset.entities).toHaveLength(1000);
    expect(dataset.relations.length / 1000).toBeGreaterThanOrEqual(1.5);
    expect(dataset.relations.length / 1000).toBeLessThanOrEqual(2);
  });

  it("should date most links, at every precision and with open ranges, and leave some undated", () => {
    const { relations } = generateDataset(1000);
    const dated = relations.filter((r) => r.date !== undefined);
    expect(dated.length / relations.length).toBeGreaterThan(0.7);
    expect(dated.length).toBeLessThan(relations.length);
    const precisions = new Set(
      dated.map((r) =>
        typeof r.date === "string" ? r.date.length : `range ${r.date?.start ? "" : "open start"}`,
      ),
    );
    // 4: a year, 7: a month, 10: a day; closed ranges and a range open at its start.
    expect(precisions).toEqual(new Set([4, 7, 10, "range ", "range open start"]));
  });

  it("should give the same dataset for the same size and seed", () => {
    expect(generateDataset(200, 3)).toEqual(generateDataset(200, 3));
  });
});

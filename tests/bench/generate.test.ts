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

  it("should give the same dataset for the same size and seed", () => {
    expect(generateDataset(200, 3)).toEqual(generateDataset(200, 3));
  });
});

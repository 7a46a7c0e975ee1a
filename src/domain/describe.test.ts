import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { describeView } from "./describe";
import { buildIndex } from "./indexes";
import { DEFAULT_VIEW, EMPTY_FILTERS } from "./view";

const names = { country: (c: string) => c, entityType: (t: string) => t, relationType: (t: string) => t };

describe("describeView", () => {
  const dataset = tinyDataset();
  const index = buildIndex(dataset);

  it("says nothing for the whole graph", () => {
    expect(describeView(DEFAULT_VIEW, dataset, index, names)).toBe("");
  });

  it("names every active filter, the focus, the search and the path, with entity names", () => {
    const text = describeView(
      {
        filters: {
          ...EMPTY_FILTERS,
          countries: ["FR"],
          organizations: ["acme"],
          source: { mode: "only", article: "paper" },
        },
        focus: { id: "bob", depth: 2 },
        search: " met ",
        path: { from: "alice", to: "acme" },
      },
      dataset,
      index,
      names,
    );
    expect(text).toBe(
      "country FR; organization Acme; only what The Paper says; around Bob (depth 2); search “met”; path Alice → Acme",
    );
  });

  it("names an active time range and the reported-by day, at day precision", () => {
    const text = describeView(
      {
        ...DEFAULT_VIEW,
        filters: {
          ...EMPTY_FILTERS,
          time: { from: "2016-08-01", to: "2017-01-31" },
          reportedBy: "2017-02-15",
        },
      },
      dataset,
      index,
      names,
    );
    expect(text).toBe("dated 1 Aug 2016 – 31 Jan 2017; as reported by 15 Feb 2017");
  });
});

import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { checkDataset } from "./open/check";

const texts = () => Object.fromEntries(tinyDataset().articles.map((a) => [a.id, a.text ?? ""]));

function withDate(date: unknown, where: "relation" | "evidence" = "relation") {
  const data = tinyDataset() as unknown as {
    relations: Array<Record<string, unknown> & { evidence: Array<Record<string, unknown>> }>;
  };
  const relation = data.relations[0];
  if (!relation) throw new Error("fixture changed");
  if (where === "relation") relation.date = date;
  else if (relation.evidence[0]) relation.evidence[0].date = date;
  const { dataset, problems } = checkDataset(data, texts());
  return { dataset, problems: problems.map(({ path, message }) => ({ path, message })) };
}

describe("dates in a dataset", () => {
  it("accepts a year, a month, a day, closed and open ranges, on links and excerpts", () => {
    for (const date of [
      "2008",
      "2016-08",
      "2017-02-13",
      { start: "2016-08", end: "2017-02" },
      { start: "2016-08" },
      { end: "2017" },
    ]) {
      expect(withDate(date).problems).toEqual([]);
      expect(withDate(date, "evidence").problems).toEqual([]);
    }
  });

  it("names the path of an impossible date", () => {
    expect(withDate("2017-02-30").problems).toEqual([
      { path: "relations[0].date", message: expect.stringMatching(/2017-02-30.*not a date that exists/) },
    ]);
    expect(withDate({ start: "2016-13" }).problems[0]?.path).toMatch(/^relations\[0\]\.date/);
  });

  it("refuses a range that ends before it starts, at its end", () => {
    expect(withDate({ start: "2017-02", end: "2016-08" }).problems).toEqual([
      { path: "relations[0].date.end", message: "ends (2016-08) before it starts (2017-02)" },
    ]);
  });

  it("refuses a range that mixes precisions", () => {
    expect(withDate({ start: "2016-08", end: "2017" }, "evidence").problems).toEqual([
      { path: "relations[0].evidence[0].date.end", message: expect.stringMatching(/mixes precisions/) },
    ]);
  });

  it("refuses an empty range and unknown keys", () => {
    expect(withDate({}).problems[0]?.path).toBe("relations[0].date");
    expect(withDate({ from: "2016" }).problems.length).toBeGreaterThan(0);
  });
});

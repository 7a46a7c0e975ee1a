import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { realDataset } from "../test/realDataset";
import { sourceDifferences, versionsOf } from "./comparison";

describe("versionsOf", () => {
  it("gives each article's excerpts and its most certain status", () => {
    const relation = tinyDataset().relations[2];
    if (!relation) throw new Error("no relation");
    relation.evidence.push({ article: "blog", quote: "x", attribution: "a blog", status: "reported" });
    expect(versionsOf(relation).map((v) => [v.article, v.status, v.evidence.length])).toEqual([
      ["paper", "unconfirmed", 1],
      ["blog", "reported", 1],
    ]);
  });
});

describe("sourceDifferences on the real dataset", () => {
  const { dataset } = realDataset();
  const differences = sourceDifferences(dataset);

  it("lists the Flynn–Kislyak contact: Newsweek could not confirm it, the rewrite states it", () => {
    const flynn = differences.find(
      (d) => d.relation.source === "michael-flynn" && d.relation.target === "sergey-kislyak",
    );
    expect(flynn).toBeDefined();
    const byArticle = Object.fromEntries(flynn?.versions.map((v) => [v.article, v.status]) ?? []);
    expect(byArticle["newsweek-2017-02-15"]).toBe("unconfirmed");
    expect(byArticle["mindy-fischer-writer-2017-02"]).toBe("reported");
  });

  it("lists only relations that several articles support with different certainty", () => {
    for (const d of differences) {
      expect(d.versions.length).toBeGreaterThan(1);
      expect(new Set(d.versions.map((v) => v.status)).size).toBeGreaterThan(1);
    }
  });
});

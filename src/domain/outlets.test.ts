import { describe, expect, it } from "vitest";
import type { Relation } from "../data/types";
import { BLOG, NEWSWEEK, realDataset } from "../test/realDataset";
import { originsOf } from "./outlets";
import { outletsPhrase, relationOutlets, rewriteOverstates } from "./rewrites";

const article = (id: string, derivedFrom: string | null = null) => ({ id, derivedFrom });
const cited = (...articles: string[]) =>
  ({
    evidence: articles.map((a) => ({ article: a, quote: "q", attribution: "a", status: "reported" })),
  }) as Relation;

describe("originsOf", () => {
  it("follows derivedFrom to the original, through rewrites of rewrites", () => {
    const origins = originsOf([
      article("wire"),
      article("paper", "wire"),
      article("blog", "paper"),
      article("other"),
    ]);
    expect(Object.fromEntries(origins)).toEqual({
      wire: "wire",
      paper: "wire",
      blog: "wire",
      other: "other",
    });
  });

  it("stops at an article that is not in the list, and at a cycle", () => {
    const origins = originsOf([article("a", "missing"), article("b", "c"), article("c", "b")]);
    expect(origins.get("a")).toBe("a");
    // A cycle has no original: each ends where the walk would come back on itself.
    expect(origins.get("b")).toBe("c");
    expect(origins.get("c")).toBe("b");
  });
});

describe("relationOutlets", () => {
  const origins = originsOf([article("wire"), article("blog", "wire"), article("other")]);

  it("counts an original and its rewrite as one outlet, and says the rewrite repeats it", () => {
    expect(relationOutlets(cited("wire", "blog"), origins)).toEqual({
      outlets: ["wire"],
      alsoInRewrite: true,
      onlyInRewrite: false,
    });
  });

  it("counts two unrelated articles as two outlets", () => {
    expect(relationOutlets(cited("wire", "other"), origins).outlets).toEqual(["wire", "other"]);
    expect(relationOutlets(cited("blog", "other"), origins)).toMatchObject({
      outlets: ["wire", "other"],
      alsoInRewrite: false,
    });
  });

  it("marks what only a rewrite says", () => {
    expect(relationOutlets(cited("blog"), origins)).toEqual({
      outlets: ["wire"],
      alsoInRewrite: false,
      onlyInRewrite: true,
    });
  });

  it("phrases the count", () => {
    expect(outletsPhrase(1)).toBe("independently reported by 1 outlet");
    expect(outletsPhrase(2)).toBe("independently reported by 2 outlets");
  });
});

describe("the curated dataset", () => {
  const { dataset } = realDataset();
  const origins = originsOf(dataset.articles);

  it("has one independent outlet: the blog is Newsweek rewritten", () => {
    expect(origins.get(BLOG)).toBe(NEWSWEEK);
    for (const r of dataset.relations) expect(relationOutlets(r, origins).outlets, r.id).toEqual([NEWSWEEK]);
  });

  it("the links both cite are 'also in the rewrite', not corroborated", () => {
    const both = dataset.relations.filter((r) => new Set(r.evidence.map((e) => e.article)).size === 2);
    expect(both.length).toBeGreaterThan(20);
    for (const r of both) expect(relationOutlets(r, origins).alsoInRewrite, r.id).toBe(true);
    expect(dataset.relations.filter((r) => relationOutlets(r, origins).onlyInRewrite)).toEqual([]);
  });
});

describe("rewriteOverstates", () => {
  const origins = originsOf([article("wire"), article("blog", "wire")]);
  const says = (...pairs: Array<[string, Relation["status"]]>) =>
    ({
      evidence: pairs.map(([a, status]) => ({ article: a, quote: "q", attribution: "a", status })),
    }) as Relation;

  it("flags a rewrite surer than its origin, or saying what its origin does not", () => {
    expect(rewriteOverstates(says(["wire", "unconfirmed"], ["blog", "reported"]), origins)).toBe(true);
    expect(rewriteOverstates(says(["blog", "reported"]), origins)).toBe(true);
  });

  it("lets a rewrite repeat its origin, or hedge more", () => {
    expect(rewriteOverstates(says(["wire", "reported"], ["blog", "reported"]), origins)).toBe(false);
    expect(rewriteOverstates(says(["wire", "confirmed"], ["blog", "unconfirmed"]), origins)).toBe(false);
    expect(rewriteOverstates(says(["wire", "confirmed"]), origins)).toBe(false);
  });

  it("flags Flynn–Kislyak in the curated set, and only links where the blog is surer", () => {
    const { dataset } = realDataset();
    const curated = originsOf(dataset.articles);
    const flagged = dataset.relations.filter((r) => rewriteOverstates(r, curated)).map((r) => r.id);
    expect(flagged).toContain("flynn-kislyak-intercepted-contact");
  });
});

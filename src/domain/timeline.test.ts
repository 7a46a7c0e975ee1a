import { describe, expect, it } from "vitest";
import type { Article, Relation } from "../data/types";
import { BLOG, NEWSWEEK, realDataset } from "../test/realDataset";
import {
  certaintyMoves,
  firstReported,
  happenedIn,
  happenedModel,
  publicationStops,
  publishedAt,
  relationSpan,
  reportsOf,
  statusAsOf,
} from "./timeline";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

const article = (id: string, published: string, derivedFrom: string | null = null): Article => ({
  id,
  file: `${id}.txt`,
  title: id,
  publisher: id,
  author: null,
  published,
  url: "https://example.org/",
  derivedFrom,
});

const relation = (id: string, extra: Partial<Relation> = {}): Relation => ({
  id,
  source: "a",
  target: "b",
  type: "communication",
  directed: false,
  label: id,
  status: "reported",
  evidence: [{ article: "one", quote: "q", attribution: "x", status: "reported" }],
  ...extra,
});

describe("when it happened", () => {
  it("places dated links, counts undated ones apart, and spans the axis over finite sides", () => {
    const model = happenedModel([
      relation("day", { date: "2017-02-13" }),
      relation("since", { date: { start: "2016-08" } }),
      relation("none"),
      relation("year", { date: "2008" }),
    ]);
    expect(model.undated).toEqual(["none"]);
    expect(model.marks.map((m) => m.relationId)).toEqual(["year", "since", "day"]);
    expect(model.extent).toEqual({ from: utc(2008), to: utc(2017, 2, 14) });
  });

  it("falls back to the hull of the excerpts' dates", () => {
    const r = relation("ev", {
      evidence: [
        { article: "one", quote: "q", attribution: "x", status: "reported", date: "2016-09" },
        { article: "one", quote: "r", attribution: "x", status: "reported", date: "2016-11-02" },
      ],
    });
    expect(relationSpan(r)).toMatchObject({ start: utc(2016, 9), end: utc(2016, 11, 3) });
  });

  it("a time range keeps only dated links that meet it", () => {
    const range = { from: utc(2016, 12), to: utc(2017, 1) };
    expect(happenedIn(relation("y", { date: "2016" }), range)).toBe(true);
    expect(happenedIn(relation("since", { date: { start: "2016-08" } }), range)).toBe(true);
    expect(happenedIn(relation("later", { date: "2017-02" }), range)).toBe(false);
    expect(happenedIn(relation("none"), range)).toBe(false);
  });
});

describe("as reported", () => {
  const articles = new Map([
    ["one", article("one", "2017-02-15")],
    ["two", article("two", "2017-02", "one")],
  ]);

  it("a rewrite dated by month is never placed before the report it rewrites", () => {
    expect(publishedAt(articles.get("two") as Article, articles)).toBe(utc(2017, 2, 15));
    expect(publicationStops([...articles.values()])).toEqual([
      { at: utc(2017, 2, 15), articles: ["one", "two"] },
    ]);
  });

  it("lists one report per article with its surest status, and the moves between them", () => {
    const r = relation("r", {
      status: "unconfirmed",
      evidence: [
        { article: "one", quote: "q", attribution: "x", status: "unconfirmed" },
        { article: "two", quote: "q", attribution: "x", status: "unconfirmed" },
        { article: "two", quote: "r", attribution: "x", status: "reported" },
      ],
    });
    const reports = reportsOf(r, articles);
    expect(reports.map((x) => [x.article, x.status])).toEqual([
      ["one", "unconfirmed"],
      ["two", "reported"],
    ]);
    expect(certaintyMoves(reports).map((m) => [m.from.status, m.to.status])).toEqual([
      ["unconfirmed", "reported"],
    ]);
    expect(firstReported(r, articles)).toBe(utc(2017, 2, 15));
    expect(statusAsOf(reports, utc(2017, 2, 14))).toBeNull();
  });

  it("on the curated set: the rewrite states Flynn–Kislyak more surely than Newsweek could", () => {
    const { dataset, index } = realDataset();
    const flynn = index.relationById.get("flynn-kislyak-intercepted-contact");
    if (!flynn) throw new Error("the Flynn–Kislyak link is gone");
    const reports = reportsOf(flynn, index.articleById);
    expect(reports.map((r) => [r.article, r.status])).toEqual([
      [NEWSWEEK, "unconfirmed"],
      [BLOG, "reported"],
    ]);
    expect(certaintyMoves(reports)).toHaveLength(1);
    // Every link was first reported by Newsweek: the rewrite added no link of its own.
    const newsweekAt = publishedAt(index.articleById.get(NEWSWEEK) as Article, index.articleById);
    for (const r of dataset.relations) expect(firstReported(r, index.articleById)).toBe(newsweekAt);
  });
});

import { describe, expect, it } from "vitest";
import type { Article, Relation } from "../data/types";
import { BLOG, NEWSWEEK, realDataset } from "../test/realDataset";
import {
  asReported,
  certaintyMoves,
  firstReported,
  happenedIn,
  happenedModel,
  publicationStops,
  publications,
  publishedAt,
  relationSpan,
  reportLines,
  reportsOf,
  statusAsOf,
  statusesAsOf,
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
  });

  it("gives each publication date a stop at its precision: a day, then the month of the rewrite", () => {
    const stops = publicationStops([...articles.values()]);
    expect(stops.map((s) => [s.written, s.span.precision, s.articles])).toEqual([
      ["2017-02-15", "day", ["one"]],
      ["2017-02", "month", ["two"]],
    ]);
    // The month is the whole of February, surely out only by its end, never on the 1st.
    expect(stops[1]?.span.start).toBe(utc(2017, 2, 1));
    expect(stops[1]?.by).toBe(utc(2017, 3, 1));
    expect(stops[0]?.by).toBe(utc(2017, 2, 16));
  });

  it("an origin dated by month is surely out once a day-dated rewrite of it is", () => {
    const reverse = new Map([
      ["one", article("one", "2017-02")],
      ["two", article("two", "2017-02-20", "one")],
    ]);
    expect(publications(reverse).get("one")?.by).toBe(utc(2017, 2, 21));
    expect(publicationStops([...reverse.values()]).map((s) => s.written)).toEqual(["2017-02", "2017-02-20"]);
  });

  it("says each report of a link at its own precision, and how sure it was", () => {
    const r = relation("r", {
      evidence: [
        { article: "one", quote: "q", attribution: "x", status: "unconfirmed" },
        { article: "two", quote: "r", attribution: "x", status: "reported" },
      ],
    });
    const names: Record<string, string> = { one: "Newsweek", two: "a blog" };
    expect(reportLines(reportsOf(r, articles), (id) => names[id] ?? id)).toEqual([
      "First reported on 15 February 2017 by Newsweek (unconfirmed)",
      "Repeated in February 2017 by a blog (reported: more surely than before)",
    ]);
    // An article that rewrites nothing it follows is not a repetition.
    const independent = new Map([...articles, ["two", article("two", "2017-02")]]);
    expect(reportLines(reportsOf(r, independent), (id) => names[id] ?? id)[1]).toBe(
      "Also reported in February 2017 by a blog (reported: more surely than before)",
    );
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
    expect(statusAsOf(reports, "2017-02-14")).toBeNull();
    expect(statusAsOf(reports, "2017-02-15")).toBe("unconfirmed");
    // The rewrite counts only once its month is over.
    expect(statusAsOf(reports, "2017-02-27")).toBe("unconfirmed");
    expect(statusAsOf(reports, "2017-02")).toBe("reported");
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

  it("on the curated set: two stops, Newsweek's day and the rewrite's month, and what the rewrite repeated", () => {
    const { dataset, index } = realDataset();
    const model = asReported(dataset.relations, dataset.articles, index.articleById);
    expect(model.stops.map((s) => s.written)).toEqual(["2017-02-15", "2017-02"]);
    const [newsweek, blog] = model.stops.map((s) => s.reports[0]);
    expect(newsweek?.first).toHaveLength(dataset.relations.length);
    const inBoth = dataset.relations.filter((r) => r.evidence.some((e) => e.article === BLOG));
    expect(blog?.first).toEqual([]);
    expect(blog?.repeated.sort()).toEqual(inBoth.map((r) => r.id).sort());
    expect(blog?.moves.map((m) => [m.relation, m.from.status, m.to.status])).toEqual([
      ["flynn-kislyak-intercepted-contact", "unconfirmed", "reported"],
    ]);
  });

  describe("each link's claim status as of a stop", () => {
    const confirmedThenDenied = relation("turned", {
      status: "confirmed",
      evidence: [
        { article: "one", quote: "q", attribution: "x", status: "confirmed" },
        { article: "two", quote: "r", attribution: "x", status: "denied" },
      ],
    });
    const hedgedThenStated = relation("stated", {
      status: "unconfirmed",
      evidence: [
        { article: "one", quote: "q", attribution: "x", status: "unconfirmed" },
        { article: "two", quote: "r", attribution: "x", status: "unconfirmed" },
        { article: "two", quote: "s", attribution: "x", status: "reported" },
      ],
    });
    const onlyInTwo = relation("late", {
      evidence: [{ article: "two", quote: "r", attribution: "x", status: "reported" }],
    });
    const rels = [confirmedThenDenied, hedgedThenStated, onlyInTwo];
    const at = (stop: string) => Object.fromEntries(statusesAsOf(rels, articles, stop).statuses);

    it("is the latest report's status out by then, and leaves out what nothing had reported yet", () => {
      expect(at("2017-02-14")).toEqual({});
      expect(at("2017-02-15")).toEqual({ turned: "confirmed", stated: "unconfirmed" });
      // The month-precise rewrite counts only once February is over: still Newsweek's statuses.
      expect(at("2017-02-27")).toEqual({ turned: "confirmed", stated: "unconfirmed" });
      // Then a claim can move either way: stated more surely, or denied.
      expect(at("2017-02")).toEqual({ turned: "denied", stated: "reported", late: "reported" });
      expect(at("2017-03-01")).toEqual(at("2017-02"));
    });

    it("is one object per stop, kept while the data is the same", () => {
      expect(statusesAsOf(rels, articles, "2017-02")).toBe(statusesAsOf(rels, articles, "2017-02"));
      expect(statusesAsOf(rels, articles, "2017-02")).not.toBe(statusesAsOf(rels, articles, "2017-02-15"));
      expect(statusesAsOf(rels, articles, "2017-02").stop).toBe("2017-02");
    });

    it("on the curated set: Flynn–Kislyak is unconfirmed on 15 February and reported once the rewrite is out", () => {
      const { dataset, index } = realDataset();
      const first = statusesAsOf(dataset.relations, index.articleById, "2017-02-15");
      const second = statusesAsOf(dataset.relations, index.articleById, "2017-02");
      expect(first.statuses.get("flynn-kislyak-intercepted-contact")).toBe("unconfirmed");
      expect(second.statuses.get("flynn-kislyak-intercepted-contact")).toBe("reported");
      // It is the only link whose status the rewrite changed.
      const changed = dataset.relations.filter((r) => first.statuses.get(r.id) !== second.statuses.get(r.id));
      expect(changed.map((r) => r.id)).toEqual(["flynn-kislyak-intercepted-contact"]);
    });

    it("on the curated set: no status says more than an excerpt of an article published by then", () => {
      const { dataset, index } = realDataset();
      for (const stop of publicationStops(dataset.articles)) {
        const { statuses } = statusesAsOf(dataset.relations, index.articleById, stop.written);
        for (const r of dataset.relations) {
          const status = statuses.get(r.id);
          const out = r.evidence.filter(
            (e) => (publications(index.articleById).get(e.article)?.by ?? Infinity) <= stop.by,
          );
          if (out.length === 0) {
            expect(status, r.id).toBeUndefined();
            continue;
          }
          // Said in those words by an excerpt out by then, and no surer than the latest such article's surest.
          expect(
            out.map((e) => e.status),
            r.id,
          ).toContain(status);
        }
      }
    });
  });
});

// The two clocks of a story, as pure data for the timeline panel and the filters.
// "When it happened": a link's own date (or, when it has none, the span of its excerpts' dates).
// "As reported": when each article that says it was published, and how sure each was.

import { parsePartialDate } from "../data/dates";
import type { Article, ClaimStatus, Relation } from "../data/types";
import { formatDate } from "../lib/dates";
import { type DateValue, type Span, spanOf, type TimeRange } from "./time";

/**
 * Each relation's span, worked out once per relation object: a brush tests every relation against
 * the range for what is shown and again for each facet's count. Relations are never mutated (an
 * edit makes a new object), so the object is the key.
 */
const spans = new WeakMap<Relation, Span | null>();

/** What a link covers on the time axis, or null when neither it nor its excerpts are dated. */
export function relationSpan(relation: Relation): Span | null {
  let span = spans.get(relation);
  if (span === undefined) {
    span = spanOfRelation(relation);
    spans.set(relation, span);
  }
  return span;
}

function spanOfRelation(relation: Relation): Span | null {
  if (relation.date !== undefined) return spanOf(relation.date as DateValue);
  let hull: Span | null = null;
  for (const evidence of relation.evidence) {
    if (evidence.date === undefined) continue;
    const span = spanOf(evidence.date as DateValue);
    if (!span) continue;
    hull = hull
      ? {
          start: hull.start === null || span.start === null ? null : Math.min(hull.start, span.start),
          end: hull.end === null || span.end === null ? null : Math.max(hull.end, span.end),
          precision: hull.precision,
          single: false,
        }
      : span;
  }
  return hull;
}

export interface HappenedMark {
  relationId: string;
  span: Span;
}

export interface HappenedModel {
  marks: HappenedMark[];
  /** Links with no date at all: counted, never placed on the axis. */
  undated: string[];
  /** First and last instant any finite side reaches; null when nothing is dated. */
  extent: TimeRange | null;
}

export function happenedModel(relations: readonly Relation[]): HappenedModel {
  const marks: HappenedMark[] = [];
  const undated: string[] = [];
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const relation of relations) {
    const span = relationSpan(relation);
    if (!span) {
      undated.push(relation.id);
      continue;
    }
    marks.push({ relationId: relation.id, span });
    for (const side of [span.start, span.end]) {
      if (side === null) continue;
      from = Math.min(from, side);
      to = Math.max(to, side);
    }
  }
  marks.sort(
    (a, b) => (a.span.start ?? from) - (b.span.start ?? from) || a.relationId.localeCompare(b.relationId),
  );
  return { marks, undated, extent: marks.length > 0 && from < to ? { from, to } : null };
}

/** Under a time range, a link passes only when it is dated and its span meets the range. */
export function happenedIn(relation: Relation, range: TimeRange): boolean {
  const span = relationSpan(relation);
  if (!span) return false;
  const start = span.start ?? Number.NEGATIVE_INFINITY;
  const end = span.end ?? Number.POSITIVE_INFINITY;
  return start < range.to && end > range.from;
}

/**
 * When an article came out, at the precision its date is written. `from` is the earliest instant it
 * can have reached the public (never before the article it rewrites: a rewrite dated "2017-02" of a
 * report of 15 February came out on or after the 15th); `by` the instant by which it surely had (the
 * end of its date, or earlier when a rewrite of it is surely out earlier). A month-precise article is
 * known by the end of that month, never by its first day.
 */
export interface Publication {
  article: string;
  /** Its publication date as written: "2017-02-15", "2017-02", "2017". */
  written: string;
  span: Span;
  from: number;
  by: number;
}

const publicationCache = new WeakMap<ReadonlyMap<string, Article>, Map<string, Publication>>();

/** Every dated article's publication, computed once per map of articles. */
export function publications(articleById: ReadonlyMap<string, Article>): ReadonlyMap<string, Publication> {
  const cached = publicationCache.get(articleById);
  if (cached) return cached;
  const out = new Map<string, Publication>();
  const rewrites = new Map<string, string[]>();
  for (const a of articleById.values()) {
    if (a.derivedFrom) rewrites.set(a.derivedFrom, [...(rewrites.get(a.derivedFrom) ?? []), a.id]);
  }
  const knownBy = (id: string, depth: number): number => {
    const own = parsePartialDate(articleById.get(id)?.published ?? "")?.end ?? Number.POSITIVE_INFINITY;
    if (depth > 20) return own;
    return Math.min(own, ...(rewrites.get(id) ?? []).map((child) => knownBy(child, depth + 1)));
  };
  for (const article of articleById.values()) {
    const span = spanOf(article.published);
    const from = publishedAt(article, articleById);
    if (!span || from === null) continue;
    out.set(article.id, {
      article: article.id,
      written: article.published,
      span,
      from,
      by: knownBy(article.id, 0),
    });
  }
  publicationCache.set(articleById, out);
  return out;
}

/** One article's report of a link: when it was published and how sure it was. */
export interface Report {
  article: string;
  /** The first instant the article can have been out (see Publication.from). */
  published: number;
  /** Its publication date as written, at its precision. */
  written: string;
  /** The instant by which it was surely out (see Publication.by). */
  by: number;
  status: ClaimStatus;
  /** The article this one rewrites, if any. */
  derivedFrom: string | null;
  /** Whether it rewrites an article that reported the link before it: a repetition, not news. */
  repeats: boolean;
}

/**
 * The earliest instant an article can have reached the public: the start of its publication date,
 * and never before the article it rewrites.
 */
export function publishedAt(
  article: Article,
  articleById: ReadonlyMap<string, Article>,
  depth = 0,
): number | null {
  const own = spanOf(article.published)?.start ?? null;
  const origin = article.derivedFrom ? articleById.get(article.derivedFrom) : undefined;
  if (!origin || depth > 20) return own;
  const originAt = publishedAt(origin, articleById, depth + 1);
  if (own === null || originAt === null) return own ?? originAt;
  return Math.max(own, originAt);
}

/** How many rewrites away from an original report an article is (0 for an original). */
function derivationDepth(id: string, articleById: ReadonlyMap<string, Article>): number {
  let depth = 0;
  for (let a = articleById.get(id); a?.derivedFrom && depth < 20; a = articleById.get(a.derivedFrom)) depth++;
  return depth;
}

/** The articles an article rewrites, nearest first. */
function originChain(id: string, articleById: ReadonlyMap<string, Article>): string[] {
  const chain: string[] = [];
  for (let a = articleById.get(id); a?.derivedFrom && chain.length < 20; a = articleById.get(a.derivedFrom))
    chain.push(a.derivedFrom);
  return chain;
}

const CERTAINTY: Record<ClaimStatus, number> = { confirmed: 0, reported: 1, unconfirmed: 2, denied: 3 };

/** Whether `to` states a claim more surely (-1), as surely (0) or less surely (1) than `from`. */
export function certaintyChange(from: ClaimStatus, to: ClaimStatus): -1 | 0 | 1 {
  return Math.sign(CERTAINTY[to] - CERTAINTY[from]) as -1 | 0 | 1;
}

/**
 * Each article's report of a link, in order of publication (by when each was surely out, as the
 * stops of the clock are). An article that cites several excerpts
 * counts once, with the surest of its statuses (the same rule as the relation's own status).
 */
export function reportsOf(relation: Relation, articleById: ReadonlyMap<string, Article>): Report[] {
  const published = publications(articleById);
  const byArticle = new Map<string, Report>();
  for (const evidence of relation.evidence) {
    const article = articleById.get(evidence.article);
    const publication = published.get(evidence.article);
    if (!article || !publication) continue;
    const known = byArticle.get(article.id);
    if (!known || CERTAINTY[evidence.status] < CERTAINTY[known.status]) {
      byArticle.set(article.id, {
        article: article.id,
        published: publication.from,
        written: publication.written,
        by: publication.by,
        status: evidence.status,
        derivedFrom: article.derivedFrom,
        repeats: false,
      });
    }
  }
  const reports = [...byArticle.values()].sort(
    // In the order the public could surely read them (the stops' order); an origin first.
    (a, b) =>
      a.by - b.by ||
      a.published - b.published ||
      derivationDepth(a.article, articleById) - derivationDepth(b.article, articleById),
  );
  return reports.map((report, i) => {
    const earlier = new Set(reports.slice(0, i).map((r) => r.article));
    return { ...report, repeats: originChain(report.article, articleById).some((id) => earlier.has(id)) };
  });
}

/** When the public first read of a link: the earliest publication among the articles that say it. */
export function firstReported(relation: Relation, articleById: ReadonlyMap<string, Article>): number | null {
  return reportsOf(relation, articleById)[0]?.published ?? null;
}

/** The instant by which some article had surely reported a link, or null when none dated says it. */
export function surelyReportedBy(
  relation: Relation,
  articleById: ReadonlyMap<string, Article>,
): number | null {
  const published = publications(articleById);
  let by: number | null = null;
  for (const evidence of relation.evidence) {
    const at = published.get(evidence.article)?.by;
    if (at !== undefined && (by === null || at < by)) by = at;
  }
  return by;
}

/**
 * The status the latest report surely out by the end of `reportedBy` (a date at any precision)
 * gave, or null when nothing had reported the link by then.
 */
export function statusAsOf(reports: readonly Report[], reportedBy: string): ClaimStatus | null {
  const end = parsePartialDate(reportedBy)?.end;
  if (end === undefined) return null;
  let status: ClaimStatus | null = null;
  for (const report of reports) if (report.by <= end) status = report.status;
  return status;
}

/**
 * Every link's claim status as of a stop of the "as reported" clock: what the public could have
 * read by the end of `stop`. Links reported by then map to the status of the latest article surely
 * out by then (its surest excerpt of the link, as `reportsOf` counts it), so a link never says more
 * than an article published by then; links nothing had reported by then are absent.
 */
export interface StatusesAsOf {
  /** The stop, as the "reported by" filter writes it: "2017-02-15", "2017-02". */
  stop: string;
  statuses: ReadonlyMap<string, ClaimStatus>;
}

// One result per (relations, articles, stop): the canvas compares it by identity.
const asOfCache = new WeakMap<
  readonly Relation[],
  { articleById: ReadonlyMap<string, Article>; byStop: Map<string, StatusesAsOf> }
>();

export function statusesAsOf(
  relations: readonly Relation[],
  articleById: ReadonlyMap<string, Article>,
  stop: string,
): StatusesAsOf {
  let cached = asOfCache.get(relations);
  if (!cached || cached.articleById !== articleById) {
    cached = { articleById, byStop: new Map() };
    asOfCache.set(relations, cached);
  }
  const known = cached.byStop.get(stop);
  if (known) return known;
  const statuses = new Map<string, ClaimStatus>();
  for (const relation of relations) {
    const status = statusAsOf(reportsOf(relation, articleById), stop);
    if (status) statuses.set(relation.id, status);
  }
  const result = { stop, statuses };
  cached.byStop.set(stop, result);
  return result;
}

/** The status a link is drawn and told with: as of the clock's stop when one is chosen, else its own. */
export function claimStatusAt(relation: Relation, asOf: StatusesAsOf | null): ClaimStatus {
  return asOf?.statuses.get(relation.id) ?? relation.status;
}

/** How a link's certainty moved from one report to the next (only the moves, in order). */
export function certaintyMoves(reports: readonly Report[]): Array<{ from: Report; to: Report }> {
  const moves: Array<{ from: Report; to: Report }> = [];
  for (let i = 1; i < reports.length; i++) {
    const from = reports[i - 1];
    const to = reports[i];
    if (from && to && from.status !== to.status) moves.push({ from, to });
  }
  return moves;
}

/**
 * A stop of the "as reported" clock: one publication date, at its precision (a month-precise
 * article is the whole month), with the articles published then. `written` is the value the
 * "reported by" filter takes at this stop.
 */
export interface ReportedStop {
  written: string;
  span: Span;
  by: number;
  articles: string[];
}

/**
 * The distinct publication dates of the articles, in the order the public could read them: by when
 * they were surely out, then by their earliest day, an origin before its rewrites.
 */
export function publicationStops(articles: readonly Article[]): ReportedStop[] {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const published = publications(articleById);
  const stops = new Map<string, ReportedStop>();
  for (const article of articles) {
    const p = published.get(article.id);
    if (!p) continue;
    const stop = stops.get(p.written);
    if (stop) {
      stop.articles.push(article.id);
      stop.by = Math.max(stop.by, p.by);
    } else stops.set(p.written, { written: p.written, span: p.span, by: p.by, articles: [article.id] });
  }
  const depth = (stop: ReportedStop) =>
    Math.min(...stop.articles.map((id) => derivationDepth(id, articleById)));
  return [...stops.values()].sort(
    (a, b) => a.by - b.by || (a.span.start ?? 0) - (b.span.start ?? 0) || depth(a) - depth(b),
  );
}

/** What one article at a stop told the public: links it reported first, repeated, or changed. */
export interface StopArticle {
  article: string;
  /** Links this article is the first report of. */
  first: string[];
  /** Links it repeats from an article it rewrites. */
  repeated: string[];
  /** Links an earlier article had reported, which this one reports on its own. */
  again: string[];
  /** Where it is surer or less sure than the report before it. */
  moves: Array<{ relation: string; from: Report; to: Report }>;
}

export interface AsReported {
  stops: Array<ReportedStop & { reports: StopArticle[] }>;
  /** Links no dated article reports. */
  unreported: number;
}

/** The second clock as data: every stop, and for each article there what it added or changed. */
export function asReported(
  relations: readonly Relation[],
  articles: readonly Article[],
  articleById: ReadonlyMap<string, Article>,
): AsReported {
  const perRelation = relations.map((r) => ({ id: r.id, reports: reportsOf(r, articleById) }));
  const stops = publicationStops(articles).map((stop) => ({
    ...stop,
    reports: stop.articles.map((article): StopArticle => {
      const out: StopArticle = { article, first: [], repeated: [], again: [], moves: [] };
      for (const { id, reports } of perRelation) {
        const i = reports.findIndex((r) => r.article === article);
        const report = reports[i];
        if (!report) continue;
        if (i === 0) out.first.push(id);
        else if (report.repeats) out.repeated.push(id);
        else out.again.push(id);
        const before = reports[i - 1];
        if (before && before.status !== report.status)
          out.moves.push({ relation: id, from: before, to: report });
      }
      return out;
    }),
  }));
  return { stops, unreported: perRelation.filter((p) => p.reports.length === 0).length };
}

/** "on 15 February 2017", "in February 2017", "in 2017": a publication date at its own precision. */
export function onDate(written: string): string {
  const precision = parsePartialDate(written)?.precision;
  return `${precision === "day" ? "on" : "in"} ${formatDate(written)}`;
}

/**
 * A link's reports in words, one line each, saying no more than the data: "First reported on 15
 * February 2017 by Newsweek (unconfirmed)", "repeated in February 2017 by mindy-fischer-writer.com
 * (reported: more surely than before)". A rewrite is "repeated"; another article "also reported".
 */
export function reportLines(reports: readonly Report[], publisher: (articleId: string) => string): string[] {
  return reports.map((report, i) => {
    const verb = i === 0 ? "First reported" : report.repeats ? "Repeated" : "Also reported";
    const before = reports[i - 1];
    const change = before ? certaintyChange(before.status, report.status) : 0;
    const how = change < 0 ? ": more surely than before" : change > 0 ? ": less surely than before" : "";
    return `${verb} ${onDate(report.written)} by ${publisher(report.article)} (${report.status}${how})`;
  });
}

// The two clocks of a story, as pure data for the timeline panel and the filters.
// "When it happened": a link's own date (or, when it has none, the span of its excerpts' dates).
// "As reported": when each article that says it was published, and how sure each was.
import type { Article, ClaimStatus, Relation } from "../data/types";
import { type DateValue, type Span, spanOf, type TimeRange } from "./time";

/** What a link covers on the time axis, or null when neither it nor its excerpts are dated. */
export function relationSpan(relation: Relation): Span | null {
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

/** One article's report of a link: when it was published and how sure it was. */
export interface Report {
  article: string;
  /** The first instant of the article's publication date. */
  published: number;
  status: ClaimStatus;
  /** The article this one rewrites, if any. */
  derivedFrom: string | null;
}

/**
 * The earliest instant an article can have reached the public: the start of its publication date,
 * and never before the article it rewrites (a rewrite dated "2017-02" of a report of 15 February
 * came out on or after the 15th).
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

const CERTAINTY: Record<ClaimStatus, number> = { confirmed: 0, reported: 1, unconfirmed: 2, denied: 3 };

/**
 * Each article's report of a link, in order of publication. An article that cites several excerpts
 * counts once, with the surest of its statuses (the same rule as the relation's own status).
 */
export function reportsOf(relation: Relation, articleById: ReadonlyMap<string, Article>): Report[] {
  const byArticle = new Map<string, Report>();
  for (const evidence of relation.evidence) {
    const article = articleById.get(evidence.article);
    const published = article ? publishedAt(article, articleById) : null;
    if (!article || published === null) continue;
    const known = byArticle.get(article.id);
    if (!known || CERTAINTY[evidence.status] < CERTAINTY[known.status]) {
      byArticle.set(article.id, {
        article: article.id,
        published,
        status: evidence.status,
        derivedFrom: article.derivedFrom,
      });
    }
  }
  return [...byArticle.values()].sort(
    // On the same day, an origin comes before its rewrites.
    (a, b) =>
      a.published - b.published ||
      derivationDepth(a.article, articleById) - derivationDepth(b.article, articleById),
  );
}

/** When the public first read of a link: the earliest publication among the articles that say it. */
export function firstReported(relation: Relation, articleById: ReadonlyMap<string, Article>): number | null {
  return reportsOf(relation, articleById)[0]?.published ?? null;
}

/** The status the latest report up to `at` gave, or null when nothing had reported it yet. */
export function statusAsOf(reports: readonly Report[], at: number): ClaimStatus | null {
  let status: ClaimStatus | null = null;
  for (const report of reports) if (report.published <= at) status = report.status;
  return status;
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

/** The distinct publication dates of the articles, oldest first: the stops of "as reported". */
export function publicationStops(articles: readonly Article[]): Array<{ at: number; articles: string[] }> {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const stops = new Map<number, string[]>();
  for (const article of articles) {
    const at = publishedAt(article, articleById);
    if (at === null) continue;
    stops.set(at, [...(stops.get(at) ?? []), article.id]);
  }
  return [...stops.entries()].sort((a, b) => a[0] - b[0]).map(([at, ids]) => ({ at, articles: ids }));
}

// Independent outlets: a rewrite repeats its origin, it does not corroborate it. Articles that
// derive from one another (`derivedFrom`) count as one outlet, named after the original. Pure.
import type { Article, ClaimStatus, Relation } from "../data/types";
import { count } from "../lib/plural";

const SURENESS: Record<ClaimStatus, number> = { confirmed: 0, reported: 1, unconfirmed: 2, denied: 3 };

type ArticleLike = Pick<Article, "id" | "derivedFrom">;

/**
 * Each article's origin: the article it derives from, followed to the first one that derives from
 * nothing (or from an article not in the list). A cycle stops where it closes.
 */
export function originsOf(articles: ReadonlyArray<ArticleLike>): Map<string, string> {
  const byId = new Map(articles.map((a) => [a.id, a] as const));
  const origins = new Map<string, string>();
  for (const article of articles) {
    let current = article;
    const seen = new Set([current.id]);
    for (;;) {
      const parent = current.derivedFrom === null ? undefined : byId.get(current.derivedFrom);
      if (parent === undefined || seen.has(parent.id)) break;
      seen.add(parent.id);
      current = parent;
    }
    origins.set(article.id, current.id);
  }
  return origins;
}

/** Who says a relation, counted as independent outlets. */
export interface RelationOutlets {
  /** The origins of the articles that cite it: one per independent outlet. */
  outlets: string[];
  /** A rewrite (an article derived from another) cites it as well as its origin. */
  alsoInRewrite: boolean;
  /** Only rewrites cite it: no original says it. */
  onlyInRewrite: boolean;
}

export function relationOutlets(relation: Relation, origins: ReadonlyMap<string, string>): RelationOutlets {
  const articles = [...new Set(relation.evidence.map((e) => e.article))];
  const outlets = [...new Set(articles.map((a) => origins.get(a) ?? a))];
  const isRewrite = (a: string) => (origins.get(a) ?? a) !== a;
  const rewrites = articles.filter(isRewrite);
  const originals = new Set(articles.filter((a) => !isRewrite(a)));
  return {
    outlets,
    alsoInRewrite: rewrites.some((a) => originals.has(origins.get(a) ?? a)),
    onlyInRewrite: articles.length > 0 && originals.size === 0,
  };
}

/**
 * Whether a rewrite states a relation more surely than the article it rewrites (or states what its
 * origin does not): the rewrite then says more than its source, and the reader is told so.
 */
export function rewriteOverstates(relation: Relation, origins: ReadonlyMap<string, string>): boolean {
  const surest = new Map<string, number>();
  for (const e of relation.evidence) {
    const rank = SURENESS[e.status];
    surest.set(e.article, Math.min(rank, surest.get(e.article) ?? rank));
  }
  for (const [article, rank] of surest) {
    const origin = origins.get(article) ?? article;
    if (origin === article) continue;
    const originRank = surest.get(origin);
    if (originRank === undefined || rank < originRank) return true;
  }
  return false;
}

/** How many independent outlets report a relation (0 for a relation without evidence). */
export function outletCount(relation: Relation, origins: ReadonlyMap<string, string>): number {
  return new Set(relation.evidence.map((e) => origins.get(e.article) ?? e.article)).size;
}

/** Line width and the "≥ 2 independent outlets" facet start here. */
export const CORROBORATED = 2;

/** Whether at least two independent outlets report a relation: a rewrite does not count. */
export function isCorroborated(relation: Relation, origins: ReadonlyMap<string, string>): boolean {
  return outletCount(relation, origins) >= CORROBORATED;
}

/** Whether any article is a rewrite of another in the list. */
export function hasRewrites(articles: ReadonlyArray<ArticleLike>): boolean {
  const ids = new Set(articles.map((a) => a.id));
  return articles.some((a) => a.derivedFrom !== null && ids.has(a.derivedFrom));
}

/** "independently reported by 1 outlet", "… by 2 outlets". */
export function outletsPhrase(n: number): string {
  return `independently reported by ${count(n, "outlet")}`;
}

// Independent outlets: a rewrite repeats its origin, it does not corroborate it. Articles that
// derive from one another (`derivedFrom`) count as one outlet, named after the original. Pure.
import type { Article, Relation } from "../data/types";

export type ArticleLike = Pick<Article, "id" | "derivedFrom">;

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

// Independent outlets: a rewrite repeats its origin, it does not corroborate it. Articles that
// derive from one another (`derivedFrom`) count as one outlet, named after the original. Pure.
import type { Article, Relation } from "../data/types";

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

/** "independently reported by 1 outlet", "… by 2 outlets". */
export function outletsPhrase(count: number): string {
  return `independently reported by ${count} outlet${count === 1 ? "" : "s"}`;
}

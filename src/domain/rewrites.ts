// What the Details and Compare views say about outlets and rewrites: who reports a relation, counted
// as independent outlets, and whether a rewrite says more than its origin. Apart from outlets.ts so
// that the first download (which needs only the counts, for line width) does not carry it. Pure.
import type { ClaimStatus, Relation } from "../data/types";
import { count } from "../lib/plural";

const SURENESS: Record<ClaimStatus, number> = { confirmed: 0, reported: 1, unconfirmed: 2, denied: 3 };

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

/** "independently reported by 1 outlet", "… by 2 outlets". */
export function outletsPhrase(n: number): string {
  return `independently reported by ${count(n, "outlet")}`;
}

// Who a claim comes from, as a kind the graph can draw. Pure.
import type { Article, Evidence, Relation } from "../data/types";

export type AttributionKind = NonNullable<Evidence["attributionKind"]>;

/**
 * The evidence's own `attributionKind`, or a cautious guess from its wording when a dataset leaves
 * it out: documents by name, unnamed sources by the words articles use for them, otherwise the
 * article's own voice.
 */
export function attributionKindOf(evidence: Evidence): AttributionKind {
  if (evidence.attributionKind) return evidence.attributionKind;
  const a = evidence.attribution.toLowerCase();
  if (/\b(cable|memo|document|report|filing|letter)\b/.test(a)) return "document";
  if (/\b(sources?|people|person|officials?|someone|insiders?)\b/.test(a)) return "unnamed";
  return "article";
}

/**
 * The attribution a relation is drawn with: that of its evidence in an original article (not a
 * rewrite) when there is one, else its first evidence. Unnamed sources win over the article's own
 * voice within the same article, since that is what a reader should be warned of.
 */
export function relationAttribution(relation: Relation, articles: readonly Article[]): AttributionKind {
  const derived = new Set(articles.filter((a) => a.derivedFrom).map((a) => a.id));
  const original = relation.evidence.filter((e) => !derived.has(e.article));
  const pool = original.length > 0 ? original : relation.evidence;
  const kinds = pool.map(attributionKindOf);
  for (const preferred of ["unnamed", "document", "named", "publication"] as const) {
    if (kinds.includes(preferred)) return preferred;
  }
  return kinds[0] ?? "article";
}

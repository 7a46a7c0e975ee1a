// How the sources compare, relation by relation. Pure.
import { CLAIM_STATUSES } from "../data/schema";
import type { ClaimStatus, Evidence, LoadedDataset, Relation } from "../data/types";

const certainty = (s: ClaimStatus) => CLAIM_STATUSES.indexOf(s);

export interface SourceVersion {
  article: string;
  /** The most certain status this article gives the claim. */
  status: ClaimStatus;
  evidence: Evidence[];
}

export interface SourceDifference {
  relation: Relation;
  versions: SourceVersion[];
}

/** Each article's version of a relation: its excerpts and how sure it is. */
export function versionsOf(relation: Relation): SourceVersion[] {
  const byArticle = new Map<string, Evidence[]>();
  for (const e of relation.evidence) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), e]);
  return [...byArticle].map(([article, evidence]) => ({
    article,
    evidence,
    status: evidence.map((e) => e.status).sort((a, b) => certainty(a) - certainty(b))[0] as ClaimStatus,
  }));
}

/** Relations that several articles support with different certainty (e.g. one hedges, one does not). */
export function sourceDifferences(dataset: LoadedDataset): SourceDifference[] {
  const out: SourceDifference[] = [];
  for (const relation of dataset.relations) {
    const versions = versionsOf(relation);
    if (versions.length > 1 && new Set(versions.map((v) => v.status)).size > 1)
      out.push({ relation, versions });
  }
  return out;
}

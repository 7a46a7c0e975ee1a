// Footnoted provenance for an exported image: each numbered link gets a note under the image that
// quotes its excerpt and names where it comes from and how sure the article is. A pure function of
// the dataset and a list of picks, so that anything that exports (the Export dialog, a story step
// citing its excerpts) numbers its links the same way.
import type { Article, ClaimStatus, Dataset } from "../../data/types";
import { formatDate } from "../../lib/dates";

/** A relation, and which of its excerpts to quote (its first when not said). */
export interface FootnotePick {
  relation: string;
  evidence?: number;
}

export interface Footnote {
  number: number;
  relation: string;
  evidence: number;
  /** "Rex Tillerson — Igor Sechin (friend)" (→ for directed links). */
  link: string;
  quote: string;
  /** "Newsweek, 15 Feb 2017, “Title”". */
  source: string;
  status: ClaimStatus;
  /** The whole note as one line of text: what the image draws (wrapped). */
  text: string;
}

export interface Footnotes {
  notes: Footnote[];
  /** Picks beyond the limit (and picks of unknown relations are not counted: they are not links). */
  omitted: number;
}

/** More footnotes than this would be pages under an image: the caption says how many were left out. */
export const MAX_FOOTNOTES = 40;

const STATUS_WORDS: Record<ClaimStatus, string> = {
  confirmed: "confirmed",
  reported: "reported",
  unconfirmed: "unconfirmed",
  denied: "denied",
};

export function articleCredit(article: Pick<Article, "publisher" | "published" | "title">): string {
  return `${article.publisher}, ${formatDate(article.published, "short")}, “${article.title}”`;
}

/**
 * Numbers the picks in their order (duplicates of a relation keep its first number) up to `limit`,
 * each with the excerpt in quotation marks, its article's publisher, date and title, and the claim
 * status that article gives it.
 */
export function buildFootnotes(
  dataset: Pick<Dataset, "entities" | "relations"> & { articles: Article[] },
  picks: readonly FootnotePick[],
  limit = MAX_FOOTNOTES,
): Footnotes {
  const relationById = new Map(dataset.relations.map((r) => [r.id, r]));
  const nameById = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
  const notes: Footnote[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  for (const pick of picks) {
    const relation = relationById.get(pick.relation);
    if (!relation || seen.has(relation.id)) continue;
    seen.add(relation.id);
    if (notes.length >= limit) {
      omitted++;
      continue;
    }
    const index = pick.evidence !== undefined && relation.evidence[pick.evidence] ? pick.evidence : 0;
    const evidence = relation.evidence[index];
    if (!evidence) continue;
    const article = articleById.get(evidence.article);
    const arrow = relation.directed ? "→" : "—";
    const link = `${nameById.get(relation.source) ?? relation.source} ${arrow} ${nameById.get(relation.target) ?? relation.target} (${relation.label})`;
    const quote = evidence.quote.replace(/\s+/g, " ").trim();
    const source = article ? articleCredit(article) : evidence.article;
    const number = notes.length + 1;
    notes.push({
      number,
      relation: relation.id,
      evidence: index,
      link,
      quote,
      source,
      status: evidence.status,
      text: `${number}. ${link}: “${quote}” ${source}. Claim status: ${STATUS_WORDS[evidence.status]}.`,
    });
  }
  return { notes, omitted };
}

/** The caption's sentence about footnotes left out, or "" when none were. */
export function omittedSentence(omitted: number): string {
  if (omitted <= 0) return "";
  return `${omitted.toLocaleString("en-US")} more ${omitted === 1 ? "link is" : "links are"} not footnoted (the data export carries every excerpt)`;
}

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

/** One excerpt a note quotes. */
export interface FootnoteExcerpt {
  evidence: number;
  quote: string;
  /** "Newsweek, 15 Feb 2017, “Title”". */
  source: string;
  status: ClaimStatus;
}

export interface Footnote {
  number: number;
  relation: string;
  /** The first excerpt's index, quote, source and status (`excerpts[0]`). */
  evidence: number;
  /** "Rex Tillerson — Igor Sechin (friend)" (→ for directed links). */
  link: string;
  quote: string;
  source: string;
  status: ClaimStatus;
  /** Every excerpt the note quotes, in the order picked: one, unless several of the link's were picked. */
  excerpts: FootnoteExcerpt[];
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
 * Numbers the picks in their order up to `limit` links, each with the excerpt in quotation marks,
 * its article's publisher, date and title, and the claim status that article gives it. A link has
 * one number (the one drawn on it): a further pick of the same link quotes that excerpt in the same
 * note, and a pick of the same excerpt again adds nothing.
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
  const noteOf = new Map<string, Footnote>();
  const left = new Set<string>();
  for (const pick of picks) {
    const relation = relationById.get(pick.relation);
    if (!relation || left.has(relation.id)) continue;
    const index = pick.evidence !== undefined && relation.evidence[pick.evidence] ? pick.evidence : 0;
    const evidence = relation.evidence[index];
    if (!evidence) continue;
    const article = articleById.get(evidence.article);
    const excerpt: FootnoteExcerpt = {
      evidence: index,
      quote: evidence.quote.replace(/\s+/g, " ").trim(),
      source: article ? articleCredit(article) : evidence.article,
      status: evidence.status,
    };
    const known = noteOf.get(relation.id);
    if (known) {
      if (!known.excerpts.some((e) => e.evidence === index)) {
        known.excerpts.push(excerpt);
        known.text = noteText(known.number, known.link, known.excerpts);
      }
      continue;
    }
    if (notes.length >= limit) {
      left.add(relation.id);
      continue;
    }
    const arrow = relation.directed ? "→" : "—";
    const link = `${nameById.get(relation.source) ?? relation.source} ${arrow} ${nameById.get(relation.target) ?? relation.target} (${relation.label})`;
    const number = notes.length + 1;
    const note: Footnote = {
      number,
      relation: relation.id,
      evidence: index,
      link,
      quote: excerpt.quote,
      source: excerpt.source,
      status: excerpt.status,
      excerpts: [excerpt],
      text: noteText(number, link, [excerpt]),
    };
    notes.push(note);
    noteOf.set(relation.id, note);
  }
  return { notes, omitted: left.size };
}

/** "1. A — B (label): “quote” Source. Claim status: reported." and so on for each further excerpt. */
function noteText(number: number, link: string, excerpts: readonly FootnoteExcerpt[]): string {
  const quoted = excerpts.map((e) => `“${e.quote}” ${e.source}. Claim status: ${STATUS_WORDS[e.status]}.`);
  return `${number}. ${link}: ${quoted.join(" ")}`;
}

/** The caption's sentence about footnotes left out, or "" when none were. */
export function omittedSentence(omitted: number): string {
  if (omitted <= 0) return "";
  return `${omitted.toLocaleString("en-US")} more ${omitted === 1 ? "link is" : "links are"} not footnoted (the data export carries every excerpt)`;
}

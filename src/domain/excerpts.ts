// Where each excerpt and each named entity stands in its article, computed from the texts (never
// stored by hand), and the article cut into segments the reader can highlight. Pure.
import { indexText, locateQuoteIn } from "../data/quotes";
import type { Entity, LoadedDataset } from "../data/types";

export interface ExcerptSpan {
  start: number;
  end: number;
  relationId: string;
  evidenceIndex: number;
}

export interface MentionSpan {
  start: number;
  end: number;
  entityId: string;
}

/**
 * Every place every excerpt stands, by article id: an excerpt found twice has two spans. Texts come
 * from `texts` when given (the store's, for texts loaded on demand), else from the articles.
 */
export function excerptSpans(
  dataset: LoadedDataset,
  texts: Readonly<Record<string, string>> = {},
): Map<string, ExcerptSpan[]> {
  const byArticle = new Map<string, ExcerptSpan[]>(dataset.articles.map((a) => [a.id, []]));
  const indexed = new Map(dataset.articles.map((a) => [a.id, indexText(texts[a.id] ?? a.text)]));
  for (const relation of dataset.relations) {
    relation.evidence.forEach((evidence, evidenceIndex) => {
      const text = indexed.get(evidence.article);
      if (!text) return;
      for (const { start, end } of locateQuoteIn(text, evidence.quote)) {
        byArticle.get(evidence.article)?.push({ start, end, relationId: relation.id, evidenceIndex });
      }
    });
  }
  for (const spans of byArticle.values()) spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return byArticle;
}

const WORD = /[\p{L}\p{N}]+/gu;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Where named entities are mentioned by name or alias (whole words, case as written). Longer names
 * win over shorter ones they overlap ("Igor Sechin" over "Sechin"). Unnamed actors are not
 * looked for: their descriptions are not names. One pass over the text's words, looking up the
 * names that start with each word, so long articles and large datasets stay fast.
 */
export function mentionSpans(text: string, entities: readonly Entity[]): MentionSpan[] {
  const byFirstWord = new Map<string, { name: string; entityId: string }[]>();
  for (const e of entities) {
    if (e.unnamed) continue;
    for (const name of new Set([e.name, ...e.aliases])) {
      const first = name.match(WORD)?.[0];
      if (name.length < 3 || !first || !name.startsWith(first)) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ name, entityId: e.id });
      byFirstWord.set(first, list);
    }
  }

  // Every whole-word match of every name, then the longest first wherever two overlap.
  const candidates: MentionSpan[] = [];
  for (const word of text.matchAll(WORD)) {
    const start = word.index ?? 0;
    if (isWordChar(text[start - 1])) continue;
    for (const { name, entityId } of byFirstWord.get(word[0]) ?? []) {
      if (text.startsWith(name, start) && !isWordChar(text[start + name.length]))
        candidates.push({ start, end: start + name.length, entityId });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const covered = new Uint8Array(text.length);
  const spans: MentionSpan[] = [];
  for (const c of candidates) {
    if (covered.subarray(c.start, c.end).some((x) => x === 1)) continue;
    covered.fill(1, c.start, c.end);
    spans.push(c);
  }
  return spans.sort((a, b) => a.start - b.start);
}

export interface Segment {
  text: string;
  start: number;
  /** Relations whose excerpts cover this piece, most specific (shortest excerpt) first. */
  relations: string[];
  /** Evidence keys (`relationId#index`) covering it, for emphasising one passage. */
  evidence: string[];
  entityId: string | null;
}

/**
 * Cuts a text at every excerpt and mention boundary. A sweep over the boundaries keeps the excerpts
 * open at each point, so the cost grows with the number of pieces, not pieces × excerpts.
 */
export function segmentText(
  text: string,
  excerpts: readonly ExcerptSpan[],
  mentions: readonly MentionSpan[],
): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const s of excerpts) cuts.add(s.start).add(s.end);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const starting = new Map<number, ExcerptSpan[]>();
  for (const s of excerpts) starting.set(s.start, [...(starting.get(s.start) ?? []), s]);
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);

  const open = new Set<ExcerptSpan>();
  let m = 0;
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    for (const s of open) if (s.end <= start) open.delete(s);
    for (const s of starting.get(start) ?? []) if (s.end > start) open.add(s);
    if (end <= start) continue;
    while (m < sortedMentions.length && (sortedMentions[m] as MentionSpan).end <= start) m++;
    const mention = sortedMentions[m];
    const covering = [...open].sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({
      text: text.slice(start, end),
      start,
      relations: [...new Set(covering.map((s) => s.relationId))],
      evidence: covering.map((s) => `${s.relationId}#${s.evidenceIndex}`),
      entityId: mention && mention.start <= start && mention.end >= end ? mention.entityId : null,
    });
  }
  return segments;
}

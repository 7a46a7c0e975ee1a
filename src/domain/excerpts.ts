// Where each excerpt and each named entity stands in its article, computed from the texts (never
// stored by hand), and the article cut into segments the reader can highlight. Pure.
import { type IndexedText, indexText, locateQuoteIn, type Meter } from "../data/quotes";
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
 * How much the reader marks: a short quote ("a") may occur thousands of times in a long article,
 * and a mark per occurrence would make the reader unusable; places past `perExcerpt` and
 * `perArticle` are not marked. And looking for each quote reads the article (to its end: one more
 * place than is marked tells whether any is left out), so past `steps` characters read in one
 * article the excerpts left are not looked for: a 10 MB article quoted 875 times read 200 million
 * characters in 8 s of main thread on the loaded bench machine (`npm run bench -- --figures=text`).
 * The reader says when either happens.
 */
export const MARK_CAPS = { perExcerpt: 5, perArticle: 2_000, steps: 20_000_000 } as const;

export interface MarkCaps {
  perExcerpt: number;
  perArticle: number;
  steps: number;
}

export interface ExcerptPlaces {
  /** The marked places, by article id, in text order. */
  spans: Map<string, ExcerptSpan[]>;
  /** By article id: whether some places were left unmarked (past `perExcerpt` or `perArticle`). */
  capped: Map<string, boolean>;
  /** By article id: how many excerpts were not looked for (past `steps`). */
  unlooked: Map<string, number>;
}

/** One excerpt to look for in an article: the relation it supports and its place in the evidence. */
export interface ExcerptQuote {
  relationId: string;
  evidenceIndex: number;
  quote: string;
}

/** The excerpts that cite `articleId`, in dataset order (what {@link articlePlaces} looks for). */
export function quotesIn(dataset: Pick<LoadedDataset, "relations">, articleId: string): ExcerptQuote[] {
  const quotes: ExcerptQuote[] = [];
  for (const relation of dataset.relations)
    relation.evidence.forEach((evidence, evidenceIndex) => {
      if (evidence.article === articleId)
        quotes.push({ relationId: relation.id, evidenceIndex, quote: evidence.quote });
    });
  return quotes;
}

/** Where the excerpts of one article stand in its text; see {@link excerptPlaces}. */
export interface ArticlePlaces {
  /** The marked places, in text order. */
  spans: ExcerptSpan[];
  /** Whether some places were left unmarked (past `perExcerpt` or `perArticle`). */
  capped: boolean;
  /** How many excerpts were not looked for (past `steps`). */
  unlooked: number;
}

/**
 * Where each of an article's excerpts stands in its text: an excerpt found twice has two spans, up
 * to `caps.perExcerpt` of them, and at most `caps.perArticle` in all. The text is indexed only if
 * some excerpt is looked for, and each distinct quote is looked for once (a thousand relations
 * quoting the same words cost one search), until `caps.steps` characters have been read. Pure, and
 * free of the store, so the reader runs it in a worker (`src/components/Reader/marks.worker.ts`).
 */
export function articlePlaces(
  text: string,
  quotes: readonly ExcerptQuote[],
  caps: MarkCaps = MARK_CAPS,
  meter?: Meter,
): ArticlePlaces {
  const spans: ExcerptSpan[] = [];
  let capped = false;
  let unlooked = 0;
  let indexed: IndexedText | null = null;
  const own: Meter = { steps: 0 };
  const looked = new Map<string, Array<{ start: number; end: number }>>();
  for (const { relationId, evidenceIndex, quote } of quotes) {
    const room = Math.min(caps.perExcerpt, caps.perArticle - spans.length);
    if (room <= 0) {
      capped = true;
      continue;
    }
    indexed ??= indexText(text, own);
    let found = looked.get(quote);
    if (!found) {
      if (own.steps >= caps.steps) {
        unlooked++;
        continue;
      }
      // One more than there is room for tells whether any place goes unmarked.
      found = locateQuoteIn(indexed, quote, caps.perExcerpt + 1, own);
      looked.set(quote, found);
    } else own.steps += quote.length; // the key, built from the quote
    if (found.length > room) capped = true;
    for (const { start, end } of found.slice(0, room)) spans.push({ start, end, relationId, evidenceIndex });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  if (meter) meter.steps += own.steps;
  return { spans, capped, unlooked };
}

/**
 * {@link articlePlaces} for every article, by article id. Texts come from `texts` when given (the
 * store's, for texts loaded on demand), else from the articles. Only articles that some excerpt
 * cites are indexed.
 */
export function excerptPlaces(
  dataset: LoadedDataset,
  texts: Readonly<Record<string, string>> = {},
  caps: MarkCaps = MARK_CAPS,
  meter?: Meter,
): ExcerptPlaces {
  const spans = new Map<string, ExcerptSpan[]>();
  const capped = new Map<string, boolean>();
  const unlooked = new Map<string, number>();
  for (const article of dataset.articles) {
    const text = texts[article.id] ?? article.text;
    const places =
      text === undefined
        ? { spans: [], capped: false, unlooked: 0 }
        : articlePlaces(text, quotesIn(dataset, article.id), caps, meter);
    spans.set(article.id, places.spans);
    capped.set(article.id, places.capped);
    unlooked.set(article.id, places.unlooked);
  }
  return { spans, capped, unlooked };
}

/** The marked places of every excerpt, by article id; see {@link excerptPlaces}. */
export function excerptSpans(
  dataset: LoadedDataset,
  texts: Readonly<Record<string, string>> = {},
  caps?: MarkCaps,
): Map<string, ExcerptSpan[]> {
  return excerptPlaces(dataset, texts, caps).spans;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** At most this many names are marked in one article. */
export const MAX_MENTIONS = 5_000;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Where named entities are mentioned by name or alias (whole words, case as written). Longer names
 * win over shorter ones they overlap ("Igor Sechin" over "Sechin"). Unnamed actors are not
 * looked for: their descriptions are not names. One pass over the text's words, looking up the
 * names that start with each word, so long articles and large datasets stay fast.
 */
export type NamedEntity = Pick<Entity, "id" | "name" | "aliases" | "unnamed">;

export function mentionSpans(
  text: string,
  entities: readonly NamedEntity[],
  limit = MAX_MENTIONS,
): MentionSpan[] {
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
    if (candidates.length >= limit * 2) break; // the rest of a very long text stays unmarked
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const covered = new Uint8Array(text.length);
  const spans: MentionSpan[] = [];
  for (const c of candidates) {
    if (spans.length >= limit) break;
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

/**
 * Segments grouped into blocks of about `size` characters, so that the reader can draw a long
 * article a few blocks at a time (and the browser lay out only the blocks in view). A block ends
 * only inside plain text (no excerpt, no name), at a line break if there is one within the next
 * `size` characters, else at a space or anywhere: an excerpt or a name is never cut in two. The
 * blocks hold the same text, in order; a cut segment becomes two.
 */
export function toBlocks(segments: readonly Segment[], size: number): Segment[][] {
  const blocks: Segment[][] = [];
  let block: Segment[] = [];
  let length = 0;
  const close = () => {
    if (block.length > 0) blocks.push(block);
    block = [];
    length = 0;
  };
  for (const whole of segments) {
    let seg = whole;
    const plain = seg.relations.length === 0 && seg.entityId === null;
    while (plain && length + seg.text.length > size) {
      // Where to cut this plain piece: a line break past the block's size, else within the next
      // block's worth, else a space, else wherever the block is full.
      const want = Math.max(0, size - length);
      let at = seg.text.indexOf("\n", want);
      if (at < 0 || at > want + size) at = seg.text.lastIndexOf("\n", want);
      if (at >= 0) at += 1;
      else {
        at = seg.text.lastIndexOf(" ", want);
        at = at > 0 ? at + 1 : want;
      }
      if (at <= 0 || at >= seg.text.length) break;
      block.push({ ...seg, text: seg.text.slice(0, at) });
      close();
      seg = { ...seg, text: seg.text.slice(at), start: seg.start + at };
    }
    block.push(seg);
    length += seg.text.length;
  }
  close();
  return blocks;
}

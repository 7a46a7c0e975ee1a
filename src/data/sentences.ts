// Where an excerpt sits in its article: the sentence around it, and the clause it starts in. The
// editorial checks (lint.ts) read what an excerpt leaves out of its own sentence. Pure, no Node APIs.

/** Words that end with a period without ending a sentence ("Mr. Smith", "Feb. 13"). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "vs",
  "no",
  "gen",
  "gov",
  "sen",
  "rep",
  "feb",
  "jan",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
  "inc",
  "co",
  "corp",
  "ltd",
]);

/** Closing quotes and brackets that may follow a sentence's final period. */
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]"]);

/** Whether the period at `i` is part of an abbreviation or an initial (E.B., U.S.) rather than an end. */
function isAbbreviation(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text.charAt(j - 1))) j--;
  const word = text.slice(j, i);
  if (word === "") return false;
  // Initials: one letter, or letters separated by periods ("E.B", "U.S").
  if (/^(?:\p{L}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The sentences of a text as [start, end) offsets, in order. A sentence ends at a line break or at
 * `.`, `!` or `?` (with any closing quotes) followed by white space; abbreviations and initials do
 * not end one. Crude by design: news prose, not every language.
 */
export function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  const close = (end: number) => {
    if (text.slice(start, end).trim() !== "") spans.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "\n") {
      close(i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text.charAt(end))) end++;
    const next = text.charAt(end);
    if (end < text.length && !/\s/.test(next)) continue;
    if (ch === "." && isAbbreviation(text, i)) continue;
    close(end);
  }
  close(text.length);
  return spans;
}

/** Characters that open a new clause inside a sentence: what comes before them frames another clause. */
const CLAUSE_BREAKS = /[;—–]/g;

export interface ExcerptContext {
  /** The whole sentence(s) the excerpt overlaps. */
  sentence: string;
  /** The part of the excerpt's first clause before it: where a frame such as "X said that" stands. */
  before: string;
  /** The rest of its last sentence after it: where a trailing "…, according to X." stands. */
  after: string;
}

/** The context of the passage [start, end) of `text`, given the text's sentence spans. */
/** How far the context of an excerpt reaches on either side, at most (characters). */
export const CONTEXT_CHARS = 2_000;

export function excerptContext(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
): ExcerptContext {
  let first = spans.find((s) => s.end > start) ?? { start, end };
  if (first.start > start) first = { start, end: first.end };
  let last = first;
  for (const s of spans) if (s.start < end && s.end >= last.end) last = s;
  // A "sentence" without a full stop can run for megabytes (a hostile text): the words that
  // bear on an excerpt are near it, so at most CONTEXT_CHARS either side are read.
  const sentenceStart = Math.max(first.start, start - CONTEXT_CHARS);
  const sentenceEnd = Math.min(Math.max(last.end, end), end + CONTEXT_CHARS);
  const lead = text.slice(sentenceStart, start);
  let clauseStart = 0;
  for (const m of lead.matchAll(CLAUSE_BREAKS)) clauseStart = (m.index ?? 0) + 1;
  return {
    sentence: text.slice(sentenceStart, sentenceEnd),
    before: lead.slice(clauseStart),
    after: text.slice(end, sentenceEnd),
  };
}

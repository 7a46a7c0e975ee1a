// Finding an excerpt in an article's text. An excerpt must be an exact substring of the article:
// only runs of white space may differ (a line break in the file may be a space in the excerpt).
// Everything else — letters, punctuation, curly versus straight quotes — must match exactly.
// Pure functions, no Node APIs: the browser uses them too. The work is bounded: the index of a text
// is one typed array (4 bytes a character, not two arrays of JS numbers), and a search stops after
// `limit` occurrences, so a one-letter quote in a long text costs no more than it must.

const WHITE_SPACE_RUNS = /\s+/g;

/** Collapses every run of white space to one space and trims both ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(WHITE_SPACE_RUNS, " ").trim();
}

/** The characters `\s` matches, by code unit. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** An article's text with its white space collapsed, and the way back to the original offsets. */
export interface IndexedText {
  /** The text with every run of white space replaced by one space. */
  readonly normalized: string;
  /** For each character of `normalized`, the offset in the original text where it starts. */
  readonly starts: Int32Array;
  /** The original text's length. */
  readonly length: number;
}

/**
 * Collapses a text's white space once, remembering where each character came from, so that many
 * excerpts can be located in the same article without redoing the work.
 */
export function indexText(text: string, meter?: Meter): IndexedText {
  if (meter) meter.steps += text.length;
  const normalized = text.replace(WHITE_SPACE_RUNS, " ");
  const starts = new Int32Array(normalized.length);
  let i = 0;
  for (let k = 0; k < normalized.length; k++) {
    starts[k] = i;
    if (isSpace(text.charCodeAt(i))) {
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else i++;
  }
  return { normalized, starts, length: text.length };
}

/** Where the character at `k` of the normalized text ends in the original. */
function endOf(indexed: IndexedText, k: number): number {
  return k + 1 < indexed.starts.length ? (indexed.starts[k + 1] as number) : indexed.length;
}

/** Counts the work done (characters scanned or compared), so tests can hold it to a bound. */
export interface Meter {
  steps: number;
}

/** Up to `limit` places an excerpt occurs in an indexed text, in order; see {@link locateQuote}. */
export function locateQuoteIn(
  indexed: IndexedText,
  quote: string,
  limit = Number.POSITIVE_INFINITY,
  meter?: Meter,
): Array<{ start: number; end: number }> {
  const needle = normalizeWhitespace(quote);
  if (meter) meter.steps += quote.length;
  if (needle === "") return [];
  const found: Array<{ start: number; end: number }> = [];
  let from = 0;
  while (found.length < limit) {
    const at = indexed.normalized.indexOf(needle, from);
    // indexOf read up to the match and compared the needle there, or read to the end.
    if (meter) meter.steps += at < 0 ? indexed.normalized.length - from : at - from + needle.length;
    if (at < 0) break;
    found.push({ start: indexed.starts[at] as number, end: endOf(indexed, at + needle.length - 1) });
    from = at + 1;
  }
  return found;
}

/**
 * Every place where `quote` occurs in `text` (up to `limit`), runs of white space being treated as
 * equal, as offsets into the original `text` (`text.slice(start, end)` is the matched passage).
 * Occurrences may overlap. An excerpt that is empty or only white space is found nowhere.
 */
export function locateQuote(
  text: string,
  quote: string,
  limit = Number.POSITIVE_INFINITY,
): Array<{ start: number; end: number }> {
  return locateQuoteIn(indexText(text), quote, limit);
}

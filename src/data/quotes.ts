// Finding an excerpt in an article's text. An excerpt must be an exact substring of the article:
// only runs of white space may differ (a line break in the file may be a space in the excerpt).
// Everything else — letters, punctuation, curly versus straight quotes — must match exactly.
// Pure functions, no Node APIs: the browser uses them too.

const WHITE_SPACE = /\s/;
const WHITE_SPACE_RUNS = /\s+/g;

/** Collapses every run of white space to one space and trims both ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(WHITE_SPACE_RUNS, " ").trim();
}

/** An article's text with its white space collapsed, and the way back to the original offsets. */
export interface IndexedText {
  /** The text with every run of white space replaced by one space. */
  readonly normalized: string;
  /** For each character of `normalized`, the offset in the original text where it starts. */
  readonly starts: readonly number[];
  /** For each character of `normalized`, the offset in the original text just after it. */
  readonly ends: readonly number[];
}

/**
 * Collapses a text's white space once, remembering where each character came from, so that many
 * excerpts can be located in the same article without redoing the work.
 */
export function indexText(text: string): IndexedText {
  let normalized = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (WHITE_SPACE.test(ch)) {
      const start = i;
      while (i < text.length && WHITE_SPACE.test(text.charAt(i))) i++;
      normalized += " ";
      starts.push(start);
      ends.push(i);
    } else {
      normalized += ch;
      starts.push(i);
      ends.push(i + 1);
      i++;
    }
  }
  return { normalized, starts, ends };
}

/** Every place an excerpt occurs in an indexed text; see {@link locateQuote}. */
export function locateQuoteIn(indexed: IndexedText, quote: string): Array<{ start: number; end: number }> {
  const needle = normalizeWhitespace(quote);
  if (needle === "") return [];
  const found: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (;;) {
    const at = indexed.normalized.indexOf(needle, from);
    if (at < 0) break;
    const start = indexed.starts[at];
    const end = indexed.ends[at + needle.length - 1];
    if (start !== undefined && end !== undefined) found.push({ start, end });
    from = at + 1;
  }
  return found;
}

/**
 * Every place where `quote` occurs in `text`, runs of white space being treated as equal, as
 * offsets into the original `text` (`text.slice(start, end)` is the matched passage). Occurrences
 * may overlap. An excerpt that is empty or only white space is found nowhere.
 */
export function locateQuote(text: string, quote: string): Array<{ start: number; end: number }> {
  return locateQuoteIn(indexText(text), quote);
}

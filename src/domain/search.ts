// Finding entities by name and alias, and relations by the words of their excerpts. Pure.
import type { Entity, LoadedDataset, Relation } from "../data/types";

function foldChar(c: string): string {
  return c
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"');
}

/** Case- and accent-insensitive form of a text: "Sérgey  KISLYAK" → "sergey kislyak". */
export function fold(text: string): string {
  return foldWithMap(text).folded.trim();
}

/** White space below 0x80, as `\s` sees it. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * The folded text (white space runs as one space), with, for each folded character, the offset in
 * the original text where it came from: so a match found in the folded text can be cut from the
 * original, in the article's own letters. ASCII, most of any English text, takes a fast path that
 * gives what the general one would (ASCII has no accents; lowering is all its folding).
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  let offset = 0;
  let inSpace = false;
  // A run of white space folds to one space, at the place of its first character.
  const space = () => {
    if (!inSpace) {
      parts.push(" ");
      origin.push(offset);
    }
    inSpace = true;
  };
  while (offset < text.length) {
    const code = text.charCodeAt(offset);
    if (code < 0x80) {
      if (isAsciiSpace(code)) space();
      else {
        inSpace = false;
        parts.push(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : (text[offset] as string));
        origin.push(offset);
      }
      offset++;
      continue;
    }
    const c = String.fromCodePoint(text.codePointAt(offset) as number);
    if (/\s/.test(c)) space();
    else {
      inSpace = false;
      for (const f of foldChar(c)) {
        parts.push(f);
        for (let k = 0; k < f.length; k++) origin.push(offset);
      }
    }
    offset += c.length;
  }
  return { folded: parts.join(""), origin };
}

/**
 * The folded text search looks in, computed once per dataset (see `DatasetIndex.searchText`), so a
 * keystroke only compares strings: folding thousands of long excerpts on every key was the cost.
 */
export interface SearchText {
  /** By entity id: its name then its aliases, each folded, with the words a query may start. */
  names: ReadonlyMap<string, readonly FoldedName[]>;
  /** By relation id: the folded quote of each evidence item, in order. */
  quotes: ReadonlyMap<string, readonly string[]>;
}

interface FoldedName {
  text: string;
  words: readonly string[];
}

const NAME_WORDS = /[\s\-.,'"()]+/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is everything below 0x80
const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const ASCII_SPACE_RUNS = /[\t\n\v\f\r ]+/g;

/**
 * The folded text alone (no origins), as {@link foldWithMap} gives it; an all-ASCII text, most
 * excerpts, is folded as one string (lowered, white space collapsed), which is the same thing faster.
 */
export function foldText(text: string): string {
  // split/join, not replace: V8 builds a replace's result from thousands of pieces, and kept for
  // the dataset's life they made folding 8,750 excerpts take 3.7 s instead of 0.25 s (same output).
  return ASCII_ONLY.test(text)
    ? text.toLowerCase().split(ASCII_SPACE_RUNS).join(" ")
    : foldWithMap(text).folded;
}

function foldName(name: string): FoldedName {
  const text = fold(name);
  return { text, words: text.split(NAME_WORDS) };
}

/** Folds every name, alias and excerpt of a dataset: the work a search keystroke no longer does. */
export function buildSearchText(dataset: Pick<LoadedDataset, "entities" | "relations">): SearchText {
  const steps = searchTextSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many characters folding a dataset's search text reads (names, aliases, excerpts). */
export function searchTextSize(dataset: Pick<LoadedDataset, "entities" | "relations">): number {
  let chars = 0;
  for (const e of dataset.entities) {
    chars += e.name.length;
    for (const alias of e.aliases) chars += alias.length;
  }
  for (const r of dataset.relations) for (const e of r.evidence) chars += e.quote.length;
  return chars;
}

/**
 * {@link buildSearchText} in steps: it yields the share done (0–1) after about `stepChars`
 * characters, so a caller can spread the work over many short tasks (at 5,000 actors with long
 * excerpts it is 5 million characters) and returns the folded text. Each name and each excerpt
 * (at most 5,000 characters, the schema's limit) is folded whole within one step.
 */
export function* searchTextSteps(
  dataset: Pick<LoadedDataset, "entities" | "relations">,
  stepChars = 10_000,
): Generator<number, SearchText, void> {
  const total = Math.max(1, searchTextSize(dataset));
  let done = 0;
  let sinceStep = 0;
  const names = new Map<string, FoldedName[]>();
  for (const e of dataset.entities) {
    const folded = [e.name, ...e.aliases].map(foldName);
    names.set(e.id, folded);
    for (const f of folded) sinceStep += f.text.length;
    if (sinceStep >= stepChars) {
      done += sinceStep;
      sinceStep = 0;
      yield done / total;
    }
  }
  const quotes = new Map<string, string[]>();
  for (const r of dataset.relations) {
    quotes.set(
      r.id,
      r.evidence.map((e) => {
        sinceStep += e.quote.length;
        return foldText(e.quote);
      }),
    );
    if (sinceStep >= stepChars) {
      done += sinceStep;
      sinceStep = 0;
      yield Math.min(1, done / total);
    }
  }
  return { names, quotes };
}

export interface EntityMatch {
  entity: Entity;
  /** The name or alias that matched. */
  matched: string;
  /** Lower is better: 0 whole name, 1 name starts with it, 2 a word starts with it, 3 contains. */
  rank: number;
}

function rankOf(c: FoldedName, query: string): number | null {
  if (c.text === query) return 0;
  if (c.text.startsWith(query)) return 1;
  if (c.words.some((word) => word.startsWith(query))) return 2;
  if (c.text.includes(query)) return 3;
  return null;
}

/**
 * Entities whose name or an alias matches, best first, then by name. `text` holds the folded names
 * (the dataset's `index.searchText`); names it lacks are folded here.
 */
export function searchEntities(
  entities: readonly Entity[],
  query: string,
  limit = 12,
  text?: SearchText,
): EntityMatch[] {
  const q = fold(query);
  if (!q) return [];
  const matches: EntityMatch[] = [];
  for (const entity of entities) {
    const candidates = [entity.name, ...entity.aliases];
    const folded = text?.names.get(entity.id) ?? candidates.map(foldName);
    let best: EntityMatch | null = null;
    folded.forEach((candidate, i) => {
      const rank = rankOf(candidate, q);
      if (rank !== null && (!best || rank < best.rank))
        best = { entity, matched: candidates[i] as string, rank };
    });
    if (best) matches.push(best);
  }
  matches.sort((a, b) => a.rank - b.rank || a.entity.name.localeCompare(b.entity.name));
  return matches.slice(0, limit);
}

export interface ExcerptMatch {
  relation: Relation;
  /** Index of the first matching evidence item. */
  evidenceIndex: number;
  /** The matching excerpt, cut around the match: [before, match, after]. */
  snippet: [string, string, string];
}

/**
 * Relations whose excerpts contain the query (accent- and case-insensitive), in dataset order.
 * `text` is the dataset's folded text (`index.searchText`); without it, it is folded here, once.
 */
export function searchExcerpts(
  dataset: LoadedDataset,
  query: string,
  limit = 50,
  text: SearchText = buildSearchText(dataset),
): ExcerptMatch[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const out: ExcerptMatch[] = [];
  for (const relation of dataset.relations) {
    const quotes = text.quotes.get(relation.id) ?? relation.evidence.map((e) => foldText(e.quote));
    const evidenceIndex = quotes.findIndex((folded) => folded.includes(q));
    if (evidenceIndex < 0) continue;
    // Only a match that is shown needs the way back to the original letters.
    const map = foldWithMap(relation.evidence[evidenceIndex]?.quote ?? "");
    const at = map.folded.indexOf(q);
    // Cut the snippet from the original quote, in the article's own letters.
    const quote = relation.evidence[evidenceIndex]?.quote ?? "";
    const from = map.origin[at] ?? 0;
    const to = map.origin[at + q.length] ?? quote.length;
    // About 40 characters either side, cut at a space so that no word is shown half.
    let start = Math.max(0, from - 40);
    if (start > 0) {
      const space = quote.indexOf(" ", start - 1);
      start = space >= 0 && space < from ? space + 1 : from;
    }
    let end = Math.min(quote.length, to + 40);
    if (end < quote.length) {
      const space = quote.lastIndexOf(" ", end);
      end = Math.max(space, to);
    }
    out.push({
      relation,
      evidenceIndex,
      snippet: [
        (start > 0 ? "…" : "") + quote.slice(start, from),
        quote.slice(from, to),
        quote.slice(to, end) + (end < quote.length ? "…" : ""),
      ],
    });
    if (out.length >= limit) break;
  }
  return out;
}

/** What a search query picks out, for dimming everything else. */
export function searchHits(
  dataset: LoadedDataset,
  query: string,
  text: SearchText = buildSearchText(dataset),
): { entities: Set<string>; relations: Set<string> } {
  const entities = new Set(
    searchEntities(dataset.entities, query, Number.POSITIVE_INFINITY, text).map((m) => m.entity.id),
  );
  const relations = new Set<string>();
  const q = fold(query);
  if (q.length < 2) return { entities, relations };
  // No snippets here: a folded quote containing the words is enough.
  for (const relation of dataset.relations) {
    if (!text.quotes.get(relation.id)?.some((folded) => folded.includes(q))) continue;
    relations.add(relation.id);
    entities.add(relation.source).add(relation.target);
  }
  return { entities, relations };
}

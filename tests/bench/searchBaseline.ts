// The search as it was before issue 20 (every keystroke folded every name and excerpt again), kept
// only so that `npm run bench -- --figures=search` can put its cost beside the current one.
// Finding entities by name and alias, and relations by the words of their excerpts. Pure.
import type { Entity, LoadedDataset, Relation } from "../../src/data/types";

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

/**
 * The folded text (white space runs as one space), with, for each folded character, the offset in
 * the original text where it came from: so a match found in the folded text can be cut from the
 * original, in the article's own letters.
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let offset = 0;
  let inSpace = false;
  for (const c of text) {
    if (/\s/.test(c)) {
      if (!inSpace) {
        folded += " ";
        origin.push(offset);
      }
      inSpace = true;
    } else {
      inSpace = false;
      for (const f of foldChar(c)) {
        folded += f;
        origin.push(offset);
      }
    }
    offset += c.length;
  }
  return { folded, origin };
}

export interface EntityMatch {
  entity: Entity;
  /** The name or alias that matched. */
  matched: string;
  /** Lower is better: 0 whole name, 1 name starts with it, 2 a word starts with it, 3 contains. */
  rank: number;
}

function rankOf(candidate: string, query: string): number | null {
  const c = fold(candidate);
  if (c === query) return 0;
  if (c.startsWith(query)) return 1;
  if (c.split(/[\s\-.,'"()]+/).some((word) => word.startsWith(query))) return 2;
  if (c.includes(query)) return 3;
  return null;
}

/** Entities whose name or an alias matches, best first, then by name. */
export function searchEntities(entities: readonly Entity[], query: string, limit = 12): EntityMatch[] {
  const q = fold(query);
  if (!q) return [];
  const matches: EntityMatch[] = [];
  for (const entity of entities) {
    let best: EntityMatch | null = null;
    for (const candidate of [entity.name, ...entity.aliases]) {
      const rank = rankOf(candidate, q);
      if (rank !== null && (!best || rank < best.rank)) best = { entity, matched: candidate, rank };
    }
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

/** Relations whose excerpts contain the query (accent- and case-insensitive), in dataset order. */
export function searchExcerpts(dataset: LoadedDataset, query: string, limit = 50): ExcerptMatch[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const out: ExcerptMatch[] = [];
  for (const relation of dataset.relations) {
    let evidenceIndex = -1;
    let at = -1;
    let map: ReturnType<typeof foldWithMap> | null = null;
    for (const [i, e] of relation.evidence.entries()) {
      map = foldWithMap(e.quote);
      at = map.folded.indexOf(q);
      if (at >= 0) {
        evidenceIndex = i;
        break;
      }
    }
    if (evidenceIndex < 0 || !map) continue;
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
): { entities: Set<string>; relations: Set<string> } {
  const entities = new Set(
    searchEntities(dataset.entities, query, Number.POSITIVE_INFINITY).map((m) => m.entity.id),
  );
  const relations = new Set<string>();
  for (const { relation } of searchExcerpts(dataset, query, Number.POSITIVE_INFINITY)) {
    relations.add(relation.id);
    entities.add(relation.source).add(relation.target);
  }
  return { entities, relations };
}

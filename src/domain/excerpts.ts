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

/** Every place every excerpt stands, by article id: an excerpt found twice has two spans. */
export function excerptSpans(dataset: LoadedDataset): Map<string, ExcerptSpan[]> {
  const byArticle = new Map<string, ExcerptSpan[]>(dataset.articles.map((a) => [a.id, []]));
  const indexed = new Map(dataset.articles.map((a) => [a.id, indexText(a.text)]));
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

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where named entities are mentioned by name or alias (whole words, case as written). Longer names
 * win over shorter ones at the same place ("Igor Sechin" over "Sechin"). Unnamed actors are not
 * looked for: their descriptions are not names.
 */
export function mentionSpans(text: string, entities: readonly Entity[]): MentionSpan[] {
  const names: { name: string; entityId: string }[] = [];
  for (const e of entities) {
    if (e.unnamed) continue;
    for (const name of new Set([e.name, ...e.aliases]))
      if (name.length >= 3) names.push({ name, entityId: e.id });
  }
  names.sort((a, b) => b.name.length - a.name.length);
  const taken: MentionSpan[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
  for (const { name, entityId } of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!overlaps(start, end)) taken.push({ start, end, entityId });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
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

/** Cuts a text at every excerpt and mention boundary. */
export function segmentText(
  text: string,
  excerpts: readonly ExcerptSpan[],
  mentions: readonly MentionSpan[],
): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const s of excerpts) cuts.add(s.start).add(s.end);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = excerpts
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const mention = mentions.find((m) => m.start <= start && m.end >= end);
    segments.push({
      text: text.slice(start, end),
      start,
      relations: [...new Set(covering.map((s) => s.relationId))],
      evidence: covering.map((s) => `${s.relationId}#${s.evidenceIndex}`),
      entityId: mention?.entityId ?? null,
    });
  }
  return segments;
}

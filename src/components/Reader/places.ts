// Which excerpt is the reader's active one, and which excerpts it highlights. Pure.
import type { ExcerptSpan } from "../../domain/excerpts";

/** An excerpt's key, as the store's `reader.passage` holds it: `relationId#evidenceIndex`. */
export const passageKey = (span: ExcerptSpan): string => `${span.relationId}#${span.evidenceIndex}`;

/** The link a passage key belongs to. */
export const passageRelation = (passage: string): string => passage.slice(0, passage.lastIndexOf("#"));

/**
 * The one active place in the text: the passage asked for (if it is the selected link's, or nothing
 * is selected), else the selected link's first place here. A quote found twice has two places:
 * `near`, a text offset (where the reader clicked, or stepped to), picks the one around it.
 */
export function activePlace(
  spans: readonly ExcerptSpan[],
  passage: string | null,
  relation: string | null,
  near: number | null,
): ExcerptSpan | null {
  const ofPassage =
    passage !== null && (relation === null || passageRelation(passage) === relation)
      ? spans.filter((s) => passageKey(s) === passage)
      : [];
  const candidates =
    ofPassage.length > 0 ? ofPassage : relation ? spans.filter((s) => s.relationId === relation) : [];
  return candidates.find((s) => near !== null && s.start <= near && near < s.end) ?? candidates[0] ?? null;
}

/** What the reader highlights: every excerpt, or with `onlyLink` just the selected link's. */
export function shownSpans(
  spans: readonly ExcerptSpan[],
  relation: string | null,
  onlyLink: boolean,
): readonly ExcerptSpan[] {
  return onlyLink && relation !== null ? spans.filter((s) => s.relationId === relation) : spans;
}

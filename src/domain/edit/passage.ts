// What the evidence form says about a selected passage before it becomes an excerpt: the hedge or
// attribution of its sentence it leaves out (the editorial check `excerpt-drops-frame`, applied at
// the passage's own offsets, so the second of two identical passages is judged in its own sentence),
// and the wider passage that would keep it; or, for a passage called confirmed, the hedge it carries.
import { droppedFrame, hedgeIn } from "../../data/lint";
import { excerptContext, sentenceSpans } from "../../data/sentences";
import type { ClaimStatus } from "../../data/types";

export interface FrameWarning {
  phrase: string;
  kind: "hedge" | "attribution";
  sentence: string;
  /** The passage widened to keep the phrase: from the clause's start, or to the sentence's end. */
  widened: { start: number; end: number };
}

export function passageWarning(
  text: string,
  start: number,
  end: number,
  status: ClaimStatus,
): FrameWarning | null {
  if (start < 0 || end > text.length || start >= end) return null;
  const spans = sentenceSpans(text);
  const context = excerptContext(text, spans, start, end);
  const quote = text.slice(start, end);
  const missing = droppedFrame(context, quote, status);
  if (!missing) return null;
  const widened = {
    start: start - context.before.length,
    end: missing.kind === "attribution" ? end + context.after.length : end,
  };
  // White space at the new ends is left out, as it is from any passage.
  while (widened.start < widened.end && /\s/.test(text.charAt(widened.start))) widened.start++;
  while (widened.end > widened.start && /\s/.test(text.charAt(widened.end - 1))) widened.end--;
  return { ...missing, sentence: context.sentence.trim(), widened };
}

/** The hedge a passage carries when it is to be called confirmed ("allegedly", "may", …), if any. */
export function passageHedge(quote: string, status: ClaimStatus): string | null {
  return status === "confirmed" ? (hedgeIn(quote) ?? null) : null;
}

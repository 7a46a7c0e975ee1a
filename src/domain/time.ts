// Time as the articles give it, on the axis: the interval a date value covers, whether it meets a
// brushed range, and dates in words. Parsing and validation live in data/dates.ts.
import { type DateValue, dateValueProblem, type Precision, parsePartialDate } from "../data/dates";
import { formatDate } from "../lib/dates";

export type { DateValue, Precision };

/** What a dated link covers on the time axis. A null side is open ("since August"). */
export interface Span {
  start: number | null;
  end: number | null;
  precision: Precision;
  /** A single written date (drawn as a point when its precision is a day), not a range. */
  single: boolean;
}

/** The interval a valid date value covers, or null when it is not valid. */
export function spanOf(value: DateValue): Span | null {
  if (typeof value === "string") {
    const d = parsePartialDate(value);
    return d ? { start: d.start, end: d.end, precision: d.precision, single: true } : null;
  }
  if (dateValueProblem(value)) return null;
  const start = value.start === undefined ? null : parsePartialDate(value.start);
  const end = value.end === undefined ? null : parsePartialDate(value.end);
  const precision = (start ?? end)?.precision ?? "year";
  return { start: start?.start ?? null, end: end?.end ?? null, precision, single: false };
}

/** A brushed range on the axis (UTC ms, half-open). */
export interface TimeRange {
  from: number;
  to: number;
}

/** Whether a span and a range share any instant; an open side reaches as far as needed. */
export function spanOverlaps(span: Span, range: TimeRange): boolean {
  const start = span.start ?? Number.NEGATIVE_INFINITY;
  const end = span.end ?? Number.POSITIVE_INFINITY;
  return start < range.to && end > range.from;
}

/** A written date in words at its own precision: "2016", "Aug 2016", "13 Feb 2017" (as written when not a date). */
export function formatPartialDate(text: string): string {
  return parsePartialDate(text) ? formatDate(text, "short") : text;
}

/** A date value in words: "Aug 2016", "since Aug 2016", "until 2008", "2016 – 2017". */
export function formatDateValue(value: DateValue): string {
  if (typeof value === "string") return formatPartialDate(value);
  if (value.start !== undefined && value.end !== undefined) {
    return `${formatPartialDate(value.start)} – ${formatPartialDate(value.end)}`;
  }
  if (value.start !== undefined) return `since ${formatPartialDate(value.start)}`;
  return `until ${formatPartialDate(value.end ?? "")}`;
}

/**
 * When a link happened, in words: its date at its precision and the article's own words for the time
 * ("since Aug 2016 (for the last seven months)"), whichever it has; "" when it has neither.
 */
export function whenText(date: DateValue | undefined, period: string | undefined): string {
  const written = date !== undefined ? formatDateValue(date) : "";
  if (written && period) return `${written} (${period})`;
  return written || period || "";
}

/** The ISO day (YYYY-MM-DD) of a UTC instant, for the address and for captions. */
export function isoDayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A range in words at day precision, for captions and the count line: "1 Aug 2016 – 31 Jan 2017". */
export function formatTimeRange(range: TimeRange): string {
  return `${formatPartialDate(isoDayOf(range.from))} – ${formatPartialDate(isoDayOf(range.to - 1))}`;
}

/** A date value's sides as written, with their precision: CSV columns keep the article's precision. */
export function dateSides(value: DateValue | undefined): { start: string; end: string; precision: string } {
  if (value === undefined) return { start: "", end: "", precision: "" };
  if (typeof value === "string") {
    return { start: value, end: value, precision: parsePartialDate(value)?.precision ?? "" };
  }
  const precision = parsePartialDate(value.start ?? value.end ?? "")?.precision ?? "";
  return { start: value.start ?? "", end: value.end ?? "", precision };
}

/**
 * A GEXF spell (inclusive ISO days) for a date value, so Gephi's timeline plays the export; an open
 * side is left out. Null when there is nothing to place on a time line.
 */
export function spellOf(value: DateValue | undefined): { start?: string; end?: string } | null {
  if (value === undefined) return null;
  const span = spanOf(value);
  if (!span) return null;
  const DAY = 86_400_000;
  return {
    ...(span.start !== null ? { start: isoDayOf(span.start) } : {}),
    ...(span.end !== null ? { end: isoDayOf(span.end - DAY) } : {}),
  };
}

/** A date value as one string, ISO 8601 style: "2016-08", "2016-08/2017-01", "2016-08/.." (open). */
export function dateText(value: DateValue): string {
  if (typeof value === "string") return value;
  return `${value.start ?? ".."}/${value.end ?? ".."}`;
}

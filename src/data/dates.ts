// Dates as the articles give them: a date is kept at the precision it was written in (2016,
// 2016-08, 2016-08-15), and stands for the whole of that year, month or day, never for its first
// instant. A range has a start and an end of the same precision; either may be missing (an open
// range: "since August"). Instants are UTC milliseconds; intervals are half-open [start, end).
// No Node APIs and nothing that throws: the schema and the loader's checks call it.

export type Precision = "year" | "month" | "day";

/** A date or a range as a dataset writes it. */
export type DateValue = string | { start?: string; end?: string };

/** One written date, resolved to the interval it covers. */
export interface PartialDate {
  text: string;
  precision: Precision;
  /** First instant covered (UTC ms). */
  start: number;
  /** First instant after it (UTC ms). */
  end: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; null when malformed or impossible (2017-02-30). */
export function parsePartialDate(text: string): PartialDate | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { text, precision: "year", start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { text, precision: "month", start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  }
  const day = Number(m[3]);
  const start = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 30 February over into March: an impossible day shows up as a different month.
  if (day < 1 || new Date(start).getUTCMonth() !== month - 1) return null;
  return { text, precision: "day", start, end: Date.UTC(year, month - 1, day + 1) };
}

/** What is wrong with a date value, or null. Messages are in the reader's words. */
export function dateValueProblem(value: DateValue): { key?: "start" | "end"; message: string } | null {
  if (typeof value === "string") {
    return parsePartialDate(value) ? null : { message: `"${value}" is not a date that exists` };
  }
  const start = value.start === undefined ? undefined : parsePartialDate(value.start);
  const end = value.end === undefined ? undefined : parsePartialDate(value.end);
  if (value.start === undefined && value.end === undefined) {
    return { message: "a range needs a start, an end, or both" };
  }
  if (start === null) return { key: "start", message: `"${value.start}" is not a date that exists` };
  if (end === null) return { key: "end", message: `"${value.end}" is not a date that exists` };
  if (start && end) {
    if (start.precision !== end.precision) {
      return {
        key: "end",
        message: `the range mixes precisions (start is a ${start.precision}, end is a ${end.precision}): write both the same way`,
      };
    }
    if (end.end <= start.start)
      return { key: "end", message: `ends (${end.text}) before it starts (${start.text})` };
  }
  return null;
}

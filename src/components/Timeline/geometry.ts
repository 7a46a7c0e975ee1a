// Where the timeline draws things: a linear scale from instants to x, month/year ticks, and rows of
// marks that never overlap. Pure, so the panel only renders what this returns.
import type { TimeRange } from "../../domain/time";
import type { HappenedMark } from "../../domain/timeline";

export interface Scale {
  domain: TimeRange;
  /** x of the domain's start and end, in px. */
  x0: number;
  x1: number;
}

export const toX = (scale: Scale, at: number): number =>
  scale.x0 + ((at - scale.domain.from) / (scale.domain.to - scale.domain.from)) * (scale.x1 - scale.x0);

export const toTime = (scale: Scale, x: number): number =>
  scale.domain.from + ((x - scale.x0) / (scale.x1 - scale.x0)) * (scale.domain.to - scale.domain.from);

const DAY = 86_400_000;

/** The axis' domain: the marks' extent padded to whole months, at least a month wide. */
export function paddedDomain(extent: TimeRange): TimeRange {
  const from = new Date(extent.from);
  const to = new Date(extent.to - 1);
  return {
    from: Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1),
    to: Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 1),
  };
}

export interface Tick {
  at: number;
  label: string;
  major: boolean;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Year ticks, and month ticks too when there is room for them (at least `minGap` px apart). */
export function ticks(scale: Scale, minGap = 44): Tick[] {
  const out: Tick[] = [];
  const first = new Date(scale.domain.from).getUTCFullYear();
  const last = new Date(scale.domain.to).getUTCFullYear();
  const monthWidth = toX(scale, Date.UTC(2001, 1, 1)) - toX(scale, Date.UTC(2001, 0, 1)) || 0;
  const monthStep = [1, 2, 3, 6].find((step) => step * monthWidth >= minGap) ?? 12;
  const yearWidth = monthWidth * 12;
  const yearStep = Math.max(1, Math.ceil(minGap / Math.max(yearWidth, 1)));
  for (let year = first; year <= last; year++) {
    for (let month = 0; month < 12; month += monthStep) {
      const at = Date.UTC(year, month, 1);
      if (at < scale.domain.from || at > scale.domain.to) continue;
      const major = month === 0;
      if (major && (year - first) % yearStep !== 0) continue;
      if (!major && monthStep === 12) continue;
      out.push({ at, label: major ? String(year) : (MONTHS[month] ?? ""), major });
    }
  }
  return out;
}

export interface PlacedMark {
  relationId: string;
  /** Left and right x; equal for a point. */
  left: number;
  right: number;
  point: boolean;
  openStart: boolean;
  openEnd: boolean;
  lane: number;
  /** Where the mark's name is written, beside it (null when unnamed or there is no room). */
  label: { x: number; anchor: "start" | "end" } | null;
}

/** Room between a mark and its name, in px. */
const LABEL_GAP = 6;

/**
 * Lays marks out in lanes: each mark goes into the first lane where it does not touch the one
 * before it (a gap of at least `gap` px). Open sides reach the axis' ends; a day is a point. With
 * `labelWidth` (px of a mark's name), each name is written after its mark, or before it when the
 * axis ends first, and the lanes keep room for it; a mark open on one side that has no room on
 * either carries its name over its faded part; any other name that does not fit is left out.
 */
export function placeMarks(
  marks: readonly HappenedMark[],
  scale: Scale,
  gap = 4,
  labelWidth?: (relationId: string) => number,
  /** The drawing's full width: a name may run into the margins, not past them. */
  width = scale.x1,
): PlacedMark[] {
  const laneEnds: number[] = [];
  const placed: PlacedMark[] = [];
  for (const mark of marks) {
    const { span } = mark;
    const point = span.single && span.precision === "day";
    const left = span.start === null ? scale.x0 : toX(scale, span.start);
    const right = point ? left : span.end === null ? scale.x1 : Math.max(left + 2, toX(scale, span.end));
    let from = point ? left - 5 : left;
    let reach = point ? left + 5 : right;
    let label: PlacedMark["label"] = null;
    const w = labelWidth?.(mark.relationId) ?? 0;
    if (w > 0) {
      if (reach + LABEL_GAP + w <= width) {
        label = { x: reach + LABEL_GAP, anchor: "start" };
        reach += LABEL_GAP + w;
      } else if (from - LABEL_GAP - w >= 0) {
        label = { x: from - LABEL_GAP, anchor: "end" };
        from -= LABEL_GAP + w;
      } else if (span.start === null && right - from >= w + 3 * LABEL_GAP) {
        // An open start reaches the axis' start: the name goes over its faded part, by the end.
        label = { x: right - 2 * LABEL_GAP, anchor: "end" };
      } else if (span.end === null && right - from >= w + 3 * LABEL_GAP) {
        label = { x: left + 2 * LABEL_GAP, anchor: "start" };
      }
    }
    let lane = laneEnds.findIndex((end) => end + gap <= from);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(reach);
    } else laneEnds[lane] = reach;
    placed.push({
      relationId: mark.relationId,
      left,
      right,
      point,
      openStart: span.start === null,
      openEnd: span.end === null,
      lane,
      label,
    });
  }
  return placed;
}

/** Snaps an instant to the start of its day (the brush works in whole days). */
export const startOfDay = (at: number): number => Math.floor(at / DAY) * DAY;
export { DAY };

// Which names the canvas draws, where, and how large. Cytoscape scales labels with the zoom and draws
// every one, so a fitted graph of 70 actors showed either no name (labels hidden under 7 px) or a
// heap of overlapping ones. Here, as on a map, a drawn name is always the same size on screen
// (LABEL_PX), and a greedy pass by priority (what the reader asked about first, then the best
// connected) gives each name the first place beside its node (below, above, right, left) that
// covers no other node and no name already placed; a name with no free place is left out until
// the reader zooms in or points at it. The pass is pure (planLabels) and its result is applied as
// style bypasses on the nodes whose label changes (applyLabels).
import type cytoscape from "cytoscape";
import { FONT_FAMILY } from "../visuals/vocabulary";
import { forget, recall, remember } from "./memo";
import { LARGE_GRAPH_NODES } from "./stylesheet";

/** A drawn name's font size on screen, in CSS px (the issue asks for at least 11). */
export const LABEL_PX = 12;
/** Names wrap at this width on screen. */
export const LABEL_WIDTH_PX = 132;
/** At most this many lines; longer names end with an ellipsis (whole on hover or selection). */
export const LABEL_LINES = 3;
/** cytoscape's line height for labels: the font size (its `line-height` is 1). */
const LINE_PX = LABEL_PX;
/** Between a node's outline and its name, and kept free around each name, in px. */
const GAP = 3;
const PAD = 3;
/** Where the zoom buttons sit when they cannot be measured (no page): the canvas' top right. */
const CONTROLS_PX = 52;
const CONTROLS_HEIGHT_PX = 160;
/** This many of the best connected shown actors are named before any other (issue 13: 20; 50 in a large graph). */
export const TOP_NAMES = 20;
export const TOP_NAMES_LARGE = 50;
/**
 * In a large graph (over LARGE_GRAPH_NODES actors, drawn with the lighter stylesheet) an actor
 * drawn smaller than DOT_PX is a dot that a name may cover, as a map's place names cover its lanes:
 * fitted whole, 5,000 actors are all dots, and a name that had to keep clear of every one would
 * never be drawn.
 */
const DOT_PX = 4;
/**
 * Above this many candidates the pass stops looking (large graphs: the cost per zoom step). A
 * window holds about 150 names at most; at 5,000 actors fitted, 1,500 candidates placed 55 names.
 */
export const MAX_CANDIDATES = 400;

export type Side =
  | "bottom"
  | "top"
  | "right"
  | "left"
  | "bottom-right"
  | "top-right"
  | "bottom-left"
  | "top-left"
  /** Away from its node, where there is room, with a line back to it (a leader; large graphs). */
  | "away";
const SIDES: readonly Side[] = [
  "bottom",
  "top",
  "right",
  "left",
  "bottom-right",
  "top-right",
  "bottom-left",
  "top-left",
];

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Rendered centre and outer size of the node, in px. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** The name's lines as they would be drawn, and its width in px. */
  lines: string[];
  width: number;
  /** Drawn whatever it covers (the selection, the hovered actor, a path). */
  forced: boolean;
  /** May be drawn away from its node with a leader line when no place beside it is free. */
  reach?: boolean;
}

export interface LabelPlace {
  side: Side;
  /** Along the side, in px (a name under or over its node, slid left or right). */
  shift?: number;
  /** Up or down beside the node, in px (a name to its right or left, raised or lowered). */
  lift?: number;
  /** "away": the name's centre from its node's centre, in px. */
  dx?: number;
  dy?: number;
  /**
   * Drawn on a background of the page's colour (a large graph's names, whose stylesheet has none):
   * a leader line may then pass behind it, as a map's roads pass behind its place names.
   */
  backed?: boolean;
  lines: string[];
}

/**
 * Where to try a name, in order: the eight sides, then under and over slid half a name aside (in a
 * crowded middle, the only free room is often just off centre), then beside the node raised or
 * lowered by half the name's height, then under and over half the name's height further off.
 */
const PLACES: readonly { side: Side; slide: number; lift?: number }[] = [
  ...SIDES.map((side) => ({ side, slide: 0 })),
  { side: "bottom", slide: 0.5 },
  { side: "bottom", slide: -0.5 },
  { side: "top", slide: 0.5 },
  { side: "top", slide: -0.5 },
  { side: "right", slide: 0, lift: -1 },
  { side: "right", slide: 0, lift: 1 },
  { side: "left", slide: 0, lift: -1 },
  { side: "left", slide: 0, lift: 1 },
  // Under or over, half a name further off: between two actors side by side (a compact view on a
  // phone), the name over one grazed the other's outline by a pixel.
  { side: "top", slide: 0, lift: -1 },
  { side: "bottom", slide: 0, lift: 1 },
];

export type Measure = (text: string, italic: boolean) => number;

/** Greedy word wrap at `maxWidth`; over `maxLines`, the last line ends with an ellipsis. */
export function wrapLabel(
  text: string,
  measure: (text: string) => number,
  maxWidth = LABEL_WIDTH_PX,
  maxLines = LABEL_LINES,
): string[] {
  // Zero-width spaces (toElements' break points in very long words) count as spaces here.
  const words = text
    .replace(/\u200b/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const lines: string[] = [];
  let line = "";
  const push = (word: string) => {
    // A word wider than a line is cut where it no longer fits.
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= maxWidth) {
      if (!line) push(word);
      else line = next;
    } else {
      lines.push(line);
      push(word);
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? "";
  while (last.length > 1 && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Where a name of this size goes on this side of its node, in px. */
export function labelBox(
  c: Pick<LabelCandidate, "x" | "y" | "w" | "h" | "width" | "lines">,
  side: Side,
): Box {
  const height = c.lines.length * LINE_PX;
  switch (side) {
    case "bottom": {
      const y1 = c.y + c.h / 2 + GAP;
      return { x1: c.x - c.width / 2, y1, x2: c.x + c.width / 2, y2: y1 + height };
    }
    case "top": {
      const y2 = c.y - c.h / 2 - GAP;
      return { x1: c.x - c.width / 2, y1: y2 - height, x2: c.x + c.width / 2, y2 };
    }
    case "right": {
      const x1 = c.x + c.w / 2 + GAP;
      return { x1, y1: c.y - height / 2, x2: x1 + c.width, y2: c.y + height / 2 };
    }
    case "left": {
      const x2 = c.x - c.w / 2 - GAP;
      return { x1: x2 - c.width, y1: c.y - height / 2, x2, y2: c.y + height / 2 };
    }
    case "bottom-right":
      return {
        x1: c.x + c.w / 2,
        y1: c.y + c.h / 2,
        x2: c.x + c.w / 2 + c.width,
        y2: c.y + c.h / 2 + height,
      };
    case "top-right":
      return {
        x1: c.x + c.w / 2,
        y1: c.y - c.h / 2 - height,
        x2: c.x + c.w / 2 + c.width,
        y2: c.y - c.h / 2,
      };
    case "bottom-left":
      return {
        x1: c.x - c.w / 2 - c.width,
        y1: c.y + c.h / 2,
        x2: c.x - c.w / 2,
        y2: c.y + c.h / 2 + height,
      };
    case "top-left":
      return {
        x1: c.x - c.w / 2 - c.width,
        y1: c.y - c.h / 2 - height,
        x2: c.x - c.w / 2,
        y2: c.y - c.h / 2,
      };
    case "away":
      return { x1: c.x - c.width / 2, y1: c.y - height / 2, x2: c.x + c.width / 2, y2: c.y + height / 2 };
  }
}

/**
 * How far from its node's outline a name may be drawn with a leader line, in px, nearest first; and
 * in how many directions, tried from the one pointing away from the view's centre (where a fitted
 * graph leaves its room: a large graph's best connected actors sit in its crowded middle).
 */
const REACH_PX = [14, 28, 48, 72, 104, 144, 196, 256, 320, 400];
const REACH_DIRECTIONS = 32;

/**
 * A leader line from a node (centre x, y; outline at `radius`) to its name's box: from the outline
 * towards the box's centre, to the box's edge. The placement and the drawing (leaders.ts) share it.
 */
export function leaderSegment(
  node: { x: number; y: number },
  radius: number,
  box: Box,
): { from: { x: number; y: number }; to: { x: number; y: number } } {
  const dx = (box.x1 + box.x2) / 2 - node.x;
  const dy = (box.y1 + box.y2) / 2 - node.y;
  const length = Math.hypot(dx, dy) || 1;
  const from = { x: node.x + (dx / length) * radius, y: node.y + (dy / length) * radius };
  return { from, to: leaderEnd(from, box) };
}

/** Where a leader line ends at a name's box: the point of its edge on the way to its centre. */
export function leaderEnd(from: { x: number; y: number }, box: Box): { x: number; y: number } {
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const dx = from.x - cx;
  const dy = from.y - cy;
  const hw = (box.x2 - box.x1) / 2;
  const hh = (box.y2 - box.y1) / 2;
  const t = Math.min(
    dx ? hw / Math.abs(dx) : Number.POSITIVE_INFINITY,
    dy ? hh / Math.abs(dy) : Number.POSITIVE_INFINITY,
  );
  return t >= 1 ? { x: cx, y: cy } : { x: cx + dx * t, y: cy + dy * t };
}

/** Whether segments ab and cd cross. */
function crosses(
  a: { x: number; y: number },
  b: { x: number; y: number },
  c: { x: number; y: number },
  d: { x: number; y: number },
): boolean {
  const side = (p: { x: number; y: number }, q: { x: number; y: number }, r: { x: number; y: number }) =>
    Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/**
 * Boxes bucketed on a grid over the view, so that a test looks only at its neighbours (large
 * graphs). The boxes sit in flat arrays and the cells in one array indexed by column and row: at
 * 5,000 actors a pass makes some 20,000 tests, and a map of cells holding box objects was most of
 * its cost. Owners are numbers (`code`): comparing strings, and building `line:<id>` for each piece
 * of a leader and each point tested along one, made the placing 2.8 ms per zoom step at 5,000
 * actors instead of 2.3 (medians, side by side).
 */
class BoxGrid {
  private x1: number[] = [];
  private y1: number[] = [];
  private x2: number[] = [];
  private y2: number[] = [];
  private owners: number[] = [];
  private codes = new Map<string, number>();
  /** Whether the box is a piece of a leader line (see hitsLine). */
  private line: boolean[] = [];
  private cells: (number[] | undefined)[];
  private cols: number;
  private rows: number;
  private left: number;
  private top: number;
  private right: number;
  private bottom: number;
  constructor(
    view: Box,
    private size: number,
  ) {
    // Every box a pass tests lies in the view or just off it (a leader from an actor past its edge):
    // boxes further off are never met, and are not kept.
    this.left = view.x1 - 2 * size;
    this.top = view.y1 - 2 * size;
    this.cols = Math.max(1, Math.ceil((view.x2 - view.x1) / size) + 4);
    this.rows = Math.max(1, Math.ceil((view.y2 - view.y1) / size) + 4);
    this.cells = new Array(this.cols * this.rows);
    this.right = this.left + this.cols * size;
    this.bottom = this.top + this.rows * size;
  }
  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.left) / this.size)));
  }
  private row(y: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((y - this.top) / this.size)));
  }
  /** The number that stands for an owner (NOBODY: a box no test leaves out). */
  code(owner: string): number {
    let n = this.codes.get(owner);
    if (n === undefined) {
      n = this.codes.size;
      this.codes.set(owner, n);
    }
    return n;
  }
  add(box: Box, owner: number) {
    this.addAt(box.x1, box.y1, box.x2, box.y2, owner);
  }
  addAt(x1: number, y1: number, x2: number, y2: number, owner: number, line = false) {
    if (x2 < this.left || x1 > this.right || y2 < this.top || y1 > this.bottom) return;
    const i = this.owners.length;
    this.x1.push(x1);
    this.y1.push(y1);
    this.x2.push(x2);
    this.y2.push(y2);
    this.owners.push(owner);
    this.line.push(line);
    const c2 = this.col(x2);
    const r2 = this.row(y2);
    for (let r = this.row(y1); r <= r2; r++)
      for (let c = this.col(x1); c <= c2; c++) {
        const k = r * this.cols + c;
        const cell = this.cells[k];
        if (cell) cell.push(i);
        else this.cells[k] = [i];
      }
  }
  /**
   * Whether any box in the cells the box spans meets it: of anyone but `except`, or with `lines`,
   * a leader line's piece other than `except`'s.
   */
  private meets(bx1: number, by1: number, bx2: number, by2: number, except: number, lines: boolean): number {
    const c1 = this.col(bx1);
    const c2 = this.col(bx2);
    const r2 = this.row(by2);
    for (let r = this.row(by1); r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        const cell = this.cells[r * this.cols + c];
        if (!cell) continue;
        for (let n = 0; n < cell.length; n++) {
          const i = cell[n] as number;
          if (
            (this.x1[i] as number) < bx2 &&
            bx1 < (this.x2[i] as number) &&
            (this.y1[i] as number) < by2 &&
            by1 < (this.y2[i] as number) &&
            (lines ? this.line[i] : true) &&
            this.owners[i] !== except
          )
            return i;
        }
      }
    return -1;
  }
  /**
   * The box (its index) that the box at x1, y1 of this size, grown by `by`, meets first, of anyone
   * but `except`; -1 when it meets none. `first` is a box to test before the grid's cells: the
   * places a search tries one after the other are close, and most of them are stopped by the box
   * that stopped the one before.
   */
  hitter(x1: number, y1: number, x2: number, y2: number, except: number, by: number, first: number): number {
    const bx1 = x1 - by;
    const by1 = y1 - by;
    const bx2 = x2 + by;
    const by2 = y2 + by;
    if (
      first >= 0 &&
      (this.x1[first] as number) < bx2 &&
      bx1 < (this.x2[first] as number) &&
      (this.y1[first] as number) < by2 &&
      by1 < (this.y2[first] as number) &&
      this.owners[first] !== except
    )
      return first;
    return this.meets(bx1, by1, bx2, by2, except, false);
  }
  /**
   * Whether a point meets a leader line other than the one owned by `ownLine` (a leader may pass
   * behind names, which have a background; see `backed`).
   */
  hitsLine(x: number, y: number, ownLine: number): boolean {
    // A point as a box a hair wide: the line boxes it may touch are 2 px squares.
    return this.meets(x - 0.001, y - 0.001, x + 0.001, y + 0.001, ownLine, true) >= 0;
  }
}

/** The owner of a placed name's box: no test leaves it out. */
const NOBODY = -1;

/** The owner of the pieces of a candidate's leader line. */
function lineOwner(grid: BoxGrid, c: LabelCandidate): number {
  return grid.code(`line:${c.id}`);
}

/**
 * Places names in the order given (the caller sorts by priority). `view` is the canvas; `obstacles`
 * are every shown node's box (a name never covers a node but its own) and anything else to keep
 * free (a selected link's label). Returns each candidate's place, or null when it is left out.
 */
export function planLabels(
  candidates: readonly LabelCandidate[],
  view: Box,
  obstacles: readonly { box: Box; owner: string }[],
  /** Where names drawn away from their node were last time (their box's centre from the node, px). */
  before?: ReadonlyMap<string, { dx: number; dy: number }>,
): Map<string, LabelPlace | null> {
  const grid = new BoxGrid(view, 32);
  for (const o of obstacles) grid.add(o.box, grid.code(o.owner));
  const placed = new Map<string, LabelPlace | null>();
  const leaders: { from: { x: number; y: number }; to: { x: number; y: number } }[] = [];
  // Names that may go away from their node are tried there only once every one of them has been
  // tried beside its own: a leader drawn early would take the room a later name had beside its node.
  let deferred: LabelCandidate[] = [];
  const keep = (
    c: LabelCandidate,
    away: { box: Box; from: { x: number; y: number }; to: { x: number; y: number } },
  ) => {
    const { box, from, to } = away;
    grid.add(box, NOBODY);
    // The line is kept free too: later names are not drawn across it.
    const line = lineOwner(grid, c);
    const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 6);
    for (let i = 1; i < steps; i++) {
      const x = from.x + ((to.x - from.x) * i) / steps;
      const y = from.y + ((to.y - from.y) * i) / steps;
      grid.addAt(x - 1, y - 1, x + 1, y + 1, line, true);
    }
    leaders.push({ from, to });
    const dx = (box.x1 + box.x2) / 2 - c.x;
    const dy = (box.y1 + box.y2) / 2 - c.y;
    placed.set(c.id, { side: "away", dx, dy, lines: c.lines, backed: true });
  };
  const placeAway = () => {
    // Outermost first: an actor at the graph's edge has room on one side only, which leaders from
    // the middle, drawn first, would cross.
    const cx = (view.x1 + view.x2) / 2;
    const cy = (view.y1 + view.y2) / 2;
    deferred.sort((a, b) => Math.hypot(b.x - cx, b.y - cy) - Math.hypot(a.x - cx, a.y - cy));
    // Leaders that cross no other first; then, for those left, leaders that cross others squarely
    // enough to be told apart (an actor deep in a crowd has no uncrossed way out).
    const left: LabelCandidate[] = [];
    // The places the first round found free of names and nodes: the grid only fills up, so the
    // second round looks at those alone (a name with no room at all tried 640 places).
    const free = new Map<string, Uint8Array>();
    const round = (list: readonly LabelCandidate[], crossing: boolean) => {
      for (const c of list) {
        let open = free.get(c.id);
        if (!open) {
          open = new Uint8Array(REACH_PX.length * REACH_DIRECTIONS + 1);
          free.set(c.id, open);
        }
        const away = awayPlace(c, view, grid, leaders, crossing, open, before?.get(c.id));
        if (away) keep(c, away);
        else left.push(c);
      }
    };
    round(deferred, false);
    round(left.splice(0), true);
    deferred = [];
  };
  for (const c of candidates) {
    if (!c.reach && deferred.length) placeAway();
    const own = grid.code(c.id);
    let chosen: { side: Side; shift: number; lift: number; box: Box } | null = null;
    let stopper = -1;
    for (const { side, slide, lift: lines = 0 } of PLACES) {
      const shift = slide * c.width;
      // Raised or lowered by half the name's height: its edge level with the node's centre.
      const lift = (lines * c.lines.length * LINE_PX) / 2;
      const at = labelBox(c, side);
      const box = { x1: at.x1 + shift, y1: at.y1 + lift, x2: at.x2 + shift, y2: at.y2 + lift };
      const inside = box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
      if (!inside) continue;
      const hit = grid.hitter(box.x1, box.y1, box.x2, box.y2, own, PAD, stopper);
      if (hit < 0) {
        chosen = { side, shift, lift, box };
        break;
      }
      stopper = hit;
    }
    if (!chosen && c.forced) chosen = { side: "bottom", shift: 0, lift: 0, box: labelBox(c, "bottom") };
    if (chosen) {
      grid.add(chosen.box, NOBODY);
      const place: LabelPlace = { side: chosen.side, lines: c.lines };
      if (chosen.shift) place.shift = chosen.shift;
      if (chosen.lift) place.lift = chosen.lift;
      if (c.reach) place.backed = true;
      placed.set(c.id, place);
    } else {
      placed.set(c.id, null);
      if (c.reach) deferred.push(c);
    }
  }
  placeAway();
  return placed;
}

/** The directions tried around a node, outward first, then alternately either side of it (radians from outward). */
const TURNS = Array.from({ length: REACH_DIRECTIONS }, (_, k) => {
  const turn = Math.ceil(k / 2) * (k % 2 ? 1 : -1);
  const angle = (turn * 2 * Math.PI) / REACH_DIRECTIONS;
  return { cos: Math.cos(angle), sin: Math.sin(angle) };
});

/**
 * A free place for a name away from its node (REACH_PX, REACH_DIRECTIONS), whose leader line crosses
 * no name and no other leader; null when there is none. `open` marks the places (index: reach ×
 * directions + direction; the last, where it was before) found free of boxes in the first round,
 * which sets it; the second (`crossing`) looks at those only.
 */
function awayPlace(
  c: LabelCandidate,
  view: Box,
  grid: BoxGrid,
  leaders: readonly { from: { x: number; y: number }; to: { x: number; y: number } }[],
  crossing: boolean,
  open: Uint8Array,
  before?: { dx: number; dy: number },
): { box: Box; from: { x: number; y: number }; to: { x: number; y: number } } | null {
  const height = c.lines.length * LINE_PX;
  const outward = Math.atan2(c.y - (view.y1 + view.y2) / 2, c.x - (view.x1 + view.x2) / 2);
  const oc = Math.cos(outward);
  const os = Math.sin(outward);
  const radius = Math.max(c.w, c.h) / 2;
  const own = grid.code(c.id);
  const line = lineOwner(grid, c);
  // The box that stopped the last place tried: tested first (BoxGrid.hitter).
  let stopper = -1;
  const boxFree = (x1: number, y1: number) => {
    if (x1 < view.x1 || x1 + c.width > view.x2 || y1 < view.y1 || y1 + height > view.y2) return false;
    const hit = grid.hitter(x1, y1, x1 + c.width, y1 + height, own, PAD, stopper);
    if (hit < 0) return true;
    stopper = hit;
    return false;
  };
  const fits = (x1: number, y1: number, spot: number) => {
    // A place taken in the first round stays taken: the grid only fills up.
    if ((crossing && !open[spot]) || !boxFree(x1, y1)) return null;
    open[spot] = 1;
    const box = { x1, y1, x2: x1 + c.width, y2: y1 + height };
    const { from, to } = leaderSegment(c, radius, box);
    if (crossing) {
      if (leaders.some((l) => (crosses(from, to, l.from, l.to) ? !square(from, to, l) : near(from, to, l))))
        return null;
    } else {
      if (leaders.some((l) => crosses(from, to, l.from, l.to))) return null;
      if (lineHits(grid, from, to, line)) return null;
    }
    return { box, from, to };
  };
  // Where the name was in the last pass, if it is still free: a zoom step or a pan leaves most
  // names where they were (they do not jump about), and the search below is the pass' dearest part.
  if (before) {
    const kept = fits(c.x + before.dx - c.width / 2, c.y + before.dy - height / 2, open.length - 1);
    if (kept) return kept;
  }
  for (let r = 0; r < REACH_PX.length; r++) {
    const reach = REACH_PX[r] as number;
    for (let k = 0; k < REACH_DIRECTIONS; k++) {
      const t = TURNS[k] as { cos: number; sin: number };
      // The direction: outward turned by t.
      const ux = oc * t.cos - os * t.sin;
      const uy = os * t.cos + oc * t.sin;
      const ax = c.x + ux * (radius + reach);
      const ay = c.y + uy * (radius + reach);
      // The box lies beyond the line's end: its near edge or corner at (ax, ay).
      const x1 = ux > 0.38 ? ax : ux < -0.38 ? ax - c.width : ax - c.width / 2;
      const y1 = uy > 0.38 ? ay : uy < -0.38 ? ay - height : ay - height / 2;
      const found = fits(x1, y1, r * REACH_DIRECTIONS + k);
      if (found) return found;
    }
  }
  return null;
}

type Point = { x: number; y: number };

/** Whether segment ab crosses leader l at 40° or more (a crossing the eye follows through). */
function square(a: Point, b: Point, l: { from: Point; to: Point }): boolean {
  const u = { x: b.x - a.x, y: b.y - a.y };
  const v = { x: l.to.x - l.from.x, y: l.to.y - l.from.y };
  const cos = Math.abs(u.x * v.x + u.y * v.y) / (Math.hypot(u.x, u.y) * Math.hypot(v.x, v.y) || 1);
  return cos <= Math.cos((40 * Math.PI) / 180);
}

/** Whether segment ab, not crossing leader l, runs within 3 px of it. */
function near(a: Point, b: Point, l: { from: Point; to: Point }): boolean {
  const toSegment = (p: Point, s: Point, e: Point) => {
    const dx = e.x - s.x;
    const dy = e.y - s.y;
    const t = Math.max(0, Math.min(1, ((p.x - s.x) * dx + (p.y - s.y) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(p.x - (s.x + t * dx), p.y - (s.y + t * dy));
  };
  return (
    Math.min(
      toSegment(a, l.from, l.to),
      toSegment(b, l.from, l.to),
      toSegment(l.from, a, b),
      toSegment(l.to, a, b),
    ) < 3
  );
}

/** Whether the segment from-to runs along or across another leader than `ownLine`'s placed in `grid`. */
function lineHits(
  grid: BoxGrid,
  from: { x: number; y: number },
  to: { x: number; y: number },
  ownLine: number,
): boolean {
  const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 4);
  for (let i = 1; i < steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    if (grid.hitsLine(x, y, ownLine)) return true;
  }
  return false;
}

// ---- On the live canvas ----

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = "";
const widths = new Map<string, number>();

/** The drawn width of a name in px, measured as cytoscape draws it (cached). */
export const canvasMeasure: Measure = (text, italic) => {
  const key = `${italic ? "i" : "n"}${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (context === undefined) context = document.createElement("canvas").getContext("2d");
  let width = text.length * LABEL_PX * 0.6;
  if (context) {
    // Setting a font parses it again: most of the first pass' measuring was that (scene.ts too).
    const font = `${italic ? "italic " : ""}600 ${LABEL_PX}px ${FONT_FAMILY}`;
    if (font !== contextFont) {
      context.font = font;
      contextFont = font;
    }
    width = context.measureText(text).width;
  }
  widths.set(key, width);
  return width;
};

const STATE = "throughline.labels";
interface Applied {
  zoom: number;
  /** Each name drawn, by node id. */
  names: Map<string, Drawn>;
}

interface Drawn {
  /** The whole place (placeKey): its shape, then its offsets. */
  key: string;
  /** What the name looks like beside its node, whatever its offsets: side, background, lines. */
  shape: string;
  /** Whether it has a background of its own (see `backed`). */
  backed: boolean;
  /** The zoom at which its wrapping width was set (see WRAP_BAND). */
  wrapAt: number;
}

function shapeKey(place: LabelPlace): string {
  return `${place.side}|${place.backed ? 1 : 0}|${place.lines.join("\n")}`;
}

function placeKey(place: LabelPlace | null, shape: string): string {
  return place ? `${shape}|${place.shift ?? 0}|${place.lift ?? 0}|${place.dx ?? 0}|${place.dy ?? 0}` : "";
}

/**
 * The style bypass that draws a name at LABEL_PX on screen on `side`, in three parts: what follows
 * from the name's shape (side, lines, background), what scales with the zoom (the font size, the
 * background's padding), and its margins (0, or a length on screen that scales too). A zoom step
 * that leaves a name where it was sets the scaled part and the margins that are not 0; a name that
 * keeps its shape but moves (a leader's name, a name slid along its side) sets its margins too:
 * restyling every named node with twelve properties at every step was a third of a pass at 5,000
 * actors.
 */
function labelStyle(
  place: LabelPlace,
  zoom: number,
  backgrounds: boolean,
): {
  fixed: Record<string, string | number>;
  scaled: Record<string, string | number>;
  margins: Record<string, number>;
} {
  // Margins in px on screen, along x and y.
  const shift = place.shift ?? 0;
  const lift = place.lift ?? 0;
  const [valign, halign, marginX, marginY] = ((): [string, string, number, number] => {
    switch (place.side) {
      case "bottom":
        return ["bottom", "center", shift, GAP + lift];
      case "top":
        return ["top", "center", shift, -GAP + lift];
      case "right":
        return ["center", "right", GAP, lift];
      case "left":
        return ["center", "left", -GAP, lift];
      case "away":
        return ["center", "center", place.dx ?? 0, place.dy ?? 0];
      default: {
        // Corners: cytoscape puts the label's near corner on the node's bounding-box corner.
        const [v, hz] = place.side.split("-") as ["top" | "bottom", "left" | "right"];
        return [v, hz, 0, 0];
      }
    }
  })();
  const fixed: Record<string, string | number> = {
    label: place.lines.join("\n"),
    "text-wrap": "wrap",
    "min-zoomed-font-size": 0,
    "line-height": 1,
    "text-valign": valign,
    "text-halign": halign,
  };
  // The padding of a name's background (the stylesheet's, or a leader's name's) stays 1 px too; a
  // name drawn without one (a large graph's stylesheet has none) is not restyled for it.
  const scaled: Record<string, string | number> = { "font-size": LABEL_PX / zoom };
  if (backgrounds || place.backed) scaled["text-background-padding"] = `${1 / zoom}px`;
  const margins = { "text-margin-x": marginX / zoom, "text-margin-y": marginY / zoom };
  if (place.backed) fixed["text-background-opacity"] = 0.75;
  return { fixed, scaled, margins };
}

/** The margins that change with the zoom: those that are not 0. */
function scalingMargins(margins: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(margins)) if (value) out[name] = value;
  return out;
}

/**
 * The class every node of the canvas carries: no name drawn (cytoscape ignores an empty label as a
 * bypass). A name placed is a bypass, which outranks it; the class is never taken off, because
 * cytoscape restyles a node whose classes change from scratch: that was a third of the work between
 * the elements and the first frame (docs/performance.md).
 */
export const UNLABELLED = "is-unlabelled";

/**
 * A name that loses its place: its bypass goes, and the class (always there) leaves it unnamed. A
 * bypass outranks every stylesheet rule, so the class alone left the old name drawn at the size it
 * had for the old zoom (7 px after a refit).
 */
function unlabel(node: cytoscape.CollectionReturnValue): void {
  // The name and its background go; the rest of the bypass draws nothing without a name, and is
  // set again with the next (removing twelve properties from every name that lost its place was
  // a twentieth of a zoom step at 5,000 actors).
  node.removeStyle(UNLABEL_PROPS);
  if (!node.hasClass(UNLABELLED)) node.addClass(UNLABELLED);
}

/**
 * Applies a plan: nodes whose place or the zoom changed get their bypass, the others are left
 * alone (at 5,000 entities most keep "no name" from one step to the next). Nodes the plan does not
 * mention (hidden, or far off screen) draw no name.
 */
export function applyLabels(
  cy: cytoscape.Core,
  plan: Map<string, LabelPlace | null>,
  /** Whether the stylesheet draws names on a background (false: only names with `backed` have one). */
  backgrounds = true,
): void {
  withNameTriggers(cy, (restyle) => applyPlan(cy, plan, backgrounds, restyle));
}

function applyPlan(
  cy: cytoscape.Core,
  plan: Map<string, LabelPlace | null>,
  backgrounds: boolean,
  restyle: Restyle,
): void {
  const zoom = cy.zoom();
  const stored = recall<Applied>(cy, STATE);
  const prev: Applied = stored ?? { zoom: Number.NaN, names: new Map() };
  // Only the names drawn are kept: a map of every node, rebuilt at every step, was a tenth of a
  // pass at 5,000 actors.
  const names = new Map<string, Drawn>();
  cy.batch(() => {
    if (!stored) {
      // The first time, every node starts without a name; the plan gives names back. Only those
      // without the class get it: cytoscape restyles every node addClass is given, even one that
      // has the class already, and the canvas' nodes start with it (one styling saved before the
      // first frame for each actor left unnamed).
      cy.nodes()
        .filter((node) => !node.hasClass(UNLABELLED))
        .addClass(UNLABELLED);
    }
    for (const [id, place] of plan) {
      const shape = place ? shapeKey(place) : "";
      const key = placeKey(place, shape);
      const before = prev.names.get(id);
      const was = before?.key ?? "";
      if (was === key && (key === "" || prev.zoom === zoom)) {
        if (before) names.set(id, before);
        continue;
      }
      const node = cy.getElementById(id);
      if (place) {
        const style = labelStyle(place, zoom, backgrounds);
        const sameShape = before?.shape === shape;
        // The same shape at another zoom: only the sizes change, and the width cytoscape wraps at
        // only once the zoom has left its band (see WRAP_BAND).
        const ratio = before ? zoom / before.wrapAt : Number.NaN;
        const keepWidth = sameShape && ratio > WRAP_BAND[0] && ratio < WRAP_BAND[1];
        if (!keepWidth) style.scaled["text-max-width"] = `${(LABEL_WIDTH_PX * 4) / zoom}px`;
        names.set(id, {
          key,
          shape,
          backed: place.backed === true,
          wrapAt: keepWidth && before ? before.wrapAt : zoom,
        });
        if (was === key) restyle(node, { ...style.scaled, ...scalingMargins(style.margins) });
        else if (sameShape) restyle(node, { ...style.scaled, ...style.margins });
        else restyle(node, { ...style.fixed, ...style.scaled, ...style.margins });
        // A name that had a background and no longer has one (see `backed`) drops the bypass.
        if (!place.backed && before?.backed) node.removeStyle("text-background-opacity");
        // A node added since (the editor) gets the class it lacks, for when its name goes again.
        if (!was && !node.hasClass(UNLABELLED)) node.addClass(UNLABELLED);
      } else unlabel(node);
    }
    for (const id of prev.names.keys()) {
      if (!plan.has(id)) unlabel(cy.getElementById(id));
    }
  });
  remember(cy, STATE, { zoom, names });
}

/** The properties of a drawn name (its text, font, placement and background). */
const NAME_PROPERTY = /^(label$|text-|font-|min-zoomed-font-size$|line-height$)/;

/** What applyLabels uses of cytoscape's style object (its own methods, not a public API). */
interface StyleTriggers {
  checkTriggers?: (ele: unknown, name: string, from: unknown, to: unknown) => void;
  checkZOrderTrigger?: (ele: unknown, name: string, from: unknown, to: unknown) => void;
  applyBypass?: (eles: unknown, props: Record<string, string | number>, transitions: boolean) => boolean;
}

/** What cytoscape's bounds trigger calls on a collection (its own methods, not a public API). */
interface BoundsCaches {
  dirtyCompoundBoundsCache: () => unknown;
  dirtyBoundingBoxCache: () => unknown;
}

/** Sets a style bypass on one node (see withNameTriggers). */
type Restyle = (node: cytoscape.CollectionReturnValue, props: Record<string, string | number>) => void;

/**
 * Runs `apply` with cytoscape's style triggers narrowed for the properties of a name. For every
 * property set on a node, cytoscape forgets the cached visibility of each of the node's links
 * (`dirtyStyleCache`: a link is visible when its ends are), building the collection of its links
 * each time; a name changes no one's visibility, and at the best-connected actors (hundreds of
 * links at 5,000 actors) that was most of restyling a kept name. The node's own cache and the
 * drawing order are still marked as cytoscape would. Its bounding box is forgotten once per node,
 * after the pass, not once per property, and `restyle` sends no "style" event: cytoscape sends a
 * "bounds" event each time it forgets a box, and those events with the "style" one of each
 * `node.style()` were 10-20 % of restyling 50 names at a zoom step at 5,000 actors. The renderer
 * learns of each node from the one "bounds" event left (it marks more of the node as changed than
 * "style" did). Any other property, or a cytoscape without these methods, goes the usual way.
 */
function withNameTriggers(cy: cytoscape.Core, apply: (restyle: Restyle) => void): void {
  const style = cy.style() as unknown as StyleTriggers;
  const usual = style.checkTriggers;
  const { checkZOrderTrigger, applyBypass } = style;
  const bounds = cy.collection() as unknown as Partial<BoundsCaches>;
  if (
    !usual ||
    !checkZOrderTrigger ||
    !applyBypass ||
    !bounds.dirtyCompoundBoundsCache ||
    !bounds.dirtyBoundingBoxCache ||
    Object.hasOwn(style, "checkTriggers")
  ) {
    apply((node, props) => node.style(props));
    return;
  }
  const changed = new Set<cytoscape.NodeSingular>();
  style.checkTriggers = function (this: StyleTriggers, ele, name, from, to) {
    if (!NAME_PROPERTY.test(name)) return usual.call(this, ele, name, from, to);
    (ele as { _private: { styleCache: unknown } })._private.styleCache = null;
    checkZOrderTrigger.call(this, ele, name, from, to);
    changed.add(ele as cytoscape.NodeSingular);
  };
  try {
    apply((node, props) => {
      applyBypass.call(style, node, props, false);
    });
  } finally {
    delete style.checkTriggers;
  }
  if (changed.size === 0) return;
  // As cytoscape's bounds trigger does, for each node once.
  const nodes = cy.collection([
    ...changed,
  ] as unknown as cytoscape.CollectionArgument) as unknown as BoundsCaches;
  cy.batch(() => {
    nodes.dirtyCompoundBoundsCache();
    nodes.dirtyBoundingBoxCache();
  });
}

/**
 * The names are wrapped here (wrapLabel); cytoscape is never to wrap them again, so the width it
 * wraps at is set to four lines' width for the zoom, and set again only once the zoom has changed
 * by more than these factors since (the name's lines, at most LABEL_WIDTH_PX on screen, stay within
 * it). A fixed, very large width slowed cytoscape's drawing of every name by half.
 */
const WRAP_BAND = [0.5, 3] as const;

/** What a name that loses its place gives up (see unlabel). */
const UNLABEL_PROPS = "label text-background-opacity";

/** The event that asks useLabels for a new pass. */
export const RELABEL = "throughline:relabel";

/** Forgets what was applied (a new element set). */
export function resetLabels(cy: cytoscape.Core): void {
  forgetNodeSizes();
  wraps = new WeakMap();
  forget(cy, STATE);
  forget(cy, EDGE_STATE);
  forget(cy, LEADERS_KEY);
  forget(cy, LEADERS_VIEW_KEY);
}

/** Where sync.ts keeps the selected element's id (null: nothing selected). */
export const SELECTION_KEY = "throughline.selection";
/** Where sync.ts keeps the ids of the entities on the shown paths (`is-path`). */
export const PATH_KEY = "throughline.pathEntities";
/** Where sync.ts keeps the hovered entity's id (`is-hovered`; null: none). */
export const HOVER_KEY = "throughline.hovered";

/**
 * The selected link, if the selection is one. Read from what sync.ts remembers: a class query
 * over 8,750 links, three per pass, cost more than the rest of the name placement.
 */
function selectedEdges(cy: cytoscape.Core): cytoscape.EdgeCollection {
  const id = recall<string | null>(cy, SELECTION_KEY);
  if (id === undefined) return cy.edges(".is-selected");
  const element = id ? cy.getElementById(id) : null;
  return element?.isEdge() && element.hasClass("is-selected") ? element : cy.collection();
}

let sizes = new WeakMap<cytoscape.NodeSingular, { w: number; h: number }>();

/**
 * A node's outer size in model units, kept for the element set (resetLabels forgets them): it
 * follows the node's degree, and only a selected node (forced, measured live) has a wider border.
 * Asking cytoscape for 5,000 sizes was half the cost of a pass.
 */
/** Forgets the kept sizes (a new element set, or an edit that changed degrees). */
export function forgetNodeSizes(): void {
  sizes = new WeakMap();
}

function modelSize(node: cytoscape.NodeSingular): { w: number; h: number } {
  const known = sizes.get(node);
  if (known) return known;
  const size = { w: node.outerWidth(), h: node.outerHeight() };
  sizes.set(node, size);
  return size;
}

const CONTROLS_KEY = "throughline.controls";

/**
 * The box the zoom buttons cover on the canvas, in px, measured once per canvas size: reading the
 * page's layout in every pass would force it in the frame being drawn. A strip over the whole right
 * edge cost the names there: on a phone, the actor at the right of a filtered view had no room.
 */
function controlsBox(cy: cytoscape.Core): Box {
  const w = cy.width();
  const h = cy.height();
  const key = `${w}×${h}`;
  const known = recall<{ key: string; box: Box }>(cy, CONTROLS_KEY);
  if (known?.key === key) return known.box;
  const container = cy.container();
  const controls = container?.parentElement?.querySelector(".graph-controls");
  const r = controls?.getBoundingClientRect();
  // Not there yet (the first pass runs before the buttons mount): where they will be, not kept.
  if (!container || !r || r.width === 0) return { x1: w - CONTROLS_PX, y1: 0, x2: w, y2: CONTROLS_HEIGHT_PX };
  const at = container.getBoundingClientRect();
  const box = {
    x1: r.left - at.left - GAP,
    y1: r.top - at.top - GAP,
    x2: r.right - at.left + GAP,
    y2: r.bottom - at.top + GAP,
  };
  remember(cy, CONTROLS_KEY, { key, box });
  return box;
}

let wraps = new WeakMap<Measure, Map<string, { lines: string[]; width: number }>>();

/**
 * A name's lines and width, kept for the element set: the same 400 names were wrapped again at
 * every zoom step.
 */
function wrapped(
  text: string,
  italic: boolean,
  forced: boolean,
  measure: Measure,
): { lines: string[]; width: number } {
  let known = wraps.get(measure);
  if (!known) {
    known = new Map();
    wraps.set(measure, known);
  }
  const key = `${italic ? 1 : 0}${forced ? 1 : 0}${text}`;
  let found = known.get(key);
  if (!found) {
    const lines = wrapLabel(text, (t) => measure(t, italic), LABEL_WIDTH_PX, forced ? 24 : LABEL_LINES);
    found = { lines, width: Math.max(...lines.map((l) => measure(l, italic))) };
    known.set(key, found);
  }
  return found;
}

/**
 * The ids of the nodes whose name is forced: the reader is pointing at it, chose it (or a link
 * from it), or follows a path through it. Read from what sync.ts remembers beside the classes: at
 * 5,000 actors, testing three classes on every node for the few forced ones was a sixth of a pass.
 */
function forcedIds(cy: cytoscape.Core, selectedEdgeEnds: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>(selectedEdgeEnds);
  for (const id of recall<ReadonlySet<string>>(cy, PATH_KEY) ?? []) ids.add(id);
  for (const key of [HOVER_KEY, SELECTION_KEY]) {
    const id = recall<string | null>(cy, key);
    if (id) ids.add(id);
  }
  return ids;
}

/**
 * The nodes in the order their names are placed (by degree, sorted once per element set), with
 * their model boxes kept in one array ([x, y, w, h] per node) until a node moves (`moved`): at
 * 5,000 actors zoomed in, asking cytoscape where every node is, to find the few in view, was a
 * fifth of a pass.
 */
export class NodeOrder {
  private kept: Float64Array | null = null;
  constructor(readonly nodes: readonly cytoscape.NodeSingular[]) {}
  /** A node moved (a layout, a drag, the editor): the boxes are read again at the next pass. */
  moved(): void {
    this.kept = null;
  }
  boxes(): Float64Array {
    if (!this.kept) {
      const boxes = new Float64Array(this.nodes.length * 4);
      this.nodes.forEach((node, i) => {
        const p = node.position();
        const size = modelSize(node);
        boxes[4 * i] = p.x;
        boxes[4 * i + 1] = p.y;
        boxes[4 * i + 2] = size.w;
        boxes[4 * i + 3] = size.h;
      });
      this.kept = boxes;
    }
    return this.kept;
  }
}

/**
 * One pass on the live canvas: every shown node in priority order (forced, then highlighted, then
 * by degree; dimmed and muted ones last), its name wrapped (whole when forced), placed, applied.
 * `order` is the node list sorted once per element set, with the nodes' kept boxes.
 */
export function placeLabels(cy: cytoscape.Core, order: NodeOrder, measure = canvasMeasure) {
  if (cy.destroyed()) return;
  const byDegree = order.nodes;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const view: Box = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  const margin = 60;
  const selectedEdgeEnds = new Set<string>();
  const selected = selectedEdges(cy);
  selected.forEach((e) => {
    selectedEdgeEnds.add(e.source().id()).add(e.target().id());
  });
  const forcedOnes = forcedIds(cy, selectedEdgeEnds);
  // The zoom buttons sit over the canvas' top right corner: names stay clear of them.
  const obstacles: { box: Box; owner: string }[] = [{ box: controlsBox(cy), owner: "controls" }];
  const large = byDegree.length > LARGE_GRAPH_NODES;
  const tiers: LabelCandidate[][] = [[], [], [], [], []];
  let examined = 0;
  let ranked = 0;
  const off = (x: number, y: number, w: number, h: number, by: number) =>
    x + w < view.x1 - by || x - w > view.x2 + by || y + h < view.y1 - by || y - h > view.y2 + by;
  // `x`, `y`: the node's centre on screen; `mw`, `mh`: its model size (modelSize), in px.
  const consider = (node: cytoscape.NodeSingular, x: number, y: number, mw: number, mh: number): void => {
    // Far off screen, first: zoomed in, most of 5,000 actors are, and the class tests below were
    // most of the loop. (A selected node's outline is wider by its border: hence the slack.)
    if (off(x, y, mw, mh, margin + 24)) return;
    if (node.hasClass("is-hidden") || node.hasClass("is-untold")) return;
    const forced = forcedOnes.has(node.id());
    const w = forced ? node.outerWidth() * zoom : mw;
    const h = forced ? node.outerHeight() * zoom : mh;
    if (off(x, y, w, h, margin)) return;
    if (!(large && w < DOT_PX && h < DOT_PX))
      obstacles.push({
        box: { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 },
        owner: node.id(),
      });
    if (!forced && examined >= MAX_CANDIDATES) return;
    examined += 1;
    const italic = node.data("unnamed") === 1;
    const text = String((forced ? node.data("name") : null) ?? node.data("label") ?? "");
    if (!text) return;
    const { lines, width } = wrapped(text, italic, forced, measure);
    const faded = node.hasClass("is-dimmed") || node.hasClass("is-muted");
    // The best connected shown actors (TOP_NAMES) come right after what the reader asked about.
    const tier = forced
      ? 0
      : !faded && ranked < (large ? TOP_NAMES_LARGE : TOP_NAMES)
        ? 1
        : node.hasClass("is-highlighted")
          ? 2
          : faded
            ? 4
            : 3;
    if (!faded) ranked += 1;
    // In a large graph the best connected sit in its crowded middle: their names may go away from
    // them, with a leader line (issue 13: the 50 best connected named at the fitted view).
    tiers[tier]?.push({ id: node.id(), x, y, w, h, lines, width, forced, reach: large && tier === 1 });
  };
  let tail = -1;
  const boxes = order.boxes();
  for (let i = 0; i < byDegree.length; i++) {
    const w = (boxes[4 * i + 2] as number) * zoom;
    const h = (boxes[4 * i + 3] as number) * zoom;
    // Sorted by degree, so by size: once the candidates are examined and the actors are dots, none
    // of the rest is an obstacle or a candidate (at 5,000 actors fitted, most of the pass).
    if (large && examined >= MAX_CANDIDATES && w < DOT_PX && h < DOT_PX) {
      tail = i;
      break;
    }
    const x = (boxes[4 * i] as number) * zoom + pan.x;
    const y = (boxes[4 * i + 1] as number) * zoom + pan.y;
    consider(byDegree[i] as cytoscape.NodeSingular, x, y, w, h);
  }
  // What the reader points at or chose among the rest is named all the same.
  if (tail >= 0 && forcedOnes.size > 0) {
    const rest = new Set(forcedOnes);
    for (let i = 0; i < tail; i++) rest.delete((byDegree[i] as cytoscape.NodeSingular).id());
    for (const id of rest) {
      const node = cy.getElementById(id);
      if (!node.isNode() || node.removed()) continue;
      const p = node.position();
      const size = modelSize(node);
      consider(node, p.x * zoom + pan.x, p.y * zoom + pan.y, size.w * zoom, size.h * zoom);
    }
  }
  // A selected link's name is drawn too: keep it free.
  applyEdgeLabels(cy, selected);
  selected.forEach((edge) => {
    const bb = edge.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (Number.isFinite(bb.w) && bb.w > 0) obstacles.push({ box: bb, owner: edge.id() });
  });
  // The last pass' leaders are kept only across a small move (a zoom step, a pan) of the same
  // canvas: after a fit or a resize, the greedy search from scratch names more.
  const last = recall<{ zoom: number; w: number; h: number }>(cy, LEADERS_VIEW_KEY);
  const near =
    last && last.w === view.x2 && last.h === view.y2 && zoom / last.zoom > 0.8 && zoom / last.zoom < 1.25;
  const before = near
    ? new Map((recall<Leader[]>(cy, LEADERS_KEY) ?? []).map((l) => [l.id, { dx: l.dx, dy: l.dy }]))
    : undefined;
  const plan = planLabels(tiers.flat(), view, obstacles, before);
  // A large graph's stylesheet draws names without a background (stylesheet.ts).
  applyLabels(cy, plan, !large);
  const leaders: Leader[] = [];
  for (const [id, place] of plan) {
    if (place?.side !== "away") continue;
    const width = Math.max(
      ...place.lines.map((l) => measure(l, cy.getElementById(id).data("unnamed") === 1)),
    );
    leaders.push({ id, dx: place.dx ?? 0, dy: place.dy ?? 0, width, height: place.lines.length * LINE_PX });
  }
  remember(cy, LEADERS_KEY, leaders);
  remember(cy, LEADERS_VIEW_KEY, { zoom, w: view.x2, h: view.y2 });
}

/** A name drawn away from its node: its box's centre from the node's centre and its size, in px. */
export interface Leader {
  id: string;
  dx: number;
  dy: number;
  width: number;
  height: number;
}

/** Where the last pass keeps its leaders, for the overlay that draws their lines (leaders.ts). */
export const LEADERS_KEY = "throughline.leaders";
const LEADERS_VIEW_KEY = "throughline.leadersView";

const EDGE_STATE = "throughline.edgeLabels";

/** A selected link's name, like an actor's, is drawn at LABEL_PX on screen; others keep the stylesheet's. */
export function applyEdgeLabels(cy: cytoscape.Core, selectedLinks = selectedEdges(cy)): void {
  const zoom = cy.zoom();
  const prev = recall<{ zoom: number; ids: Set<string> }>(cy, EDGE_STATE) ?? {
    zoom: Number.NaN,
    ids: new Set<string>(),
  };
  const selected = selectedLinks.not(".is-hidden");
  const ids = new Set(selected.map((e) => e.id()));
  cy.batch(() => {
    for (const id of prev.ids) {
      if (!ids.has(id)) cy.getElementById(id).removeStyle("font-size min-zoomed-font-size text-max-width");
    }
    selected.forEach((edge) => {
      if (prev.ids.has(edge.id()) && prev.zoom === zoom) return;
      edge.style({
        "font-size": LABEL_PX / zoom,
        "min-zoomed-font-size": 0,
        "text-max-width": `${(LABEL_WIDTH_PX * 2) / zoom}px`,
      });
    });
  });
  remember(cy, EDGE_STATE, { zoom, ids });
}

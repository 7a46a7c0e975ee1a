// The graph as an exported image draws it: one display list (shapes, lines, labels, footnote
// numbers, all positioned in CSS px at 1×) that the Canvas 2D writer (PNG, JPG, the dialog's
// preview) and the SVG writer both draw, so every format carries the same elements and words.
//
// The live canvas is made for zooming: at the size of an image its labels pile up. So the picture
// keeps the canvas' look (a headless cytoscape computes each element's style from the same
// stylesheet and classes) but places things itself:
//   - a subset (a path, a selection, a focus, the filtered set) is laid out afresh, compactly and
//     the same way every time; the whole graph and the current view keep the canvas' positions;
//   - then nodes are pushed apart until no actor's shape or name overlaps another's;
//   - every actor's name is drawn, at 11 px or more; link labels and footnote numbers go where they
//     touch nothing, along their link, and the positions spread further when some do not fit.
import cytoscape from "cytoscape";
import type { AttributionKind } from "../../domain/attribution";
import { seededRandom } from "../../lib/random";
import { dashArray } from "../../visuals/shapes";
import { THEMES, type ThemeName } from "../../visuals/tokens";
import {
  ATTRIBUTION_VISUALS,
  type MarkShape,
  type NodeShape,
  STATUS_VISUALS,
} from "../../visuals/vocabulary";
import { drawnStatus } from "../asOf";
import { loadForceLayout } from "../layoutRunner";
import { stylesheetFor } from "../stylesheet";
import { type Font, type Measure, wrapText } from "./frame";

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PictureLabel {
  /** One entry per line; each is drawn as its own text. */
  lines: string[];
  /**
   * Each line's measured width: the SVG writer fits its text to it (textLength), so that a viewer
   * whose fonts run wider than the browser's canvas still draws no label over another.
   */
  lineWidths: number[];
  font: Font;
  color: string;
  /** Centre of the label and its rotation (radians), for link labels; node labels are level. */
  x: number;
  y: number;
  angle: number;
  lineHeight: number;
  width: number;
  background: { color: string; opacity: number } | null;
  /**
   * Axis-aligned bounds, rotation included (the picture's extent). What must touch no other label
   * or shape is the turned rectangle itself: labelRect(label).
   */
  box: Box;
}

export interface PictureNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  shape: NodeShape;
  fill: string;
  border: { width: number; color: string; dash: number[] } | null;
  underlay: { color: string; opacity: number; padding: number } | null;
  opacity: number;
  label: PictureLabel | null;
}

export interface PictureEdge {
  id: string;
  /** Start, optional quadratic control point, end (at the border of each end's shape). */
  from: { x: number; y: number };
  control: { x: number; y: number } | null;
  to: { x: number; y: number };
  width: number;
  color: string;
  dash: number[];
  arrow: [number, number][] | null;
  mark: { shape: MarkShape; x: number; y: number; size: number; fill: string; stroke: number } | null;
  underlay: { color: string; opacity: number; padding: number } | null;
  opacity: number;
  label: PictureLabel | null;
  badge: {
    number: number;
    x: number;
    y: number;
    radius: number;
    font: Font;
    fill: string;
    ink: string;
  } | null;
}

export interface Picture {
  width: number;
  height: number;
  nodes: PictureNode[];
  edges: PictureEdge[];
  /** Link labels left out because no place along their link touched nothing else. */
  droppedLabels: number;
  /** How far the positions were spread (1: as laid out) to make room. */
  spread: number;
}

export type PictureLayout =
  | { kind: "keep" }
  | { kind: "columns"; from: string }
  | { kind: "rings"; centre: string }
  | { kind: "force" };

export interface PictureInput {
  /** Elements as the canvas has them (data, classes, position); only what the image shows. */
  elements: cytoscape.ElementDefinition[];
  layout: PictureLayout;
  theme: ThemeName;
  /** Footnote numbers by relation id (empty: no numbers). */
  numbers: ReadonlyMap<string, number>;
  measure: Measure;
}

/** The smallest actor name an image carries, in CSS px at 1×. */
export const MIN_NAME_PX = 11;
const LINK_LABEL_PX = 10;
/** Link labels wrap at this width (the canvas draws them on one line; an image has less room). */
const LINK_LABEL_WIDTH = 150;
/** Narrower wraps tried in turn where the widest finds no room (a short link holds a narrow label). */
const LINK_LABEL_WRAPS = [LINK_LABEL_WIDTH, 100, 70];
const NAME_GAP = 8;
const PADDING = 16;
/** Small pictures spread until every link label fits; large ones stay compact and drop a few. */
const maxSpreads = (nodes: number) => (nodes <= 50 ? 6 : nodes <= LARGE_PICTURE ? 3 : 0);
/**
 * Above this many actors, making room costs seconds on the main thread (measured: 1k actors took
 * 5 s from the dialog's click to the file): fewer separation rounds, no spreading for link labels,
 * and fewer places tried for each. Spreading for actors still overlapping stays, bounded.
 */
const LARGE_PICTURE = 500;
const SPREAD_STEP = 1.25;
/** How much closer together a picture of the canvas' own positions starts (see buildPicture). */
const CANVAS_COMPACT = 0.4;

/** Classes that describe the live canvas' zoom or story state, not what the picture shows. */
const SCREEN_CLASSES = new Set(["is-far", "is-hidden", "is-untold", "is-untold-faint"]);

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const grow = (b: Box, by: number): Box => ({ x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by });

/**
 * A rectangle turned by `angle` (radians) about its centre: a link label lies along its link, and
 * its axis-aligned bounds would claim room that it does not cover (a 150 px label at 45° would
 * block a 110 px square), so overlaps are tested on the rectangles themselves.
 */
export interface Rect {
  x: number;
  y: number;
  /** Half the width and half the height, before turning. */
  hw: number;
  hh: number;
  angle: number;
}

const rectOf = (b: Box): Rect => ({
  x: (b.x1 + b.x2) / 2,
  y: (b.y1 + b.y2) / 2,
  hw: (b.x2 - b.x1) / 2,
  hh: (b.y2 - b.y1) / 2,
  angle: 0,
});

/** Axis-aligned bounds of a turned rectangle. */
export function rectBounds(r: Rect): Box {
  const c = Math.abs(Math.cos(r.angle));
  const s = Math.abs(Math.sin(r.angle));
  const hw = r.hw * c + r.hh * s;
  const hh = r.hw * s + r.hh * c;
  return { x1: r.x - hw, y1: r.y - hh, x2: r.x + hw, y2: r.y + hh };
}

/** A rectangle with its angle's cosine and sine worked out once (overlap tests run thousands of times). */
interface Turned extends Rect {
  c: number;
  s: number;
}

const turned = (r: Rect): Turned => ({
  x: r.x,
  y: r.y,
  hw: r.hw,
  hh: r.hh,
  angle: r.angle,
  c: Math.cos(r.angle),
  s: Math.sin(r.angle),
});

/** Whether the projections of `a` and `b` on the axis (ux, uy) are apart (by at least -slack). */
function apartOn(a: Turned, b: Turned, ux: number, uy: number, slack: number): boolean {
  const reach = (q: Turned) => q.hw * Math.abs(q.c * ux + q.s * uy) + q.hh * Math.abs(q.c * uy - q.s * ux);
  return Math.abs((b.x - a.x) * ux + (b.y - a.y) * uy) >= reach(a) + reach(b) - slack;
}

function turnedOverlap(a: Turned, b: Turned, slack: number): boolean {
  return !(
    apartOn(a, b, a.c, a.s, slack) ||
    apartOn(a, b, -a.s, a.c, slack) ||
    apartOn(a, b, b.c, b.s, slack) ||
    apartOn(a, b, -b.s, b.c, slack)
  );
}

/** Whether two turned rectangles overlap by more than `slack` (separating axis theorem). */
export const rectsOverlap = (a: Rect, b: Rect, slack = 0): boolean =>
  turnedOverlap(turned(a), turned(b), slack);

const growRect = (r: Rect, by: number): Rect => ({
  x: r.x,
  y: r.y,
  hw: r.hw + by,
  hh: r.hh + by,
  angle: r.angle,
});

/** The rectangle a label covers (its background, if it has one), turned with it. */
export function labelRect(label: PictureLabel): Rect {
  if (!label.angle) return rectOf(label.box);
  const height = label.lines.length * label.lineHeight;
  return { x: label.x, y: label.y, hw: (label.width + 4) / 2, hh: (height + 2) / 2, angle: label.angle };
}

/** A uniform grid of rectangles, so that overlap checks stay near-linear for large graphs. */
class RectGrid {
  /** Cells by a number made of their column and row (pictures are far narrower than 2^20 cells). */
  private cells = new Map<number, number[]>();
  private readonly rects: { rect: Turned; box: Box }[] = [];
  constructor(private size: number) {}
  add(shape: Box | Rect): void {
    const rect = turned("hw" in shape ? shape : rectOf(shape));
    const box = rectBounds(rect);
    const index = this.rects.push({ rect, box }) - 1;
    const s = this.size;
    for (let i = Math.floor(box.x1 / s); i <= Math.floor(box.x2 / s); i++)
      for (let j = Math.floor(box.y1 / s); j <= Math.floor(box.y2 / s); j++) {
        const k = i * 1048576 + j;
        const cell = this.cells.get(k);
        if (cell) cell.push(index);
        else this.cells.set(k, [index]);
      }
  }
  hits(shape: Box | Rect): boolean {
    const rect = turned("hw" in shape ? shape : rectOf(shape));
    const box = rectBounds(rect);
    const s = this.size;
    for (let i = Math.floor(box.x1 / s); i <= Math.floor(box.x2 / s); i++)
      for (let j = Math.floor(box.y1 / s); j <= Math.floor(box.y2 / s); j++)
        for (const n of this.cells.get(i * 1048576 + j) ?? []) {
          const other = this.rects[n];
          if (
            other &&
            overlaps(box, other.box) &&
            ((!rect.angle && !other.rect.angle) || turnedOverlap(rect, other.rect, 0))
          )
            return true;
        }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Layouts for subsets: compact, and the same picture for the same data every time.

type Positions = Map<string, { x: number; y: number }>;

function adjacency(cy: cytoscape.Core): Map<string, string[]> {
  const next = new Map<string, string[]>(cy.nodes().map((n) => [n.id(), []] as [string, string[]]));
  cy.edges().forEach((e) => {
    next.get(e.source().id())?.push(e.target().id());
    next.get(e.target().id())?.push(e.source().id());
  });
  for (const list of next.values()) list.sort();
  return next;
}

/** Hops from `start` (unreachable nodes: one past the farthest). */
function distances(cy: cytoscape.Core, start: string): Map<string, number> {
  const next = adjacency(cy);
  const dist = new Map<string, number>();
  if (next.has(start)) dist.set(start, 0);
  let frontier = next.has(start) ? [start] : [];
  while (frontier.length) {
    const after: string[] = [];
    for (const id of frontier)
      for (const other of next.get(id) ?? [])
        if (!dist.has(other)) {
          dist.set(other, (dist.get(id) ?? 0) + 1);
          after.push(other);
        }
    frontier = after;
  }
  const far = Math.max(0, ...dist.values()) + 1;
  for (const id of next.keys()) if (!dist.has(id)) dist.set(id, far);
  return dist;
}

const byName = (cy: cytoscape.Core) => (a: string, b: string) =>
  String(cy.getElementById(a).data("label")).localeCompare(String(cy.getElementById(b).data("label"))) ||
  (a < b ? -1 : 1);

/** The actors grouped by how many hops they are from `from` (index 0: `from` itself). */
function byHops(cy: cytoscape.Core, from: string): string[][] {
  const groups: string[][] = [];
  for (const [id, d] of distances(cy, from)) {
    groups[d] ??= [];
    groups[d]?.push(id);
  }
  return groups;
}

/** A path reads left to right: one column per hop from its start, each column's actors stacked. */
function columnsLayout(cy: cytoscape.Core, from: string, boxes: Map<string, Box>): Positions {
  const columns = byHops(cy, from);
  const out: Positions = new Map();
  let x = 0;
  for (const column of columns) {
    if (!column) continue;
    column.sort(byName(cy));
    const widths = column.map((id) => {
      const b = boxes.get(id);
      return b ? b.x2 - b.x1 : 60;
    });
    const heights = column.map((id) => {
      const b = boxes.get(id);
      return b ? b.y2 - b.y1 : 60;
    });
    const colWidth = Math.max(...widths);
    const total = heights.reduce((a, b) => a + b + 40, -40);
    let y = -total / 2;
    column.forEach((id, i) => {
      const h = heights[i] ?? 60;
      out.set(id, { x: x + colWidth / 2, y: y + h / 2 });
      y += h + 40;
    });
    x += colWidth + 90;
  }
  return out;
}

/** A selection or focus: its actor in the middle, each further hop on a ring of its own. */
function ringsLayout(cy: cytoscape.Core, centre: string, boxes: Map<string, Box>): Positions {
  const rings = byHops(cy, centre);
  const out: Positions = new Map();
  let radius = 0;
  rings.forEach((ring, k) => {
    if (!ring) return;
    ring.sort(byName(cy));
    if (k === 0 && ring.length === 1) {
      out.set(ring[0] ?? "", { x: 0, y: 0 });
      const b = boxes.get(ring[0] ?? "");
      radius = b ? Math.hypot(b.x2 - b.x1, b.y2 - b.y1) / 2 : 40;
      return;
    }
    // Room around the ring for every box, and beyond the previous ring.
    const diag = ring.map((id) => {
      const b = boxes.get(id);
      return b ? Math.hypot(b.x2 - b.x1, b.y2 - b.y1) : 80;
    });
    const around = diag.reduce((a, b) => a + b, 0) / (2 * Math.PI);
    const widest = Math.max(...diag);
    radius = Math.max(radius + widest / 2 + 60, around);
    ring.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      out.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    radius += widest / 2;
  });
  return out;
}

/** The filtered set: fcose from seeded positions, so the same set gives the same picture. */
async function forceLayout(cy: cytoscape.Core): Promise<Positions> {
  await loadForceLayout();
  const random = seededRandom(7);
  const ids = cy
    .nodes()
    .map((n) => n.id())
    .sort();
  const spread = 60 * Math.sqrt(ids.length);
  for (const id of ids)
    cy.getElementById(id).position({ x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  const done = new Promise<void>((resolve) => cy.one("layoutstop", () => resolve()));
  cy.layout({
    name: "fcose",
    quality: "proof",
    randomize: false,
    animate: false,
    fit: false,
    packComponents: true,
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 120,
    nodeSeparation: 90,
    numIter: 2500,
    tile: true,
  } as cytoscape.LayoutOptions).run();
  await done;
  return new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
}

// ---------------------------------------------------------------------------------------------
// Making room: push overlapping actors apart (shape and name together), spread if needed.

/**
 * Moves positions so that no two boxes (relative to their node's centre) overlap. Deterministic.
 * Returns false when some still overlap after its rounds (the caller spreads the positions).
 */
export function separate(
  ids: string[],
  positions: Positions,
  local: Map<string, Box>,
  gap = NAME_GAP,
  rounds = 80,
): boolean {
  const at = (id: string): Box => {
    const p = positions.get(id) ?? { x: 0, y: 0 };
    const b = local.get(id) ?? { x1: -10, y1: -10, x2: 10, y2: 10 };
    return {
      x1: p.x + b.x1 - gap / 2,
      y1: p.y + b.y1 - gap / 2,
      x2: p.x + b.x2 + gap / 2,
      y2: p.y + b.y2 + gap / 2,
    };
  };
  const cell = Math.max(
    40,
    ...ids.map((id) => {
      const b = local.get(id);
      return b ? Math.max(b.x2 - b.x1, b.y2 - b.y1) + gap : 40;
    }),
  );
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, number[]>();
    const boxes = ids.map(at);
    boxes.forEach((b, i) => {
      for (let gx = Math.floor(b.x1 / cell); gx <= Math.floor(b.x2 / cell); gx++)
        for (let gy = Math.floor(b.y1 / cell); gy <= Math.floor(b.y2 / cell); gy++) {
          const k = `${gx},${gy}`;
          const list = grid.get(k);
          if (list) list.push(i);
          else grid.set(k, [i]);
        }
    });
    let moved = false;
    const seen = new Set<number>();
    for (const list of grid.values()) {
      for (let a = 0; a < list.length; a++)
        for (let b = a + 1; b < list.length; b++) {
          const i = list[a] as number;
          const j = list[b] as number;
          const key = i < j ? i * ids.length + j : j * ids.length + i;
          if (seen.has(key)) continue;
          seen.add(key);
          const A = at(ids[i] as string);
          const B = at(ids[j] as string);
          if (!overlaps(A, B)) continue;
          const pa = positions.get(ids[i] as string) as { x: number; y: number };
          const pb = positions.get(ids[j] as string) as { x: number; y: number };
          const ox = Math.min(A.x2, B.x2) - Math.max(A.x1, B.x1);
          const oy = Math.min(A.y2, B.y2) - Math.max(A.y1, B.y1);
          // Along the axis that needs the smaller move; ties broken by index, never at random.
          if (ox <= oy) {
            const dir =
              (A.x1 + A.x2) / 2 < (B.x1 + B.x2) / 2 || (A.x1 + A.x2 === B.x1 + B.x2 && i < j) ? -1 : 1;
            pa.x += (dir * (ox + 0.5)) / 2;
            pb.x -= (dir * (ox + 0.5)) / 2;
          } else {
            const dir =
              (A.y1 + A.y2) / 2 < (B.y1 + B.y2) / 2 || (A.y1 + A.y2 === B.y1 + B.y2 && i < j) ? -1 : 1;
            pa.y += (dir * (oy + 0.5)) / 2;
            pb.y -= (dir * (oy + 0.5)) / 2;
          }
          moved = true;
        }
    }
    if (!moved) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Geometry of links

/** Where the ray from a shape's centre towards (tx, ty) leaves its outline. */
export function boundaryPoint(
  shape: NodeShape,
  cx: number,
  cy: number,
  w: number,
  h: number,
  tx: number,
  ty: number,
): { x: number; y: number } {
  const dx = tx - cx;
  const dy = ty - cy;
  const len = Math.hypot(dx, dy);
  if (len === 0) return { x: cx, y: cy };
  const ux = dx / len;
  const uy = dy / len;
  const hw = w / 2;
  const hh = h / 2;
  let t: number;
  if (shape === "ellipse") {
    t = 1 / Math.sqrt((ux * ux) / (hw * hw) + (uy * uy) / (hh * hh));
  } else if (shape === "diamond") {
    t = 1 / (Math.abs(ux) / hw + Math.abs(uy) / hh);
  } else {
    // Boxy shapes: the bounding rectangle (the outline lies inside it, at most a few px off).
    t = Math.min(ux === 0 ? Infinity : hw / Math.abs(ux), uy === 0 ? Infinity : hh / Math.abs(uy));
  }
  return { x: cx + ux * t, y: cy + uy * t };
}

const quad = (a: number, c: number, b: number, t: number) =>
  (1 - t) ** 2 * a + 2 * (1 - t) * t * c + t * t * b;

function pointAt(e: Pick<PictureEdge, "from" | "control" | "to">, t: number) {
  if (!e.control) return { x: e.from.x + (e.to.x - e.from.x) * t, y: e.from.y + (e.to.y - e.from.y) * t };
  return { x: quad(e.from.x, e.control.x, e.to.x, t), y: quad(e.from.y, e.control.y, e.to.y, t) };
}

function tangentAt(e: Pick<PictureEdge, "from" | "control" | "to">, t: number) {
  if (!e.control) return { x: e.to.x - e.from.x, y: e.to.y - e.from.y };
  return {
    x: 2 * (1 - t) * (e.control.x - e.from.x) + 2 * t * (e.to.x - e.control.x),
    y: 2 * (1 - t) * (e.control.y - e.from.y) + 2 * t * (e.to.y - e.control.y),
  };
}

/** Labels read left to right: an angle turned into (-90°, 90°]. */
function readable(angle: number): number {
  let a = angle;
  if (a > Math.PI / 2) a -= Math.PI;
  if (a <= -Math.PI / 2) a += Math.PI;
  return a;
}

const LABEL_SPOTS = [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8, 0.15, 0.85];

// ---------------------------------------------------------------------------------------------

interface NodeLook {
  id: string;
  shape: NodeShape;
  width: number;
  height: number;
  fill: string;
  border: PictureNode["border"];
  underlay: PictureNode["underlay"];
  opacity: number;
  label: Omit<PictureLabel, "x" | "y" | "box"> | null;
  /** Shape and name together, relative to the node's centre. */
  local: Box;
  /** The name's box relative to the centre (null: no name). */
  labelLocal: Box | null;
}

const SHAPES = new Set<string>([
  "ellipse",
  "barrel",
  "hexagon",
  "diamond",
  "round-rectangle",
  "rectangle",
  "octagon",
  "tag",
  "triangle",
]);

function underlayOf(ele: cytoscape.NodeSingular | cytoscape.EdgeSingular): PictureNode["underlay"] {
  const opacity = ele.numericStyle("underlay-opacity");
  return opacity > 0
    ? { color: ele.style("underlay-color"), opacity, padding: ele.numericStyle("underlay-padding") }
    : null;
}

const stripBreaks = (text: string) => text.replace(/\u200b/g, "");

function nodeLook(node: cytoscape.NodeSingular, measure: Measure): NodeLook {
  const shapeName = node.style("shape");
  const shape = (SHAPES.has(shapeName) ? shapeName : "ellipse") as NodeShape;
  const width = node.numericStyle("width");
  const height = node.numericStyle("height");
  const borderWidth = node.numericStyle("border-width");
  const borderStyle = node.style("border-style");
  const border =
    borderWidth > 0
      ? {
          width: borderWidth,
          color: node.style("border-color"),
          dash: borderStyle === "dashed" ? [4, 2] : borderStyle === "dotted" ? [1, 1] : [],
        }
      : null;
  const text = stripBreaks(String(node.data("label") ?? "")).trim();
  let label: NodeLook["label"] = null;
  let labelLocal: Box | null = null;
  if (text) {
    const font: Font = {
      size: Math.max(MIN_NAME_PX, node.numericStyle("font-size")),
      weight: Number(node.style("font-weight")) || 400,
      italic: node.style("font-style") === "italic",
    };
    const maxWidth = Math.max(80, node.numericStyle("text-max-width"));
    const lines = wrapText(text, font, maxWidth, measure);
    const lineHeight = Math.ceil(font.size * 1.2);
    const lineWidths = lines.map((l) => measure(l, font));
    const textWidth = Math.ceil(Math.max(...lineWidths));
    const bgOpacity = node.numericStyle("text-background-opacity");
    label = {
      lines,
      lineWidths,
      font,
      color: node.style("color"),
      angle: 0,
      lineHeight,
      width: textWidth,
      background: bgOpacity > 0 ? { color: node.style("text-background-color"), opacity: bgOpacity } : null,
    };
    const top = height / 2 + Math.max(0, node.numericStyle("text-margin-y"));
    labelLocal = {
      x1: -textWidth / 2 - 2,
      y1: top,
      x2: textWidth / 2 + 2,
      y2: top + lines.length * lineHeight + 2,
    };
  }
  const shapeBox: Box = { x1: -width / 2, y1: -height / 2, x2: width / 2, y2: height / 2 };
  const local = labelLocal
    ? {
        x1: Math.min(shapeBox.x1, labelLocal.x1),
        y1: shapeBox.y1,
        x2: Math.max(shapeBox.x2, labelLocal.x2),
        y2: labelLocal.y2,
      }
    : shapeBox;
  return {
    id: node.id(),
    shape,
    width,
    height,
    fill: node.style("background-color"),
    border,
    underlay: underlayOf(node),
    opacity: node.numericStyle("opacity"),
    label,
    local,
    labelLocal,
  };
}

interface EdgeLook {
  id: string;
  source: string;
  target: string;
  width: number;
  color: string;
  dash: number[];
  arrowSize: number | null;
  mark: { shape: MarkShape; fill: string } | null;
  underlay: PictureEdge["underlay"];
  opacity: number;
  text: string;
  font: Font;
  labelColor: string;
  labelBackground: PictureLabel["background"];
}

function edgeLook(edge: cytoscape.EdgeSingular, paper: string): EdgeLook {
  const width = edge.numericStyle("width");
  const color = edge.style("line-color");
  // From the vocabulary: a picture keeps the claim status' pattern at any size.
  const status = STATUS_VISUALS[drawnStatus(edge)];
  const line = status?.line ?? (edge.style("line-style") as "solid" | "dashed" | "dotted");
  const mark = ATTRIBUTION_VISUALS[edge.data("attribution") as AttributionKind];
  const bgOpacity = edge.numericStyle("text-background-opacity");
  return {
    id: edge.id(),
    source: edge.data("source") as string,
    target: edge.data("target") as string,
    width,
    color,
    dash: dashArray(line, width, status?.dash),
    arrowSize:
      edge.style("target-arrow-shape") !== "none"
        ? Math.max((width * 13.37) ** 0.9, 29) * edge.numericStyle("arrow-scale")
        : null,
    mark:
      mark && mark.marker !== "none"
        ? { shape: mark.marker, fill: mark.fill === "hollow" ? paper : color }
        : null,
    underlay: underlayOf(edge),
    opacity: edge.numericStyle("opacity"),
    text: stripBreaks(String(edge.data("label") ?? "")).trim(),
    font: { size: Math.max(LINK_LABEL_PX, edge.numericStyle("font-size")) },
    labelColor: edge.style("color"),
    labelBackground:
      bgOpacity > 0 ? { color: edge.style("text-background-color"), opacity: bgOpacity } : null,
  };
}

/** A link label's lines at a wrap width, by font size, width and text: the same in every spread. */
type WrapMemo = Map<string, { lines: string[]; lineWidths: number[]; width: number }>;

let looksCache: { key: string; measure: Measure; nodes: NodeLook[]; edges: EdgeLook[] } | null = null;

/** Places nodes, links, names, link labels and numbers at the given positions. */
function arrange(
  nodes: NodeLook[],
  edges: EdgeLook[],
  positions: Positions,
  numbers: ReadonlyMap<string, number>,
  measure: Measure,
  tokens: { ink: string; paper: string },
  wraps: WrapMemo,
  /** Whether a label may wrap narrower than LINK_LABEL_WIDTH (once spreading is over). */
  narrow: boolean,
): { nodes: PictureNode[]; edges: PictureEdge[]; dropped: number; forced: number } {
  const large = nodes.length > LARGE_PICTURE;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pos = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
  const placedNodes: PictureNode[] = nodes.map((n) => {
    const p = pos(n.id);
    return {
      id: n.id,
      x: p.x,
      y: p.y,
      width: n.width,
      height: n.height,
      shape: n.shape,
      fill: n.fill,
      border: n.border,
      underlay: n.underlay,
      opacity: n.opacity,
      label:
        n.label && n.labelLocal
          ? {
              ...n.label,
              x: p.x,
              y: p.y + n.labelLocal.y1,
              box: {
                x1: p.x + n.labelLocal.x1,
                y1: p.y + n.labelLocal.y1,
                x2: p.x + n.labelLocal.x2,
                y2: p.y + n.labelLocal.y2,
              },
            }
          : null,
    };
  });
  // What a link's label or number must not touch: every actor's shape and name.
  const taken = new RectGrid(120);
  for (const n of placedNodes) {
    taken.add({
      x1: n.x - n.width / 2,
      y1: n.y - n.height / 2,
      x2: n.x + n.width / 2,
      y2: n.y + n.height / 2,
    });
    if (n.label) taken.add(n.label.box);
  }
  // Parallel links between the same two actors bend apart, as on the canvas.
  const pairs = new Map<string, EdgeLook[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    const list = pairs.get(key);
    if (list) list.push(e);
    else pairs.set(key, [e]);
  }
  const placedEdges: PictureEdge[] = [];
  for (const group of pairs.values()) {
    group.forEach((e, i) => {
      const a = byId.get(e.source);
      const b = byId.get(e.target);
      if (!a || !b) return;
      const pa = pos(a.id);
      const pb = pos(b.id);
      // The offset's sign follows the pair's canonical direction, so both directions bend apart.
      const flip = e.source < e.target ? 1 : -1;
      const offset = (i - (group.length - 1) / 2) * 28 * flip;
      const len = Math.hypot(pb.x - pa.x, pb.y - pa.y) || 1;
      const normal = { x: -(pb.y - pa.y) / len, y: (pb.x - pa.x) / len };
      const control =
        offset !== 0
          ? { x: (pa.x + pb.x) / 2 + normal.x * offset * 2, y: (pa.y + pb.y) / 2 + normal.y * offset * 2 }
          : null;
      const aim1 = control ?? pb;
      const aim2 = control ?? pa;
      const from = boundaryPoint(
        a.shape,
        pa.x,
        pa.y,
        a.width + (a.border?.width ?? 0),
        a.height + (a.border?.width ?? 0),
        aim1.x,
        aim1.y,
      );
      let to = boundaryPoint(
        b.shape,
        pb.x,
        pb.y,
        b.width + (b.border?.width ?? 0),
        b.height + (b.border?.width ?? 0),
        aim2.x,
        aim2.y,
      );
      let arrow: PictureEdge["arrow"] = null;
      if (e.arrowSize) {
        const before = control ?? from;
        const l = Math.hypot(to.x - before.x, to.y - before.y) || 1;
        const u = { x: (to.x - before.x) / l, y: (to.y - before.y) / l };
        const length = 0.3 * e.arrowSize;
        const half = 0.15 * e.arrowSize;
        const base = { x: to.x - u.x * length, y: to.y - u.y * length };
        arrow = [
          [to.x, to.y],
          [base.x - u.y * half, base.y + u.x * half],
          [base.x + u.y * half, base.y - u.x * half],
        ];
        to = { x: to.x - u.x * length * 0.8, y: to.y - u.y * length * 0.8 };
      }
      const geometry = { from, control, to };
      const mid = pointAt(geometry, 0.5);
      const markSize = Math.max(8, e.width * 3.2);
      const mark = e.mark
        ? { ...e.mark, x: mid.x, y: mid.y, size: markSize, stroke: Math.max(1.2, e.width * 0.6) }
        : null;
      if (mark)
        taken.add(
          grow(
            {
              x1: mid.x - markSize / 2,
              y1: mid.y - markSize / 2,
              x2: mid.x + markSize / 2,
              y2: mid.y + markSize / 2,
            },
            1,
          ),
        );
      placedEdges.push({
        id: e.id,
        ...geometry,
        width: e.width,
        color: e.color,
        dash: e.dash,
        arrow,
        mark,
        underlay: e.underlay,
        opacity: e.opacity,
        label: null,
        badge: null,
      });
    });
  }
  const looks = new Map(edges.map((e) => [e.id, e]));
  let forced = 0;
  // Numbers first (each footnoted link must carry its number), in footnote order.
  const numbered = placedEdges
    .filter((e) => numbers.has(e.id))
    .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  for (const e of numbered) {
    const n = numbers.get(e.id) ?? 0;
    const font: Font = { size: 11, weight: 700 };
    const radius = Math.max(8, measure(String(n), font) / 2 + 3.5);
    let spot: { x: number; y: number } | null = null;
    for (const t of LABEL_SPOTS) {
      const p = pointAt(e, t);
      const box = grow({ x1: p.x - radius, y1: p.y - radius, x2: p.x + radius, y2: p.y + radius }, 1);
      if (!taken.hits(box)) {
        spot = p;
        taken.add(box);
        break;
      }
    }
    if (!spot) {
      forced++;
      spot = pointAt(e, 0.5);
    }
    e.badge = { number: n, x: spot.x, y: spot.y, radius, font, fill: tokens.ink, ink: tokens.paper };
  }
  // Then link labels, the shortest first (they fit more often), wherever along the link is free.
  let dropped = 0;
  const labelled = placedEdges
    .filter((e) => (looks.get(e.id)?.text ?? "") !== "")
    .sort(
      (a, b) =>
        (looks.get(a.id)?.text.length ?? 0) - (looks.get(b.id)?.text.length ?? 0) || (a.id < b.id ? -1 : 1),
    );
  const spots = (large ? LABEL_SPOTS.slice(0, 3) : LABEL_SPOTS).flatMap((t) =>
    (large ? [0] : [0, 1, -1]).map((side) => [t, side] as const),
  );
  for (const e of labelled) {
    const look = looks.get(e.id) as EdgeLook;
    const lineHeight = Math.ceil(look.font.size * 1.2);
    let placed = false;
    // The label on one line where it fits, else wrapped narrower (a short link holds a narrow one).
    for (const wrapWidth of narrow && !large ? LINK_LABEL_WRAPS : [LINK_LABEL_WIDTH]) {
      const memo = `${look.font.size}|${wrapWidth}|${look.text}`;
      let wrapped = wraps.get(memo);
      if (!wrapped) {
        const lines = wrapText(look.text, look.font, wrapWidth, measure);
        const lineWidths = lines.map((l) => measure(l, look.font));
        wrapped = { lines, lineWidths, width: Math.ceil(Math.max(...lineWidths)) };
        wraps.set(memo, wrapped);
      }
      const { lines, lineWidths, width } = wrapped;
      const height = lines.length * lineHeight;
      for (const [t, side] of spots) {
        const on = pointAt(e, t);
        const tan = tangentAt(e, t);
        const angle = readable(Math.atan2(tan.y, tan.x));
        // On the line, or just beside it (above or below, as read).
        const shift = side * (height / 2 + e.width / 2 + 2);
        const p = { x: on.x - Math.sin(angle) * shift, y: on.y + Math.cos(angle) * shift };
        const rect: Rect = { x: p.x, y: p.y, hw: (width + 4) / 2, hh: (height + 2) / 2, angle };
        if (taken.hits(growRect(rect, 1))) continue;
        taken.add(rect);
        e.label = {
          lines,
          lineWidths,
          font: look.font,
          color: look.labelColor,
          x: p.x,
          y: p.y,
          angle,
          lineHeight,
          width,
          background: look.labelBackground,
          box: rectBounds(rect),
        };
        placed = true;
        break;
      }
      if (placed) break;
    }
    if (!placed) dropped++;
  }
  return { nodes: placedNodes, edges: placedEdges, dropped, forced };
}

/** The picture of these elements. Async only for a force layout (fcose loads on demand). */
export async function buildPicture(input: PictureInput): Promise<Picture> {
  const tokens = THEMES[input.theme];
  const elements = input.elements.map((ele) => {
    const classes = (
      Array.isArray(ele.classes) ? ele.classes : String(ele.classes ?? "").split(/\s+/)
    ).filter((c) => c && !SCREEN_CLASSES.has(c));
    return {
      group: ele.group,
      data: { ...ele.data },
      classes,
      position: { ...(ele.position ?? { x: 0, y: 0 }) },
    };
  }) as cytoscape.ElementDefinition[];
  const layout = input.layout;
  // What each element looks like (a headless cytoscape computing the stylesheet, a few hundred ms
  // on this machine) is kept while only the footnote numbers or the positions change.
  const key = JSON.stringify([input.theme, elements.map((e) => [e.data, e.classes])]);
  const cached = looksCache?.key === key && looksCache.measure === input.measure ? looksCache : null;
  const cy =
    cached && layout.kind === "keep"
      ? null
      : cytoscape({
          headless: true,
          styleEnabled: true,
          style: stylesheetFor(input.theme, false),
          elements,
          // Without it, cytoscape's "null" layout puts every node at (0, 0). No fit: fitting measured
          // every element's bounds, names included (a third of a subset's picture, profiled), for a
          // viewport that a headless instance never draws.
          layout: { name: "preset", fit: false } as cytoscape.LayoutOptions,
        });
  try {
    const looks = cached ?? {
      key,
      measure: input.measure,
      nodes: cy?.nodes().map((n) => nodeLook(n, input.measure)) ?? [],
      edges: cy?.edges().map((e) => edgeLook(e, tokens.ui.paper)) ?? [],
    };
    looksCache = looks;
    const nodeLooks = looks.nodes;
    const edgeLooks = looks.edges;
    const local = new Map(nodeLooks.map((n) => [n.id, n.local]));
    let positions: Positions;
    if (cy && layout.kind === "columns") positions = columnsLayout(cy, layout.from, local);
    else if (cy && layout.kind === "rings") positions = ringsLayout(cy, layout.centre, local);
    else if (cy && layout.kind === "force") positions = await forceLayout(cy);
    // The canvas' positions are spread for names drawn at a constant size on screen far out
    // (data/layout.json); a picture draws every name at its natural size, so it starts closer
    // together and spreads (below) only as far as its own names and link labels need.
    else
      positions = new Map(
        elements
          .filter((e) => e.group === "nodes")
          .map((e) => {
            const p = e.position ?? { x: 0, y: 0 };
            return [String(e.data.id), { x: p.x * CANVAS_COMPACT, y: p.y * CANVAS_COMPACT }] as const;
          }),
      );
    const wraps: WrapMemo = new Map();
    const ids = nodeLooks.map((n) => n.id);
    let spread = 1;
    const large = ids.length > LARGE_PICTURE;
    const rounds = large ? 20 : 80;
    let crowded = !separate(ids, positions, local, NAME_GAP, rounds);
    const spreads = maxSpreads(ids.length);
    // Labels wrap narrower only once there is no more spreading to do: a small picture spreads
    // until each label fits on one line; a larger one, at its widest, fits more labels so.
    const place = (narrow: boolean) =>
      arrange(nodeLooks, edgeLooks, positions, input.numbers, input.measure, tokens.ui, wraps, narrow);
    let result = place(spreads === 0);
    // Actors still touching, or link labels or numbers without room: spread the actors (names keep
    // their size) and try again. Spreading always ends overlaps between actors; a few link labels
    // may still find no room, and the caption says how many.
    for (let i = 0; i < spreads && (crowded || result.dropped > 0 || result.forced > 0); i++) {
      spread *= SPREAD_STEP;
      for (const p of positions.values()) {
        p.x *= SPREAD_STEP;
        p.y *= SPREAD_STEP;
      }
      crowded = !separate(ids, positions, local, NAME_GAP, rounds);
      result = place(i === spreads - 1);
    }
    while (crowded) {
      for (const p of positions.values()) {
        p.x *= SPREAD_STEP;
        p.y *= SPREAD_STEP;
      }
      spread *= SPREAD_STEP;
      crowded = !separate(ids, positions, local);
      if (!crowded) result = place(true);
    }
    // Bounds of everything drawn, then moved so that the picture starts at (PADDING, PADDING).
    const bounds: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    const include = (b: Box) => {
      bounds.x1 = Math.min(bounds.x1, b.x1);
      bounds.y1 = Math.min(bounds.y1, b.y1);
      bounds.x2 = Math.max(bounds.x2, b.x2);
      bounds.y2 = Math.max(bounds.y2, b.y2);
    };
    for (const n of result.nodes) {
      const pad = (n.underlay?.padding ?? 0) + (n.border?.width ?? 0);
      include({
        x1: n.x - n.width / 2 - pad,
        y1: n.y - n.height / 2 - pad,
        x2: n.x + n.width / 2 + pad,
        y2: n.y + n.height / 2 + pad,
      });
      if (n.label) include(n.label.box);
    }
    for (const e of result.edges) {
      include({
        x1: Math.min(e.from.x, e.to.x),
        y1: Math.min(e.from.y, e.to.y),
        x2: Math.max(e.from.x, e.to.x),
        y2: Math.max(e.from.y, e.to.y),
      });
      if (e.control) include({ x1: e.control.x, y1: e.control.y, x2: e.control.x, y2: e.control.y });
      if (e.label) include(e.label.box);
      if (e.badge)
        include({
          x1: e.badge.x - e.badge.radius,
          y1: e.badge.y - e.badge.radius,
          x2: e.badge.x + e.badge.radius,
          y2: e.badge.y + e.badge.radius,
        });
    }
    if (!Number.isFinite(bounds.x1))
      return { width: 0, height: 0, nodes: [], edges: [], droppedLabels: 0, spread };
    const dx = PADDING - bounds.x1;
    const dy = PADDING - bounds.y1;
    const move = (p: { x: number; y: number }) => {
      p.x += dx;
      p.y += dy;
    };
    const moveBox = (b: Box) => {
      b.x1 += dx;
      b.x2 += dx;
      b.y1 += dy;
      b.y2 += dy;
    };
    for (const n of result.nodes) {
      move(n);
      if (n.label) {
        move(n.label);
        moveBox(n.label.box);
      }
    }
    for (const e of result.edges) {
      move(e.from);
      move(e.to);
      if (e.control) move(e.control);
      if (e.arrow)
        for (const p of e.arrow) {
          p[0] += dx;
          p[1] += dy;
        }
      if (e.mark) move(e.mark);
      if (e.badge) move(e.badge);
      if (e.label) {
        move(e.label);
        moveBox(e.label.box);
      }
    }
    return {
      width: Math.ceil(bounds.x2 - bounds.x1 + 2 * PADDING),
      height: Math.ceil(bounds.y2 - bounds.y1 + 2 * PADDING),
      nodes: result.nodes,
      edges: result.edges,
      droppedLabels: result.dropped,
      spread,
    };
  } finally {
    cy?.destroy();
  }
}

/** Every text the picture draws, in drawing order (names line by line, link labels, numbers). */
export function pictureTexts(picture: Picture): string[] {
  return [
    ...picture.nodes.flatMap((n) => n.label?.lines ?? []),
    ...picture.edges.flatMap((e) => e.label?.lines ?? []),
    ...picture.edges.flatMap((e) => (e.badge ? [String(e.badge.number)] : [])),
  ];
}

// The layout of an exported image around the graph: title above; legend, caption and credits below.
// One layout, drawn by two backends (Canvas 2D for PNG/JPG in raster.ts, SVG in svg.ts), so both
// formats carry the same words in the same places. Units are CSS px at 1×.
import type { LegendContents } from "../../domain/export/caption";
import {
  ATTRIBUTION_VISUALS,
  ENTITY_VISUALS,
  FONT_FAMILY,
  type LineStyle,
  type NodeShape,
  RELATION_FAMILIES,
  RELATION_VISUALS,
  type RelationFamily,
  SOURCE_WIDTHS,
  STATUS_VISUALS,
} from "../visuals";

export const INK = "#1b1b1b";
export const INK_SOFT = "#4a4a4a";

export interface Font {
  size: number;
  weight?: number;
  italic?: boolean;
}
export const cssFont = (f: Font) =>
  `${f.italic ? "italic " : ""}${f.weight ?? 400} ${f.size}px ${FONT_FAMILY}`;

export type Measure = (text: string, font: Font) => number;

export type DrawOp =
  | { kind: "text"; x: number; y: number; text: string; font: Font; color: string; role: string }
  | {
      kind: "node-icon";
      x: number;
      y: number;
      size: number;
      shape: NodeShape;
      color: string;
      dashed: boolean;
    }
  | ({ kind: "line-icon"; x: number; y: number; width: number } & LineLook);

export type Marker = { shape: "circle" | "square" | "diamond"; fill: "hollow" | "filled" };

/** How a legend line looks: shared by the legend's items and the drawing operations made from them. */
export interface LineLook {
  color: string;
  line: LineStyle;
  lineWidth: number;
  /** The canvas' own dash pattern for this line, when it has one (claim statuses). */
  dash?: readonly number[] | null;
  arrow: boolean;
  /** The who-says-it mark in the middle of the line. */
  marker?: Marker;
}

export interface Frame {
  width: number;
  height: number;
  graph: { x: number; y: number; width: number; height: number };
  /** Decorations, grouped as the SVG groups them. */
  title: DrawOp[];
  legend: DrawOp[];
  caption: DrawOp[];
  credits: DrawOp[];
}

export interface FrameOptions {
  graph: { width: number; height: number };
  title: string;
  legend: LegendContents | null;
  caption: string | null;
  credits: string | null;
}

const MARGIN_1X = 24;
/** Up to this graph width, decorations are drawn at their base size; wider graphs scale them up. */
const REFERENCE_WIDTH = 1000;
const MIN_CONTENT = 560;

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrapText(text: string, font: Font, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

type LegendItem =
  | { icon: "node"; shape: NodeShape; color: string; dashed: boolean; label: string }
  | ({ icon: "line"; label: string } & LineLook)
  | { icon: "none"; label: string };

/** The legend's sections, from the same vocabulary as the canvas and the app's legend. */
export function legendSections(c: LegendContents): { heading: string; items: LegendItem[] }[] {
  const actors: LegendItem[] = c.entityTypes.map((t) => ({
    icon: "node",
    shape: ENTITY_VISUALS[t].shape,
    color: ENTITY_VISUALS[t].color,
    dashed: false,
    label: ENTITY_VISUALS[t].label,
  }));
  if (c.unnamed)
    actors.push({
      icon: "node",
      shape: "ellipse",
      color: "#ffffff",
      dashed: true,
      label: "not named in the articles",
    });
  if (actors.length > 0) actors.push({ icon: "none", label: "size: number of relations" });
  const families = new Map<RelationFamily, string[]>();
  for (const t of c.relationTypes) {
    const { family, label } = RELATION_VISUALS[t];
    families.set(family, [...(families.get(family) ?? []), label.toLowerCase()]);
  }
  const links: LegendItem[] = [...families].map(([family, types]) => ({
    icon: "line",
    color: RELATION_FAMILIES[family].color,
    line: "solid",
    lineWidth: 3,
    arrow: false,
    label: `${RELATION_FAMILIES[family].label} (${types.join(", ")})`,
  }));
  const claims: LegendItem[] = c.statuses.map((s) => ({
    icon: "line",
    color: "#444444",
    line: STATUS_VISUALS[s].line,
    dash: STATUS_VISUALS[s].dash,
    lineWidth: 2,
    arrow: false,
    label: STATUS_VISUALS[s].label,
  }));
  if (c.directed)
    claims.push({
      icon: "line",
      color: "#444444",
      line: "solid",
      lineWidth: 2,
      arrow: true,
      label: "has a direction",
    });
  const sources: LegendItem[] = c.severalSources
    ? [
        {
          icon: "line",
          color: "#444444",
          line: "solid",
          lineWidth: SOURCE_WIDTHS.one,
          arrow: false,
          label: "one article says it",
        },
        {
          icon: "line",
          color: "#444444",
          line: "solid",
          lineWidth: SOURCE_WIDTHS.several,
          arrow: false,
          label: "several articles say it",
        },
      ]
    : [];
  const marks: LegendItem[] = (c.attributions ?? []).flatMap((k): LegendItem[] => {
    const { marker, fill, label } = ATTRIBUTION_VISUALS[k];
    if (marker === "none") return [];
    return [
      {
        icon: "line",
        color: "#444444",
        line: "solid",
        lineWidth: 2,
        arrow: false,
        marker: { shape: marker, fill },
        label: `from ${label}`,
      },
    ];
  });
  return [
    { heading: "Actors", items: actors },
    { heading: "Links", items: links },
    { heading: "Claims", items: claims },
    { heading: "Sources (width)", items: sources },
    { heading: "Who says it (mark)", items: marks },
  ].filter((s) => s.items.length > 0);
}

export function layoutFrame(options: FrameOptions, measure: Measure): Frame {
  const contentWidth = Math.max(MIN_CONTENT, Math.ceil(options.graph.width));
  // Words and icons grow with a wide graph, so that they stay legible next to it when the image is
  // shown at a page's width; u is the unit every size below is a multiple of.
  const u = Math.max(1, Math.min(4, contentWidth / REFERENCE_WIDTH));
  const MARGIN = Math.round(MARGIN_1X * u);
  const width = contentWidth + 2 * MARGIN;
  const frame: Frame = {
    width,
    height: 0,
    graph: { x: 0, y: 0, width: options.graph.width, height: options.graph.height },
    title: [],
    legend: [],
    caption: [],
    credits: [],
  };
  let y = MARGIN;

  const paragraph = (into: DrawOp[], text: string, font: Font, color: string, role: string) => {
    const lineHeight = Math.ceil(font.size * 1.35);
    for (const line of wrapText(text, font, contentWidth, measure)) {
      into.push({
        kind: "text",
        x: MARGIN,
        y: y + Math.round(font.size * 1.0),
        text: line,
        font,
        color,
        role,
      });
      y += lineHeight;
    }
  };

  const title = options.title.trim();
  if (title) {
    paragraph(frame.title, title, { size: 20 * u, weight: 700 }, INK, "title");
    y += 10 * u;
  }

  frame.graph.x = MARGIN + Math.floor((contentWidth - options.graph.width) / 2);
  frame.graph.y = y;
  y += Math.ceil(options.graph.height) + 14 * u;

  if (options.legend) {
    const ROW = 20 * u;
    const label: Font = { size: 12 * u };
    const heading: Font = { size: 12 * u, weight: 700 };
    for (const section of legendSections(options.legend)) {
      let x = MARGIN;
      const put = (w: number) => {
        if (x > MARGIN && x + w > MARGIN + contentWidth) {
          x = MARGIN + 64 * u;
          y += ROW;
        }
        const at = x;
        x += w;
        return at;
      };
      const headingText = `${section.heading}:`;
      frame.legend.push({
        kind: "text",
        x,
        y: y + 14 * u,
        text: headingText,
        font: heading,
        color: INK,
        role: "legend-heading",
      });
      x = MARGIN + Math.max(64 * u, Math.ceil(measure(headingText, heading)) + 8 * u);
      for (const item of section.items) {
        const iconWidth = item.icon === "node" ? 16 * u : item.icon === "line" ? 30 * u : 0;
        const gap = iconWidth ? 5 * u : 0;
        const font: Font =
          item.icon === "none" || (item.icon === "node" && item.dashed) ? { ...label, italic: true } : label;
        // A label too long for one row wraps onto rows of its own.
        const room = contentWidth - 64 * u - iconWidth - gap - 16 * u;
        const lines =
          measure(item.label, font) > room ? wrapText(item.label, font, room, measure) : [item.label];
        const textWidth = Math.ceil(Math.max(...lines.map((l) => measure(l, font))));
        const at = put(iconWidth + gap + textWidth + 16 * u);
        if (item.icon === "node") {
          frame.legend.push({
            kind: "node-icon",
            x: at,
            y: y + 2 * u,
            size: 16 * u,
            shape: item.shape,
            color: item.color,
            dashed: item.dashed,
          });
        } else if (item.icon === "line") {
          frame.legend.push({
            kind: "line-icon",
            x: at,
            y: y + 10 * u,
            width: 28 * u,
            color: item.color,
            line: item.line,
            lineWidth: item.lineWidth * u,
            dash: item.dash ? item.dash.map((d) => d * u) : null,
            arrow: item.arrow,
            ...(item.marker ? { marker: item.marker } : {}),
          });
        }
        lines.forEach((text, i) => {
          frame.legend.push({
            kind: "text",
            x: at + iconWidth + gap,
            y: y + 14 * u + i * 16 * u,
            text,
            font,
            color: item.icon === "none" ? INK_SOFT : INK,
            role: "legend-label",
          });
        });
        if (lines.length > 1) {
          y += (lines.length - 1) * 16 * u;
          x = MARGIN + contentWidth; // the next item starts a new row
        }
      }
      y += ROW + 2 * u;
    }
    y += 6 * u;
  }
  if (options.caption) paragraph(frame.caption, options.caption, { size: 12 * u }, INK, "caption");
  if (options.credits) {
    y += 2 * u;
    paragraph(frame.credits, options.credits, { size: 11 * u }, INK_SOFT, "credits");
  }
  frame.height = Math.ceil(y + MARGIN - 6 * u);
  return frame;
}

/** Outline of a node shape centred on (cx, cy), as SVG path data; the same geometry as cytoscape's. */
export function shapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  const hw = w / 2;
  const hh = h / 2;
  const poly = (pts: number[]) => {
    const out: string[] = [];
    for (let i = 0; i < pts.length; i += 2) {
      out.push(`${i === 0 ? "M" : "L"}${r(cx + (pts[i] ?? 0) * hw)} ${r(cy + (pts[i + 1] ?? 0) * hh)}`);
    }
    return `${out.join(" ")} Z`;
  };
  switch (shape) {
    case "ellipse":
      return `M${r(cx - hw)} ${r(cy)} A${r(hw)} ${r(hh)} 0 1 0 ${r(cx + hw)} ${r(cy)} A${r(hw)} ${r(hh)} 0 1 0 ${r(cx - hw)} ${r(cy)} Z`;
    case "rectangle":
      return poly([-1, -1, 1, -1, 1, 1, -1, 1]);
    case "round-rectangle": {
      const rad = Math.min(w / 4, h / 4, 8);
      const x1 = cx - hw;
      const y1 = cy - hh;
      const x2 = cx + hw;
      const y2 = cy + hh;
      return `M${r(x1 + rad)} ${r(y1)} L${r(x2 - rad)} ${r(y1)} Q${r(x2)} ${r(y1)} ${r(x2)} ${r(y1 + rad)} L${r(x2)} ${r(y2 - rad)} Q${r(x2)} ${r(y2)} ${r(x2 - rad)} ${r(y2)} L${r(x1 + rad)} ${r(y2)} Q${r(x1)} ${r(y2)} ${r(x1)} ${r(y2 - rad)} L${r(x1)} ${r(y1 + rad)} Q${r(x1)} ${r(y1)} ${r(x1 + rad)} ${r(y1)} Z`;
    }
    case "barrel": {
      const hOff = Math.min(15, 0.05 * h);
      const wOff = Math.min(100, 0.25 * w);
      const c = 0.05 * wOff;
      const x1 = cx - hw;
      const y1 = cy - hh;
      const x2 = cx + hw;
      const y2 = cy + hh;
      return `M${r(x1)} ${r(y1 + hOff)} L${r(x1)} ${r(y2 - hOff)} Q${r(x1 + c)} ${r(y2)} ${r(x1 + wOff)} ${r(y2)} L${r(x2 - wOff)} ${r(y2)} Q${r(x2 - c)} ${r(y2)} ${r(x2)} ${r(y2 - hOff)} L${r(x2)} ${r(y1 + hOff)} Q${r(x2 - c)} ${r(y1)} ${r(x2 - wOff)} ${r(y1)} L${r(x1 + wOff)} ${r(y1)} Q${r(x1 + c)} ${r(y1)} ${r(x1)} ${r(y1 + hOff)} Z`;
    }
    case "hexagon":
      return poly([-0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1, -1, 0]);
    case "octagon": {
      const k = Math.tan(Math.PI / 8);
      return poly([-k, -1, k, -1, 1, -k, 1, k, k, 1, -k, 1, -1, k, -1, -k]);
    }
    case "diamond":
      return poly([0, -1, 1, 0, 0, 1, -1, 0]);
    case "tag":
      return poly([-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1]);
    case "triangle":
      return poly([0, -1, 1, 1, -1, 1]);
  }
}

/** Rounds a coordinate to 2 decimals, to keep SVG small and readable. */
export function r(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Dash arrays for a line style, drawn with round caps (which lengthen each dash by the line's width,
 * so the gaps are widened to match): dashes for "dashed", dots for "dotted".
 */
export function dashArray(line: LineStyle, width: number, pattern?: readonly number[] | null): number[] {
  if (pattern && pattern.length === 2) {
    const [dash = 0, gap = 0] = pattern;
    return [Math.max(0.1, dash - width), gap + width];
  }
  if (line === "dashed") return [Math.max(6, width * 3), Math.max(5, width * 2.5)];
  if (line === "dotted") return [0.1, Math.max(4, width * 2)];
  return [];
}

/** The who-says-it mark as an SVG path centred on (x, y), size s: shared by canvas and SVG output. */
export function markerPath(shape: Marker["shape"], x: number, y: number, s: number): string {
  const h = s / 2;
  if (shape === "square") return `M${x - h} ${y - h}H${x + h}V${y + h}H${x - h}Z`;
  if (shape === "diamond") return `M${x} ${y - h}L${x + h} ${y}L${x} ${y + h}L${x - h} ${y}Z`;
  return `M${x - h} ${y}A${h} ${h} 0 1 0 ${x + h} ${y}A${h} ${h} 0 1 0 ${x - h} ${y}Z`;
}

// The layout of an exported image around the graph: title above; legend, caption and credits below.
// One layout, drawn by two backends (Canvas 2D for PNG/JPG in raster.ts, SVG in svg.ts), so both
// formats carry the same words in the same places. Units are CSS px at 1×.
import type { LegendContents } from "../../domain/export/caption";
import { itemText, type LineLook, legendSections, type ShapeLook } from "../../visuals/legend";
import type { Tokens } from "../../visuals/tokens";
import { FONT_FAMILY } from "../../visuals/vocabulary";

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
  | ({ kind: "node-icon"; x: number; y: number; size: number } & ShapeLook)
  | ({ kind: "line-icon"; x: number; y: number; width: number } & LineLook);

export interface Frame {
  width: number;
  height: number;
  graph: { x: number; y: number; width: number; height: number };
  /** Decorations, grouped as the SVG groups them. */
  title: DrawOp[];
  legend: DrawOp[];
  caption: DrawOp[];
  footnotes: DrawOp[];
  credits: DrawOp[];
}

export interface FrameOptions {
  graph: { width: number; height: number };
  title: string;
  legend: LegendContents | null;
  caption: string | null;
  /** Numbered notes under the image, one paragraph each (footnotes.ts). */
  footnotes?: readonly string[] | null;
  credits: string | null;
  /** The colours of the image: the app's theme, or light on a white background. */
  tokens: Tokens;
}

const MARGIN_1X = 24;
/** Up to this graph width, decorations are drawn at their base size; wider graphs scale them up. */
const REFERENCE_WIDTH = 1000;
const MIN_CONTENT = 560;

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrapText(text: string, font: Font, width: number, measure: Measure): string[] {
  // Words measured one by one (a line's width is theirs plus its spaces): measuring every longer
  // prefix of a paragraph cost most of the time a preview with footnotes took.
  const space = measure(" ", font);
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = measure(word, font);
    const next = line ? lineWidth + space + w : w;
    if (line && next > width) {
      lines.push(line);
      line = word;
      lineWidth = w;
    } else {
      line = line ? `${line} ${word}` : word;
      lineWidth = next;
    }
  }
  if (line) lines.push(line);
  return lines;
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
    footnotes: [],
    credits: [],
  };
  let y = MARGIN;
  const { ink, inkSoft } = options.tokens.ui;

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
    paragraph(frame.title, title, { size: 20 * u, weight: 700 }, ink, "title");
    y += 10 * u;
  }

  frame.graph.x = MARGIN + Math.floor((contentWidth - options.graph.width) / 2);
  frame.graph.y = y;
  y += Math.ceil(options.graph.height) + 14 * u;

  if (options.legend) {
    const ROW = 20 * u;
    const label: Font = { size: 12 * u };
    const heading: Font = { size: 12 * u, weight: 700 };
    for (const section of legendSections(options.legend, options.tokens)) {
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
        color: ink,
        role: "legend-heading",
      });
      x = MARGIN + Math.max(64 * u, Math.ceil(measure(headingText, heading)) + 8 * u);
      for (const item of section.items) {
        const iconWidth = item.icon === "shape" ? 16 * u : item.icon === "line" ? 30 * u : 0;
        const gap = iconWidth ? 5 * u : 0;
        const italic = item.icon === "note" || (item.icon === "shape" && item.italic === true);
        const font: Font = italic ? { ...label, italic: true } : label;
        const text = itemText(item);
        // A label too long for one row wraps onto rows of its own.
        const room = contentWidth - 64 * u - iconWidth - gap - 16 * u;
        const lines = measure(text, font) > room ? wrapText(text, font, room, measure) : [text];
        const textWidth = Math.ceil(Math.max(...lines.map((l) => measure(l, font))));
        const at = put(iconWidth + gap + textWidth + 16 * u);
        if (item.icon === "shape") {
          frame.legend.push({
            kind: "node-icon",
            x: at,
            y: y + 2 * u,
            size: 16 * u,
            shape: item.shape,
            fill: item.fill,
            dashedOutline: item.dashedOutline,
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
        lines.forEach((line, i) => {
          frame.legend.push({
            kind: "text",
            x: at + iconWidth + gap,
            y: y + 14 * u + i * 16 * u,
            text: line,
            font,
            color: item.icon === "note" ? inkSoft : ink,
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
  if (options.caption) paragraph(frame.caption, options.caption, { size: 12 * u }, ink, "caption");
  if (options.footnotes?.length) {
    y += 6 * u;
    for (const note of options.footnotes) {
      paragraph(frame.footnotes, note, { size: 11 * u }, ink, "footnote");
      y += 3 * u;
    }
  }
  if (options.credits) {
    y += 2 * u;
    paragraph(frame.credits, options.credits, { size: 11 * u }, inkSoft, "credits");
  }
  frame.height = Math.ceil(y + MARGIN - 6 * u);
  return frame;
}

/** The dashed outline of an unnamed actor's legend icon, scaled to the icon; null when it has none. */
export function iconOutline(op: { size: number; dashedOutline?: string | undefined }) {
  return op.dashedOutline
    ? { color: op.dashedOutline, width: op.size * 0.09, dash: [op.size * 0.19, op.size * 0.125] }
    : null;
}

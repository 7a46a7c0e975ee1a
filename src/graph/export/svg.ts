// Our own SVG writer, built from cytoscape's computed geometry (positions, sizes, edge endpoints and
// control points) and computed style, so it matches the canvas and stays editable: labels are real
// <text>, each entity is <g id="entity-…">, each relation <g id="relation-…">, and the legend,
// caption and credits are SVG too. Loaded on demand (dynamic import). Every text is escaped.
import type cytoscape from "cytoscape";
import type { ClaimStatus } from "../../data/types";
import type { AttributionKind } from "../../domain/attribution";
import { escapeSvgText } from "../../domain/export/text";
import { dashArray, markerPath, r, sampleLine, shapePath } from "../../visuals/shapes";
import type { Tokens } from "../../visuals/tokens";
import { ATTRIBUTION_VISUALS, FONT_FAMILY, type NodeShape, STATUS_VISUALS } from "../../visuals/vocabulary";
import { cssFont, type DrawOp, type Font, iconOutline, wrapText } from "./frame";
import { canvasMeasure, collectionOf } from "./scene";
import type { ImagePlan } from "./types";

const measure = (text: string, font: Font) => canvasMeasure(text, cssFont(font));
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

function fontAttrs(font: Font): string {
  return `font-size="${font.size}"${font.weight && font.weight !== 400 ? ` font-weight="${font.weight}"` : ""}${font.italic ? ' font-style="italic"' : ""}`;
}

function opsToSvg(ops: readonly DrawOp[], indent: string): string[] {
  return ops.map((op) => {
    if (op.kind === "text") {
      return `${indent}<text x="${r(op.x)}" y="${r(op.y)}" ${fontAttrs(op.font)} fill="${op.color}">${escapeSvgText(op.text)}</text>`;
    }
    if (op.kind === "node-icon") {
      const d = shapePath(op.shape, op.x + op.size / 2, op.y + op.size / 2, op.size - 2, op.size - 2);
      const outline = iconOutline(op);
      const stroke = outline
        ? ` stroke="${outline.color}" stroke-width="${r(outline.width)}" stroke-dasharray="${outline.dash.map(r).join(" ")}"`
        : "";
      return `${indent}<path d="${d}" fill="${op.fill}"${stroke}/>`;
    }
    const s = sampleLine(op.x, op.y, op.width, op.arrow);
    const dash = dashArray(op.line, op.lineWidth, op.dash);
    const line = `<line x1="${r(s.x1)}" y1="${r(op.y)}" x2="${r(s.x2)}" y2="${r(op.y)}" stroke="${op.color}" stroke-width="${op.lineWidth}" stroke-linecap="round"${dash.length ? ` stroke-dasharray="${dash.join(" ")}"` : ""}/>`;
    const arrow = s.arrowPoints
      ? `<polygon points="${s.arrowPoints.map(([x, y]) => `${r(x)},${r(y)}`).join(" ")}" fill="${op.color}"/>`
      : "";
    const marker = op.marker
      ? `<path d="${markerPath(op.marker.shape, s.mark.x, s.mark.y, s.mark.size)}" fill="${op.marker.fill}" stroke="${op.color}" stroke-width="${r(Math.max(1, op.lineWidth * 0.75))}"/>`
      : "";
    return `${indent}<g>${line}${marker}${arrow}</g>`;
  });
}

/** Whether cytoscape draws a label at this zoom (min-zoomed-font-size). */
function labelDrawn(ele: cytoscape.NodeSingular | cytoscape.EdgeSingular, zoom: number): boolean {
  const text = String(ele.data("label") ?? "");
  if (!text || ele.style("label") === "") return false;
  return ele.numericStyle("font-size") * zoom >= ele.numericStyle("min-zoomed-font-size");
}

function opacityAttr(ele: cytoscape.NodeSingular | cytoscape.EdgeSingular): string {
  const o = ele.numericStyle("opacity");
  return o < 1 ? ` opacity="${r(o)}"` : "";
}

function edgeSvg(edge: cytoscape.EdgeSingular, zoom: number, paper: string): string[] {
  const out: string[] = [];
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const cps = edge.controlPoints() ?? [];
  const width = edge.numericStyle("width");
  const color = edge.style("line-color");
  const arrow = edge.style("target-arrow-shape") !== "none";
  // The direction in which the edge arrives, for the arrowhead.
  const before = cps.length > 0 ? (cps[cps.length - 1] as cytoscape.Position) : s;
  const len = Math.hypot(t.x - before.x, t.y - before.y) || 1;
  const u = { x: (t.x - before.x) / len, y: (t.y - before.y) / len };
  const arrowSize = Math.max((width * 13.37) ** 0.9, 29) * edge.numericStyle("arrow-scale");
  const arrowLength = 0.3 * arrowSize;
  const end = arrow ? { x: t.x - u.x * arrowLength * 0.8, y: t.y - u.y * arrowLength * 0.8 } : t;
  let d = `M${r(s.x)} ${r(s.y)}`;
  if (cps.length === 0) d += ` L${r(end.x)} ${r(end.y)}`;
  cps.forEach((cp, i) => {
    const next = cps[i + 1];
    const to = next ? { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 } : end;
    d += ` Q${r(cp.x)} ${r(cp.y)} ${r(to.x)} ${r(to.y)}`;
  });
  const underlay = edge.numericStyle("underlay-opacity");
  if (underlay > 0) {
    const pad = edge.numericStyle("underlay-padding");
    out.push(
      `<path d="${d}" fill="none" stroke="${edge.style("underlay-color")}" stroke-opacity="${r(underlay)}" stroke-width="${r(width + 2 * pad)}" stroke-linecap="round"/>`,
    );
  }
  // From the vocabulary, not the canvas: a vector image keeps the pattern at any zoom, while the
  // canvas draws it solid when zoomed far out (zoomDetail.ts).
  const status = STATUS_VISUALS[edge.data("status") as ClaimStatus];
  const line = status?.line ?? (edge.style("line-style") as "solid" | "dashed" | "dotted");
  const dash = dashArray(line, width, status?.dash);
  out.push(
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${r(width)}" stroke-linecap="round"${dash.length ? ` stroke-dasharray="${dash.join(" ")}"` : ""}/>`,
  );
  if (arrow) {
    const base = { x: t.x - u.x * arrowLength, y: t.y - u.y * arrowLength };
    const half = 0.15 * arrowSize;
    out.push(
      `<polygon class="arrowhead" points="${r(t.x)},${r(t.y)} ${r(base.x - u.y * half)},${r(base.y + u.x * half)} ${r(base.x + u.y * half)},${r(base.y - u.x * half)}" fill="${edge.style("target-arrow-color")}"/>`,
    );
  }
  const mark = ATTRIBUTION_VISUALS[edge.data("attribution") as AttributionKind];
  if (mark && mark.marker !== "none") {
    const mid = edge.midpoint();
    const size = Math.max(8, width * 3.2);
    out.push(
      `<path class="attribution-mark" d="${markerPath(mark.marker, mid.x, mid.y, size)}" fill="${mark.fill === "hollow" ? paper : color}" stroke="${color}" stroke-width="${r(Math.max(1.2, width * 0.6))}"/>`,
    );
  }
  if (labelDrawn(edge, zoom)) {
    const label = String(edge.data("label"));
    const font: Font = { size: edge.numericStyle("font-size") };
    const mid = edge.midpoint();
    let angle = (Math.atan2(t.y - s.y, t.x - s.x) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle <= -90) angle += 180;
    const w = measure(label, font);
    const h = font.size;
    out.push(
      `<g class="label" transform="translate(${r(mid.x)} ${r(mid.y)}) rotate(${r(angle)})">` +
        `<rect x="${r(-w / 2 - 1)}" y="${r(-h / 2 - 1)}" width="${r(w + 2)}" height="${r(h + 2)}" fill="${edge.style("text-background-color")}" fill-opacity="${r(edge.numericStyle("text-background-opacity"))}"/>` +
        `<text x="0" y="${r(h * 0.35)}" text-anchor="middle" font-size="${font.size}" fill="${edge.style("color")}">${escapeSvgText(label)}</text></g>`,
    );
  }
  return out;
}

/**
 * The label's lines as cytoscape wrapped them (an internal cache, read only), so that the SVG breaks
 * lines where the canvas does; null when absent, and then our own wrap at text-max-width is used.
 */
function cytoscapeLines(node: cytoscape.NodeSingular): string[] | null {
  const scratch = (node as unknown as { _private?: { rscratch?: { labelWrapCachedLines?: unknown } } })
    ._private?.rscratch?.labelWrapCachedLines;
  return Array.isArray(scratch) && scratch.length > 0 && scratch.every((l) => typeof l === "string")
    ? scratch.map((l) => l.trim())
    : null;
}

function nodeSvg(node: cytoscape.NodeSingular, zoom: number): string[] {
  const out: string[] = [];
  const p = node.position();
  const w = node.width();
  const h = node.height();
  const shapeName = node.style("shape");
  const shape = (SHAPES.has(shapeName) ? shapeName : "ellipse") as NodeShape;
  const border = node.numericStyle("border-width");
  const borderStyle = node.style("border-style");
  const dash =
    borderStyle === "dashed"
      ? ' stroke-dasharray="4 2"'
      : borderStyle === "dotted"
        ? ' stroke-dasharray="1 1"'
        : "";
  // Cytoscape draws the border centred on the outline.
  out.push(
    `<path class="shape" d="${shapePath(shape, p.x, p.y, w, h)}" fill="${node.style("background-color")}"${border > 0 ? ` stroke="${node.style("border-color")}" stroke-width="${r(border)}"${dash}` : ""}/>`,
  );
  if (labelDrawn(node, zoom)) {
    const font: Font = {
      size: node.numericStyle("font-size"),
      weight: Number(node.style("font-weight")) || 400,
      italic: node.style("font-style") === "italic",
    };
    const maxWidth = node.numericStyle("text-max-width");
    const lines = cytoscapeLines(node) ?? wrapText(String(node.data("label")), font, maxWidth, measure);
    const bb = node.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    const lineHeight = lines.length > 0 ? (bb.h - 2) / lines.length : font.size;
    const cx = (bb.x1 + bb.x2) / 2;
    const bgOpacity = node.numericStyle("text-background-opacity");
    if (bgOpacity > 0 && Number.isFinite(bb.w)) {
      out.push(
        `<rect class="label-background" x="${r(bb.x1)}" y="${r(bb.y1)}" width="${r(bb.w)}" height="${r(bb.h)}" fill="${node.style("text-background-color")}" fill-opacity="${r(bgOpacity)}"/>`,
      );
    }
    const tspans = lines
      .map(
        (line, i) =>
          `<tspan x="${r(cx)}" y="${r(bb.y1 + 1 + lineHeight * i + lineHeight * 0.8)}">${escapeSvgText(i < lines.length - 1 ? `${line} ` : line)}</tspan>`,
      )
      .join("");
    out.push(
      `<text class="label" text-anchor="middle" ${fontAttrs(font)} fill="${node.style("color")}">${tspans}</text>`,
    );
  }
  return out;
}

export function renderSvg(
  cy: cytoscape.Core,
  plan: ImagePlan,
  options: { background: string | null; tokens: Tokens },
): string {
  const { frame, scene } = plan;
  const { region } = plan.options;
  const shown = collectionOf(cy, scene.ids);
  const zoom = region === "full" ? 1 : cy.zoom();
  const g = frame.graph;
  let transform: string;
  if (region === "full") {
    const bb = shown.boundingBox({});
    transform = `translate(${r(g.x - bb.x1)} ${r(g.y - bb.y1)})`;
  } else {
    const pan = cy.pan();
    transform = `translate(${r(g.x + pan.x)} ${r(g.y + pan.y)}) scale(${r(zoom)})`;
  }
  const title = plan.options.title.trim() || "Throughline graph";
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${escapeSvgText(FONT_FAMILY)}">`,
    `  <title>${escapeSvgText(title)}</title>`,
    `  <desc>${escapeSvgText(plan.caption)}</desc>`,
    `  <defs><clipPath id="graph-clip"><rect x="${r(g.x)}" y="${r(g.y)}" width="${r(g.width)}" height="${r(g.height)}"/></clipPath></defs>`,
  ];
  if (options.background) {
    out.push(
      `  <rect id="background" x="0" y="0" width="${frame.width}" height="${frame.height}" fill="${options.background}"/>`,
    );
  }
  if (frame.title.length) out.push('  <g id="title">', ...opsToSvg(frame.title, "    "), "  </g>");
  out.push(
    // The whole graph is not clipped: SVG text can render a little wider than the canvas measured it.
    region === "full" ? `  <g id="graph">` : `  <g id="graph" clip-path="url(#graph-clip)">`,
    `    <g transform="${transform}">`,
    '      <g id="relations">',
  );
  // Cytoscape's drawing order: edges under nodes, each sorted by z-index.
  const byZ = (
    a: cytoscape.NodeSingular | cytoscape.EdgeSingular,
    b: cytoscape.NodeSingular | cytoscape.EdgeSingular,
  ) => a.numericStyle("z-index") - b.numericStyle("z-index");
  for (const edge of shown.edges().toArray().sort(byZ) as cytoscape.EdgeSingular[]) {
    out.push(`        <g id="relation-${escapeSvgText(edge.id())}" class="relation"${opacityAttr(edge)}>`);
    out.push(
      ...edgeSvg(edge, zoom, options.tokens.ui.paper).map((line) => `          ${line}`),
      "        </g>",
    );
  }
  out.push("      </g>", '      <g id="entities">');
  for (const node of shown.nodes().toArray().sort(byZ) as cytoscape.NodeSingular[]) {
    out.push(`        <g id="entity-${escapeSvgText(node.id())}" class="entity"${opacityAttr(node)}>`);
    out.push(...nodeSvg(node, zoom).map((line) => `          ${line}`), "        </g>");
  }
  out.push("      </g>", "    </g>", "  </g>");
  if (frame.legend.length) out.push('  <g id="legend">', ...opsToSvg(frame.legend, "    "), "  </g>");
  if (frame.caption.length) out.push('  <g id="caption">', ...opsToSvg(frame.caption, "    "), "  </g>");
  if (frame.credits.length) out.push('  <g id="credits">', ...opsToSvg(frame.credits, "    "), "  </g>");
  out.push("</svg>", "");
  return out.join("\n");
}

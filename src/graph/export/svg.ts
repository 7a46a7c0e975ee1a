// SVG writer of an exported image: the same display list as the Canvas 2D writer (paint.ts), so
// both carry the same shapes and words, and it stays editable: every text is a real <text> (one per
// line), each actor is <g id="entity-…">, each link <g id="relation-…">, and the legend, caption,
// footnotes and credits are groups of their own. Loaded on demand; every text is escaped.
import { escapeSvgText } from "../../domain/export/text";
import { dashArray, markerPath, r, sampleLine, shapePath } from "../../visuals/shapes";
import { FONT_FAMILY } from "../../visuals/vocabulary";
import { type DrawOp, type Font, type Frame, iconOutline } from "./frame";
import type { Placement } from "./paint";
import type { Picture, PictureLabel } from "./picture";

function fontAttrs(font: Font): string {
  return `font-size="${r(font.size)}"${font.weight && font.weight !== 400 ? ` font-weight="${font.weight}"` : ""}${font.italic ? ' font-style="italic"' : ""}`;
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

const opacityAttr = (o: number) => (o < 1 ? ` opacity="${r(o)}"` : "");

function labelSvg(label: PictureLabel, centred: boolean, className: string): string {
  const height = label.lines.length * label.lineHeight;
  const top = centred ? -height / 2 : 0;
  const transform = `translate(${r(label.x)} ${r(label.y)})${label.angle ? ` rotate(${r((label.angle * 180) / Math.PI)})` : ""}`;
  const bg = label.background
    ? `<rect x="${r(-label.width / 2 - 2)}" y="${r(top)}" width="${r(label.width + 4)}" height="${r(height + 2)}" fill="${label.background.color}" fill-opacity="${r(label.background.opacity)}"/>`
    : "";
  const lines = label.lines
    .map(
      (line, i) =>
        `<text x="0" y="${r(top + 1 + label.lineHeight * i + label.font.size * 0.95)}" text-anchor="middle" ${fontAttrs(label.font)} textLength="${r(label.lineWidths[i] ?? label.width)}" lengthAdjust="spacingAndGlyphs" fill="${label.color}">${escapeSvgText(line)}</text>`,
    )
    .join("");
  return `<g class="${className}" transform="${transform}">${bg}${lines}</g>`;
}

export function pictureSvg(
  picture: Picture,
  frame: Frame,
  placement: Placement,
  options: { background: string | null; title: string; description: string },
): string {
  const { scale, dx, dy, width, height } = placement;
  const g = frame.graph;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${r(-dx / scale)} ${r(-dy / scale)} ${r(width / scale)} ${r(height / scale)}" font-family="${escapeSvgText(FONT_FAMILY)}">`,
    `  <title>${escapeSvgText(options.title.trim() || "Throughline graph")}</title>`,
    `  <desc>${escapeSvgText(options.description)}</desc>`,
  ];
  if (options.background) {
    out.push(
      `  <rect id="background" x="${r(-dx / scale)}" y="${r(-dy / scale)}" width="${r(width / scale)}" height="${r(height / scale)}" fill="${options.background}"/>`,
    );
  }
  if (frame.title.length) out.push('  <g id="title">', ...opsToSvg(frame.title, "    "), "  </g>");
  out.push(`  <g id="graph" transform="translate(${r(g.x)} ${r(g.y)})">`, '    <g id="relations">');
  for (const e of picture.edges) {
    const d = e.control
      ? `M${r(e.from.x)} ${r(e.from.y)} Q${r(e.control.x)} ${r(e.control.y)} ${r(e.to.x)} ${r(e.to.y)}`
      : `M${r(e.from.x)} ${r(e.from.y)} L${r(e.to.x)} ${r(e.to.y)}`;
    const parts: string[] = [];
    if (e.underlay)
      parts.push(
        `<path d="${d}" fill="none" stroke="${e.underlay.color}" stroke-opacity="${r(e.underlay.opacity)}" stroke-width="${r(e.width + 2 * e.underlay.padding)}" stroke-linecap="round"/>`,
      );
    parts.push(
      `<path class="line" d="${d}" fill="none" stroke="${e.color}" stroke-width="${r(e.width)}" stroke-linecap="round"${e.dash.length ? ` stroke-dasharray="${e.dash.map(r).join(" ")}"` : ""}/>`,
    );
    if (e.arrow)
      parts.push(
        `<polygon class="arrowhead" points="${e.arrow.map(([x, y]) => `${r(x)},${r(y)}`).join(" ")}" fill="${e.color}"/>`,
      );
    if (e.mark)
      parts.push(
        `<path class="attribution-mark" d="${markerPath(e.mark.shape, e.mark.x, e.mark.y, e.mark.size)}" fill="${e.mark.fill}" stroke="${e.color}" stroke-width="${r(e.mark.stroke)}"/>`,
      );
    out.push(`      <g id="relation-${escapeSvgText(e.id)}" class="relation"${opacityAttr(e.opacity)}>`);
    out.push(...parts.map((p) => `        ${p}`), "      </g>");
  }
  out.push("    </g>", '    <g id="entities">');
  for (const n of picture.nodes) {
    const parts: string[] = [];
    if (n.underlay) {
      const p = n.underlay.padding;
      parts.push(
        `<path d="${shapePath("ellipse", n.x, n.y, n.width + 2 * p, n.height + 2 * p)}" fill="${n.underlay.color}" fill-opacity="${r(n.underlay.opacity)}"/>`,
      );
    }
    const border = n.border
      ? ` stroke="${n.border.color}" stroke-width="${r(n.border.width)}"${n.border.dash.length ? ` stroke-dasharray="${n.border.dash.join(" ")}"` : ""}`
      : "";
    parts.push(
      `<path class="shape" d="${shapePath(n.shape, n.x, n.y, n.width, n.height)}" fill="${n.fill}"${border}/>`,
    );
    out.push(`      <g id="entity-${escapeSvgText(n.id)}" class="entity"${opacityAttr(n.opacity)}>`);
    out.push(...parts.map((p) => `        ${p}`), "      </g>");
  }
  out.push("    </g>", '    <g id="labels">');
  // Labels over every shape and line, in the order the Canvas writer draws them.
  for (const n of picture.nodes)
    if (n.label)
      out.push(
        `      <g data-entity="${escapeSvgText(n.id)}"${opacityAttr(n.opacity)}>${labelSvg(n.label, false, "label entity-label")}</g>`,
      );
  for (const e of picture.edges)
    if (e.label)
      out.push(
        `      <g data-relation="${escapeSvgText(e.id)}"${opacityAttr(e.opacity)}>${labelSvg(e.label, true, "label relation-label")}</g>`,
      );
  for (const e of picture.edges) {
    const b = e.badge;
    if (!b) continue;
    out.push(
      `      <g class="footnote-number" data-relation="${escapeSvgText(e.id)}"><circle cx="${r(b.x)}" cy="${r(b.y)}" r="${r(b.radius)}" fill="${b.fill}"/><text x="${r(b.x)}" y="${r(b.y + b.font.size * 0.36)}" text-anchor="middle" ${fontAttrs(b.font)} fill="${b.ink}">${b.number}</text></g>`,
    );
  }
  out.push("    </g>", "  </g>");
  if (frame.legend.length) out.push('  <g id="legend">', ...opsToSvg(frame.legend, "    "), "  </g>");
  if (frame.caption.length) out.push('  <g id="caption">', ...opsToSvg(frame.caption, "    "), "  </g>");
  if (frame.footnotes.length)
    out.push('  <g id="footnotes">', ...opsToSvg(frame.footnotes, "    "), "  </g>");
  if (frame.credits.length) out.push('  <g id="credits">', ...opsToSvg(frame.credits, "    "), "  </g>");
  out.push("</svg>", "");
  return out.join("\n");
}

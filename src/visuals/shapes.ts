// Shape geometry, once: the outline of each node shape (as cytoscape draws it), the who-says-it
// marks, and dash patterns. The panel legend's icons, the SVG writer and the Canvas 2D writer all
// draw these paths.
import type { LineStyle, MarkShape, NodeShape } from "./vocabulary";

/** Rounds a coordinate to 2 decimals, to keep SVG small and readable. */
export function r(n: number): string {
  return String(Math.round(n * 100) / 100);
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

/** The who-says-it mark as SVG path data centred on (x, y), size s. */
export function markerPath(shape: MarkShape, x: number, y: number, s: number): string {
  const h = s / 2;
  if (shape === "square") return `M${r(x - h)} ${r(y - h)}H${r(x + h)}V${r(y + h)}H${r(x - h)}Z`;
  if (shape === "diamond")
    return `M${r(x)} ${r(y - h)}L${r(x + h)} ${r(y)}L${r(x)} ${r(y + h)}L${r(x - h)} ${r(y)}Z`;
  return `M${r(x - h)} ${r(y)}A${r(h)} ${r(h)} 0 1 0 ${r(x + h)} ${r(y)}A${r(h)} ${r(h)} 0 1 0 ${r(x - h)} ${r(y)}Z`;
}

/**
 * Dash arrays for a line style, drawn with round caps (which lengthen each dash by the line's width,
 * so the gaps are widened to match): the claim status' own pattern when it has one, else dashes for
 * "dashed" and dots for "dotted".
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

/**
 * A legend's sample line in a box `width` wide, its middle at y: where the stroke starts and ends,
 * the arrowhead's points (when it has one) and the mark's size. Shared by the three legend drawings.
 */
export function sampleLine(x: number, y: number, width: number, arrow: boolean) {
  const head = width * 0.28;
  const end = arrow ? x + width - head : x + width;
  return {
    x1: x + width * 0.07,
    x2: end,
    arrowPoints: arrow
      ? ([
          [end - 1, y - head * 0.62],
          [x + width, y],
          [end - 1, y + head * 0.62],
        ] as const)
      : null,
    mark: { x: x + width / 2, y, size: width * 0.28 },
  };
}

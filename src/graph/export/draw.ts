// Draws a frame's decorations (title, legend, caption, credits) with Canvas 2D, for PNG and JPG.
// The geometry is src/visuals/shapes.ts, the same the SVG writer and the panel legend draw.
import { dashArray, markerPath, sampleLine, shapePath } from "../../visuals/shapes";
import { cssFont, type DrawOp, iconOutline } from "./frame";

export function drawOps(
  ctx: CanvasRenderingContext2D,
  ops: readonly DrawOp[],
  fillText: (ctx: CanvasRenderingContext2D, text: string, x: number, y: number) => void = (c, t, x, y) =>
    c.fillText(t, x, y),
): void {
  for (const op of ops) {
    ctx.save();
    if (op.kind === "text") {
      ctx.font = cssFont(op.font);
      ctx.fillStyle = op.color;
      ctx.textBaseline = "alphabetic";
      ctx.textAlign = "left";
      fillText(ctx, op.text, op.x, op.y);
    } else if (op.kind === "node-icon") {
      const path = new Path2D(
        shapePath(op.shape, op.x + op.size / 2, op.y + op.size / 2, op.size - 2, op.size - 2),
      );
      ctx.fillStyle = op.fill;
      ctx.fill(path);
      const outline = iconOutline(op);
      if (outline) {
        ctx.strokeStyle = outline.color;
        ctx.lineWidth = outline.width;
        ctx.setLineDash(outline.dash);
        ctx.stroke(path);
      }
    } else {
      const s = sampleLine(op.x, op.y, op.width, op.arrow);
      ctx.strokeStyle = op.color;
      ctx.lineWidth = op.lineWidth;
      ctx.lineCap = "round";
      ctx.setLineDash(dashArray(op.line, op.lineWidth, op.dash));
      ctx.beginPath();
      ctx.moveTo(s.x1, op.y);
      ctx.lineTo(s.x2, op.y);
      ctx.stroke();
      if (op.marker) {
        const path = new Path2D(markerPath(op.marker.shape, s.mark.x, s.mark.y, s.mark.size));
        ctx.setLineDash([]);
        ctx.fillStyle = op.marker.fill;
        ctx.fill(path);
        ctx.lineWidth = Math.max(1, op.lineWidth * 0.75);
        ctx.stroke(path);
      }
      if (s.arrowPoints) {
        const [a, b, c] = s.arrowPoints;
        ctx.fillStyle = op.color;
        ctx.beginPath();
        ctx.moveTo(a[0], a[1]);
        ctx.lineTo(b[0], b[1]);
        ctx.lineTo(c[0], c[1]);
        ctx.closePath();
        ctx.fill();
      }
    }
    ctx.restore();
  }
}

// Draws a frame's decorations (title, legend, caption, credits) with Canvas 2D, for PNG and JPG.
import { cssFont, type DrawOp, dashArray, INK, markerPath, shapePath } from "./frame";

export function drawOps(ctx: CanvasRenderingContext2D, ops: readonly DrawOp[]): void {
  for (const op of ops) {
    ctx.save();
    if (op.kind === "text") {
      ctx.font = cssFont(op.font);
      ctx.fillStyle = op.color;
      ctx.textBaseline = "alphabetic";
      ctx.textAlign = "left";
      ctx.fillText(op.text, op.x, op.y);
    } else if (op.kind === "node-icon") {
      const path = new Path2D(
        shapePath(op.shape, op.x + op.size / 2, op.y + op.size / 2, op.size - 2, op.size - 2),
      );
      ctx.fillStyle = op.color;
      ctx.fill(path);
      if (op.dashed) {
        ctx.strokeStyle = INK;
        ctx.lineWidth = op.size * 0.09;
        ctx.setLineDash([op.size * 0.19, op.size * 0.125]);
        ctx.stroke(path);
      }
    } else {
      const head = op.width * 0.28;
      const end = op.arrow ? op.x + op.width - head : op.x + op.width;
      ctx.strokeStyle = op.color;
      ctx.lineWidth = op.lineWidth;
      ctx.lineCap = "round";
      ctx.setLineDash(dashArray(op.line, op.lineWidth, op.dash));
      ctx.beginPath();
      ctx.moveTo(op.x + op.width * 0.07, op.y);
      ctx.lineTo(end, op.y);
      ctx.stroke();
      if (op.marker) {
        const size = op.width * 0.28;
        const path = new Path2D(markerPath(op.marker.shape, op.x + op.width / 2, op.y, size));
        ctx.setLineDash([]);
        ctx.fillStyle = op.marker.fill === "hollow" ? "#ffffff" : op.color;
        ctx.fill(path);
        ctx.lineWidth = Math.max(1, op.lineWidth * 0.75);
        ctx.stroke(path);
      }
      if (op.arrow) {
        ctx.fillStyle = op.color;
        ctx.beginPath();
        ctx.moveTo(end - 1, op.y - head * 0.62);
        ctx.lineTo(op.x + op.width, op.y);
        ctx.lineTo(end - 1, op.y + head * 0.62);
        ctx.closePath();
        ctx.fill();
      }
    }
    ctx.restore();
  }
}

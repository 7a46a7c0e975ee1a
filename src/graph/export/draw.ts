// Draws a frame's decorations (title, legend, caption, credits) with Canvas 2D, for PNG and JPG.
import { cssFont, type DrawOp, dashArray, INK, shapePath } from "./frame";

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
        ctx.lineWidth = 1.5;
        ctx.setLineDash([3, 2]);
        ctx.stroke(path);
      }
    } else {
      const end = op.arrow ? op.x + op.width - 8 : op.x + op.width;
      ctx.strokeStyle = op.color;
      ctx.lineWidth = op.lineWidth;
      ctx.lineCap = "round";
      ctx.setLineDash(dashArray(op.line, op.lineWidth));
      ctx.beginPath();
      ctx.moveTo(op.x + 2, op.y);
      ctx.lineTo(end, op.y);
      ctx.stroke();
      if (op.arrow) {
        ctx.fillStyle = op.color;
        ctx.beginPath();
        ctx.moveTo(end - 1, op.y - 5);
        ctx.lineTo(op.x + op.width, op.y);
        ctx.lineTo(end - 1, op.y + 5);
        ctx.closePath();
        ctx.fill();
      }
    }
    ctx.restore();
  }
}

// Canvas 2D writer of an exported image: the picture (picture.ts) inside its frame (frame.ts). PNG,
// JPG and the dialog's preview are all drawn here; svg.ts draws the same display list as SVG.
import { markerPath, shapePath } from "../../visuals/shapes";
import { drawOps } from "./draw";
import { cssFont, type Frame } from "./frame";
import type { Picture, PictureLabel } from "./picture";

/** Draws text and, when asked, records it: the browser tests compare it with the SVG's words. */
type Text = (ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) => void;

function drawLabel(ctx: CanvasRenderingContext2D, label: PictureLabel, text: Text, centred: boolean) {
  ctx.save();
  ctx.translate(label.x, label.y);
  if (label.angle) ctx.rotate(label.angle);
  const height = label.lines.length * label.lineHeight;
  // Node names hang below their point; link labels are centred on theirs.
  const top = centred ? -height / 2 : 0;
  if (label.background) {
    ctx.globalAlpha *= label.background.opacity;
    ctx.fillStyle = label.background.color;
    ctx.fillRect(-label.width / 2 - 2, top, label.width + 4, height + 2);
    ctx.globalAlpha /= label.background.opacity;
  }
  ctx.font = cssFont(label.font);
  ctx.fillStyle = label.color;
  ctx.textAlign = "center";
  ctx.textBaseline = "alphabetic";
  label.lines.forEach((line, i) => {
    text(ctx, line, 0, top + 1 + label.lineHeight * i + label.font.size * 0.95, label.lineWidths[i]);
  });
  ctx.restore();
}

/** The graph, in the picture's own coordinates. */
export function paintPicture(ctx: CanvasRenderingContext2D, picture: Picture, text: Text): void {
  for (const e of picture.edges) {
    ctx.save();
    ctx.globalAlpha = e.opacity;
    const path = new Path2D();
    path.moveTo(e.from.x, e.from.y);
    if (e.control) path.quadraticCurveTo(e.control.x, e.control.y, e.to.x, e.to.y);
    else path.lineTo(e.to.x, e.to.y);
    ctx.lineCap = "round";
    if (e.underlay) {
      ctx.save();
      ctx.globalAlpha = e.opacity * e.underlay.opacity;
      ctx.strokeStyle = e.underlay.color;
      ctx.lineWidth = e.width + 2 * e.underlay.padding;
      ctx.stroke(path);
      ctx.restore();
    }
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.setLineDash(e.dash);
    ctx.stroke(path);
    ctx.setLineDash([]);
    if (e.arrow) {
      ctx.fillStyle = e.color;
      ctx.beginPath();
      e.arrow.forEach(([x, y], i) => {
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
      ctx.fill();
    }
    if (e.mark) {
      const mark = new Path2D(markerPath(e.mark.shape, e.mark.x, e.mark.y, e.mark.size));
      ctx.fillStyle = e.mark.fill;
      ctx.fill(mark);
      ctx.strokeStyle = e.color;
      ctx.lineWidth = e.mark.stroke;
      ctx.stroke(mark);
    }
    ctx.restore();
  }
  for (const n of picture.nodes) {
    ctx.save();
    ctx.globalAlpha = n.opacity;
    if (n.underlay) {
      const p = n.underlay.padding;
      ctx.save();
      ctx.globalAlpha = n.opacity * n.underlay.opacity;
      ctx.fillStyle = n.underlay.color;
      ctx.fill(new Path2D(shapePath("ellipse", n.x, n.y, n.width + 2 * p, n.height + 2 * p)));
      ctx.restore();
    }
    const shape = new Path2D(shapePath(n.shape, n.x, n.y, n.width, n.height));
    ctx.fillStyle = n.fill;
    ctx.fill(shape);
    if (n.border) {
      ctx.strokeStyle = n.border.color;
      ctx.lineWidth = n.border.width;
      ctx.setLineDash(n.border.dash);
      ctx.stroke(shape);
    }
    ctx.restore();
  }
  // Labels over every shape and line, as the canvas draws them.
  for (const n of picture.nodes) {
    if (!n.label) continue;
    ctx.save();
    ctx.globalAlpha = n.opacity;
    drawLabel(ctx, n.label, text, false);
    ctx.restore();
  }
  for (const e of picture.edges) {
    if (!e.label) continue;
    ctx.save();
    ctx.globalAlpha = e.opacity;
    drawLabel(ctx, e.label, text, true);
    ctx.restore();
  }
  for (const e of picture.edges) {
    const b = e.badge;
    if (!b) continue;
    ctx.save();
    ctx.fillStyle = b.fill;
    ctx.beginPath();
    ctx.arc(b.x, b.y, b.radius, 0, Math.PI * 2);
    ctx.fill();
    ctx.font = cssFont(b.font);
    ctx.fillStyle = b.ink;
    ctx.textAlign = "center";
    ctx.textBaseline = "alphabetic";
    text(ctx, String(b.number), b.x, b.y + b.font.size * 0.36);
    ctx.restore();
  }
}

export interface Placement {
  /** Output size in px, and how the frame (CSS px at 1×) sits in it. */
  width: number;
  height: number;
  scale: number;
  dx: number;
  dy: number;
}

/**
 * The whole image: background, title, graph, legend, caption, footnotes, credits, at `placement`
 * times `k` (the preview draws it smaller). Returns every text drawn, in order.
 */
export function paintImage(
  ctx: CanvasRenderingContext2D,
  picture: Picture,
  frame: Frame,
  placement: Placement,
  background: string | null,
  k = 1,
): string[] {
  const texts: string[] = [];
  const text: Text = (c, t, x, y, maxWidth) => {
    texts.push(t);
    // The measured width, as in the SVG: never wider than the room the label was given.
    if (maxWidth !== undefined) c.fillText(t, x, y, Math.ceil(maxWidth) + 0.5);
    else c.fillText(t, x, y);
  };
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  } else ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(k * placement.scale, 0, 0, k * placement.scale, k * placement.dx, k * placement.dy);
  ctx.save();
  ctx.translate(frame.graph.x, frame.graph.y);
  paintPicture(ctx, picture, text);
  ctx.restore();
  const ops = [...frame.title, ...frame.legend, ...frame.caption, ...frame.footnotes, ...frame.credits];
  drawOps(ctx, ops, text);
  ctx.restore();
  return texts;
}

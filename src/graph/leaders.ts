// Leader lines: a thin line from an actor to its name when the name pass (labels.ts) had to draw the
// name away from it (in a large graph's crowded middle). Cytoscape draws labels but no line to them,
// so the lines are drawn on a transparent canvas of their own, under cytoscape's (useLeaders), after
// each of its frames ("render" is emitted once the frame is drawn; the names were placed before it).
import type cytoscape from "cytoscape";
import { type Box, LEADERS_KEY, type Leader, leaderSegment } from "./labels";
import { recall } from "./memo";

/** Where each leader line starts and ends on screen, in px, from the live positions. */
export function leaderLines(
  cy: cytoscape.Core,
  leaders: readonly Leader[],
): { id: string; from: { x: number; y: number }; to: { x: number; y: number } }[] {
  const lines: { id: string; from: { x: number; y: number }; to: { x: number; y: number } }[] = [];
  for (const leader of leaders) {
    const node = cy.getElementById(leader.id);
    if (node.empty() || node.removed()) continue;
    const p = node.renderedPosition();
    const cx = p.x + leader.dx;
    const cy_ = p.y + leader.dy;
    const box: Box = {
      x1: cx - leader.width / 2,
      y1: cy_ - leader.height / 2,
      x2: cx + leader.width / 2,
      y2: cy_ + leader.height / 2,
    };
    lines.push({ id: leader.id, ...leaderSegment(p, node.renderedOuterWidth() / 2, box) });
  }
  return lines;
}

/** Draws the last pass' leader lines on `canvas`, sized to the cytoscape container. */
export function drawLeaders(cy: cytoscape.Core, canvas: HTMLCanvasElement): void {
  const leaders = recall<Leader[]>(cy, LEADERS_KEY) ?? [];
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(cy.width() * ratio);
  const height = Math.round(cy.height() * ratio);
  // A canvas that had no lines and still has none is left alone (most frames, every small graph).
  if (leaders.length === 0 && canvas.dataset.lines === "0") return;
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, cy.width(), cy.height());
  canvas.dataset.lines = String(leaders.length);
  if (leaders.length === 0) return;
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.75;
  for (const { id, from, to } of leaderLines(cy, leaders)) {
    ctx.strokeStyle = String(cy.getElementById(id).style("color") || "#444");
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  }
}

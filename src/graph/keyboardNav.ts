// The canvas for the keyboard: arrow keys move a cursor to the nearest actor in that direction,
// Enter (or Space) opens its details, and every move is announced. The cursor is chrome: an
// `is-cursor` class on the canvas plus the store's hover (its neighbourhood is highlighted, as under
// a pointer), never part of the view. Loaded on the first key press on the canvas.
import type cytoscape from "cytoscape";
import { announce } from "../lib/announce";
import { useStore } from "../state/store";
import { ENTITY_VISUALS } from "../visuals/vocabulary";

export type Direction = "left" | "right" | "up" | "down";
export interface Point {
  id: string;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The point a step in `direction` reaches: among those ahead within 60° either side of it, the one
 * with the least distance ahead plus twice the distance aside (straight ahead wins over close
 * aside). Null when nothing lies that way.
 */
export function nearestInDirection(
  points: readonly Point[],
  from: { x: number; y: number },
  direction: Direction,
): Point | null {
  const [dx, dy] = VECTORS[direction];
  let best: Point | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const p of points) {
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const ahead = vx * dx + vy * dy;
    const aside = Math.abs(vx * dy - vy * dx);
    if (ahead <= 0 || aside > ahead * Math.sqrt(3)) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

const cursors = new WeakMap<cytoscape.Core, string>();

export const ARROWS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

function describe(node: cytoscape.NodeSingular): string {
  const { index, visibility } = useStore.getState();
  const entity = index?.entityById.get(node.id());
  if (!entity) return node.id();
  const links = (index?.relationsByEntity.get(entity.id) ?? []).filter((r) => visibility.relations.has(r.id));
  return `${entity.name}, ${ENTITY_VISUALS[entity.type].label.toLowerCase()}, ${links.length} link${links.length === 1 ? "" : "s"} shown. Enter for details.`;
}

function place(cy: cytoscape.Core, node: cytoscape.NodeSingular) {
  cy.batch(() => {
    cy.nodes(".is-cursor").removeClass("is-cursor");
    node.addClass("is-cursor");
  });
  cursors.set(cy, node.id());
  useStore.getState().hoverEntity(node.id());
  // Keep the cursor in sight.
  const p = node.renderedPosition();
  const margin = 40;
  if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin)
    cy.animate({ center: { eles: node }, duration: 200 });
  announce(describe(node));
}

/** Where the cursor starts: the selected actor, else the actor nearest the middle of the view. */
function start(cy: cytoscape.Core, shown: cytoscape.NodeCollection): cytoscape.NodeSingular | null {
  const selection = useStore.getState().view.selection;
  if (selection?.kind === "entity") {
    const selected = shown.getElementById(selection.id);
    if (selected.nonempty()) return selected as unknown as cytoscape.NodeSingular;
  }
  const ext = cy.extent();
  const middle = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  let best: cytoscape.NodeSingular | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  shown.forEach((n) => {
    const { x, y } = n.position();
    const d = (x - middle.x) ** 2 + (y - middle.y) ** 2;
    if (d < bestDistance) {
      best = n;
      bestDistance = d;
    }
  });
  return best;
}

/** Handles a key pressed on the canvas; the caller has already kept the browser from acting on it. */
export function handleCanvasKey(cy: cytoscape.Core, key: string): void {
  if (cy.destroyed()) return;
  const shown = cy.nodes().not(".is-hidden");
  const cursorId = cursors.get(cy);
  const cursor = cursorId ? shown.getElementById(cursorId) : null;
  const current = cursor?.nonempty() ? (cursor as unknown as cytoscape.NodeSingular) : null;
  if (key === "Enter" || key === " ") {
    if (current) useStore.getState().select({ kind: "entity", id: current.id() });
    else announce("No actor under the cursor yet: use the arrow keys to move to one.");
    return;
  }
  const direction = ARROWS[key];
  if (!direction) return;
  if (!current) {
    const first = start(cy, shown);
    if (first) place(cy, first);
    else announce("No actor is shown.");
    return;
  }
  const points = shown
    .not(current)
    .nodes()
    .map((n) => ({ id: n.id(), ...n.position() }));
  const next = nearestInDirection(points, current.position(), direction);
  if (next) place(cy, shown.getElementById(next.id) as unknown as cytoscape.NodeSingular);
  else announce(`No actor further ${direction}.`);
}

/** The canvas lost focus: the cursor goes, and with it the neighbourhood it highlighted. */
export function clearCursor(cy: cytoscape.Core): void {
  if (!cursors.has(cy) || cy.destroyed()) return;
  cursors.delete(cy);
  cy.nodes(".is-cursor").removeClass("is-cursor");
  useStore.getState().hoverEntity(null);
}

// Room for names in the precomputed layout (`npm run data:layout`). Names are drawn at a constant
// size on screen (src/graph/labels.ts), so whether the best-connected actors can be named at first
// sight depends on the fitted zoom: fcose spaces nodes for their boxes, but the dense middle of the
// curated graph left no free place under Russia, Trump or the Western European ally at 1440×900.
// This pass, run after fcose, reserves the place under each of the best-connected actors' names at
// the zoom the reader's first view will have, by moving the other nodes out of it (never the named
// ones), and keeps those names clear of each other. Pure and deterministic.

export interface RoomNode {
  id: string;
  x: number;
  y: number;
  /** The node's outer size in graph units. */
  size: number;
  degree: number;
  /** Its name as labels.ts would draw it: the width of its widest line and its line count, in px. */
  labelWidth: number;
  lines: number;
}

export interface RoomView {
  /** The canvas the first view is fitted to, in px, and the fit's margin. */
  width: number;
  height: number;
  padding: number;
  /** How many of the best-connected actors get a reserved place. */
  named: number;
  /** Line height of a name and the gap between a node and its name, in px (labels.ts). */
  linePx: number;
  gapPx: number;
  /** Kept free around each name and node, in px. */
  padPx: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The zoom at which the shapes fit the view (as the app's first view fits them). */
export function fitZoom(nodes: readonly RoomNode[], view: RoomView): number {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x - n.size / 2);
    x2 = Math.max(x2, n.x + n.size / 2);
    y1 = Math.min(y1, n.y - n.size / 2);
    y2 = Math.max(y2, n.y + n.size / 2);
  }
  return Math.min(
    (view.width - 2 * view.padding) / Math.max(1, x2 - x1),
    (view.height - 2 * view.padding) / Math.max(1, y2 - y1),
  );
}

/** The place under a node where its name goes, at this zoom, in graph units. */
export function nameBox(n: RoomNode, zoom: number, view: RoomView): Box {
  const width = n.labelWidth / zoom;
  const y1 = n.y + n.size / 2 + view.gapPx / zoom;
  return { x1: n.x - width / 2, y1, x2: n.x + width / 2, y2: y1 + (n.lines * view.linePx) / zoom };
}

const grow = (b: Box, by: number): Box => ({ x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by });
const shapeBox = (n: RoomNode): Box => ({
  x1: n.x - n.size / 2,
  y1: n.y - n.size / 2,
  x2: n.x + n.size / 2,
  y2: n.y + n.size / 2,
});

/** The shortest move (left, right, up or down) that takes `box` out of `room`. */
function moveOut(box: Box, room: Box): { dx: number; dy: number } {
  const moves = [
    { dx: room.x1 - box.x2, dy: 0 },
    { dx: room.x2 - box.x1, dy: 0 },
    { dx: 0, dy: room.y1 - box.y2 },
    { dx: 0, dy: room.y2 - box.y1 },
  ];
  return moves.reduce((best, m) => (Math.hypot(m.dx, m.dy) < Math.hypot(best.dx, best.dy) ? m : best));
}

/**
 * Moves nodes until, at the fitted zoom, no node lies in a reserved name's place (or on another
 * node), and reserved names do not overlap one another. Returns new positions (ids → [x, y]) and
 * how many rounds it took; gives up after `rounds` (the result is still better than the input).
 */
export function makeRoomForNames(
  input: readonly RoomNode[],
  view: RoomView,
  rounds = 400,
): { positions: Record<string, [number, number]>; rounds: number; clear: boolean } {
  const nodes = input.map((n) => ({ ...n }));
  const named = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, view.named);
  const isNamed = new Set(named.map((n) => n.id));
  let round = 0;
  let clear = false;
  for (; round < rounds && !clear; round++) {
    clear = true;
    const zoom = fitZoom(nodes, view);
    const pad = view.padPx / zoom;
    // A name's place pushes away every other node; a named node is never moved by a lesser name.
    for (const [i, owner] of named.entries()) {
      const room = grow(nameBox(owner, zoom, view), pad);
      for (const other of nodes) {
        if (other === owner || !overlap(shapeBox(other), room)) continue;
        if (isNamed.has(other.id) && named.indexOf(other) < i) {
          // Move the lesser name's owner instead, taking its name with it.
          const m = moveOut(room, grow(shapeBox(other), pad));
          owner.x += m.dx;
          owner.y += m.dy;
        } else {
          const m = moveOut(shapeBox(other), room);
          other.x += m.dx;
          other.y += m.dy;
        }
        clear = false;
      }
      // Reserved names stay clear of each other: the lesser one moves.
      for (const better of named.slice(0, i)) {
        const theirs = grow(nameBox(better, zoom, view), pad);
        const mine = nameBox(owner, zoom, view);
        if (!overlap(mine, theirs)) continue;
        const m = moveOut(mine, theirs);
        owner.x += m.dx;
        owner.y += m.dy;
        clear = false;
      }
    }
    // And nodes stay clear of each other.
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        if (!a || !b) continue;
        const room = grow(shapeBox(a), pad);
        if (!overlap(shapeBox(b), room)) continue;
        const mover = isNamed.has(b.id) && !isNamed.has(a.id) ? a : b;
        const m = mover === b ? moveOut(shapeBox(b), room) : moveOut(shapeBox(a), grow(shapeBox(b), pad));
        mover.x += m.dx;
        mover.y += m.dy;
        clear = false;
      }
    }
  }
  const positions: Record<string, [number, number]> = {};
  for (const n of nodes) positions[n.id] = [Math.round(n.x * 10) / 10, Math.round(n.y * 10) / 10];
  return { positions, rounds: round, clear };
}

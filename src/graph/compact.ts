// A filter that leaves a few actors (COMPACT_MAX or fewer, sync.ts) lays them out afresh, close together,
// instead of leaving them scattered over the whole graph's places with wide gaps between them. The
// places they had are kept (HOME) and come back when the filter is cleared. The layout is the force
// layout on a headless cytoscape (headlessLayout.ts) from node boxes with room for each name, with
// a seeded Math.random: the same actors get the same picture every time. Loaded on first use.
import type cytoscape from "cytoscape";
import { seededRandom } from "../lib/random";
import { computeLayout, type ForceTuningPatch, type LayoutRequest } from "./headlessLayout";
import { LABEL_LINES, LABEL_PX, LABEL_WIDTH_PX } from "./labels";
import { forget, recall, remember } from "./memo";
import { frameBox, HOME_KEY as HOME, nameRoom, putHomeBack, shapesBox } from "./sync";

/** The move to a compact layout: long enough to follow, short enough to keep the whole change under 500 ms. */
export const COMPACT_MS = 280;

/** Closer than the whole graph's spacing: a filtered view is a few actors, fitted near life size. */
const COMPACT_TUNING: ForceTuningPatch = {
  quality: "proof",
  randomize: true,
  nodeRepulsion: 9000,
  idealEdgeLength: 90,
  nodeSeparation: 80,
  gravity: 0.6,
  tilingPaddingVertical: 24,
  tilingPaddingHorizontal: 24,
};

type Positions = Map<string, { x: number; y: number }>;

/** A name's room beside its node near life size: width up to the wrap width, up to three lines. */
function nameBox(label: string): { w: number; h: number } {
  const width = label.length * LABEL_PX * 0.55;
  const lines = Math.min(LABEL_LINES, Math.max(1, Math.ceil(width / LABEL_WIDTH_PX)));
  return { w: Math.min(width, LABEL_WIDTH_PX), h: lines * LABEL_PX + 6 };
}

/**
 * Turns a layout to suit the canvas: a long one (a chain of actors, which the force layout draws
 * straight) along the canvas' diagonal, where it is longest and where each name below a node sits
 * lower than its neighbour's; a wide one on a tall canvas (or the reverse) a quarter.
 */
export function orient(x: Float64Array, y: Float64Array, canvas: { w: number; h: number }): void {
  const n = x.length;
  if (n < 2) return;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += (x[i] ?? 0) / n;
    my += (y[i] ?? 0) / n;
  }
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const half = (sxx + syy) / 2;
  const spread = Math.sqrt(((sxx - syy) / 2) ** 2 + sxy ** 2);
  const long = half + spread;
  const short = half - spread;
  // The main axis' angle; elongated when it is over 2.5 times as long as the other (in spread).
  const axis = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  let turn = 0;
  if (long > 6.25 * Math.max(short, 1e-9)) turn = Math.atan2(canvas.h, canvas.w) - axis;
  else {
    const wide = sxx > syy * 1.44;
    const tall = syy > sxx * 1.44;
    if ((wide && canvas.h > canvas.w * 1.2) || (tall && canvas.w > canvas.h * 1.2)) turn = Math.PI / 2;
  }
  if (turn === 0) return;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    x[i] = mx + dx * cos - dy * sin;
    y[i] = my + dx * sin + dy * cos;
  }
}

/**
 * Stretches a layout along its short side, up to twice, until its proportions are the canvas'.
 * The framing is set by the long side, so the stretch adds room between the actors (for their
 * names, which keep their size on screen) without shrinking the picture: on a phone's tall canvas a
 * wide cluster gains the height it left empty.
 */
export function fillCanvas(x: Float64Array, y: Float64Array, canvas: { w: number; h: number }): void {
  const n = x.length;
  if (n < 2) return;
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < n; i++) {
    x1 = Math.min(x1, x[i] ?? 0);
    x2 = Math.max(x2, x[i] ?? 0);
    y1 = Math.min(y1, y[i] ?? 0);
    y2 = Math.max(y2, y[i] ?? 0);
  }
  const w = x2 - x1;
  const h = y2 - y1;
  if (w <= 0 || h <= 0) return;
  const want = canvas.h / canvas.w;
  const has = h / w;
  const [values, low, by] = has < want ? [y, y1, Math.min(2, want / has)] : [x, x1, Math.min(2, has / want)];
  if (by <= 1.05) return;
  for (let i = 0; i < n; i++) values[i] = low + ((values[i] ?? 0) - low) * by;
}

/** Positions for `nodes` (and the links among them), laid out afresh, compact and turned to fit. */
export function compactPositions(
  nodes: cytoscape.NodeCollection,
  canvas: { w: number; h: number } = { w: 4, h: 3 },
): Positions {
  const sorted = nodes.sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
  const n = sorted.length;
  const index = new Map<string, number>();
  const request: LayoutRequest = {
    ids: [],
    w: new Float64Array(n),
    h: new Float64Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    sources: new Int32Array(0),
    targets: new Int32Array(0),
    quality: "proof",
    layout: "force",
    types: [],
    labels: [],
    root: null,
    width: 800,
    height: 600,
  };
  sorted.forEach((node, i) => {
    index.set(node.id(), i);
    request.ids.push(node.id());
    request.types.push(String(node.data("type")));
    request.labels.push(String(node.data("label")));
    const shape = node.layoutDimensions({ nodeDimensionsIncludeLabels: false });
    const room = nameBox(String(node.data("label")));
    request.w[i] = Math.max(shape.w, room.w) + 8;
    request.h[i] = shape.h + room.h;
  });
  const sources: number[] = [];
  const targets: number[] = [];
  sorted
    .edgesWith(sorted)
    .not(".is-hidden")
    .sort((a, b) => (a.id() < b.id() ? -1 : 1))
    .forEach((edge) => {
      const s = index.get(edge.source().id());
      const t = index.get(edge.target().id());
      if (s !== undefined && t !== undefined) {
        sources.push(s);
        targets.push(t);
      }
    });
  request.sources = Int32Array.from(sources);
  request.targets = Int32Array.from(targets);
  // fcose's spectral start draws on Math.random: seeded for the call, then given back.
  const random = Math.random;
  Math.random = seededRandom(n);
  try {
    const { x, y } = computeLayout(request, COMPACT_TUNING);
    orient(x, y, canvas);
    fillCanvas(x, y, canvas);
    const out: Positions = new Map();
    request.ids.forEach((id, i) => {
      out.set(id, { x: x[i] ?? 0, y: y[i] ?? 0 });
    });
    return out;
  } finally {
    Math.random = random;
  }
}

/** Every node's place before the first compact layout (kept until the filter is cleared). */
function keepHome(cy: cytoscape.Core): void {
  if (recall(cy, HOME)) return;
  const home: Positions = new Map();
  cy.nodes().forEach((n) => {
    home.set(n.id(), { ...n.position() });
  });
  remember(cy, HOME, home);
}

/** The zoom and pan that fit the nodes' shapes at these positions, with room for the outer names. */
function frameAt(
  cy: cytoscape.Core,
  nodes: cytoscape.NodeCollection,
  at: Positions,
  padding: number,
  maxZoom: number,
) {
  const box = shapesBox(nodes, (n) => at.get(n.id()) ?? n.position());
  return frameBox(cy, box, maxZoom, padding, nameRoom(cy));
}

/** Moves nodes to `at` and the camera to frame `framed` there, together, animated. */
function moveTo(
  cy: cytoscape.Core,
  moving: cytoscape.NodeCollection,
  framed: cytoscape.NodeCollection,
  at: Positions,
  frame: { padding: number; maxZoom: number },
  animate: boolean,
): Promise<void> {
  const target = frameAt(cy, framed, at, frame.padding, frame.maxZoom);
  cy.stop(true, false);
  moving.stop(true, false);
  if (!animate) {
    cy.batch(() => {
      moving.forEach((n) => {
        const p = at.get(n.id());
        if (p) n.position(p);
      });
    });
    if (target) cy.viewport(target);
    return Promise.resolve();
  }
  const done: Promise<unknown>[] = [];
  moving.forEach((n) => {
    const p = at.get(n.id());
    if (!p) return;
    const options = { position: p, duration: COMPACT_MS, easing: "ease-in-out-cubic" };
    done.push(
      n
        .animation(options as unknown as Parameters<typeof n.animation>[0])
        .play()
        .promise(),
    );
  });
  if (target)
    done.push(
      cy
        .animation({ zoom: target.zoom, pan: target.pan, duration: COMPACT_MS, easing: "ease-in-out-cubic" })
        .play()
        .promise(),
    );
  return Promise.all(done).then(() => undefined);
}

/** Lays out the shown actors afresh and frames them (their old places kept for later). */
export function compactShown(
  cy: cytoscape.Core,
  frame: { padding: number; maxZoom: number },
  animate = true,
): Promise<void> {
  const shown = cy.nodes().not(".is-hidden");
  keepHome(cy);
  // What the frame leaves for the picture: its padding, and half a name's width at each side.
  const side = frame.padding + LABEL_WIDTH_PX / 2;
  const canvas = { w: Math.max(1, cy.width() - 2 * side), h: Math.max(1, cy.height() - 2 * frame.padding) };
  const at = compactPositions(shown, canvas);
  return moveTo(cy, shown, shown, at, frame, animate);
}

/** Puts every node back in its kept place and frames what is shown; false when none was kept. */
export function restoreHome(
  cy: cytoscape.Core,
  frame: { padding: number; maxZoom: number },
  animate = true,
): Promise<boolean> {
  const home = recall<Positions>(cy, HOME);
  if (!home) return Promise.resolve(false);
  const shown = cy.nodes().not(".is-hidden");
  // Hidden nodes move at once: only what is on screen needs to be seen moving.
  putHomeBack(cy, cy.nodes(".is-hidden"));
  forget(cy, HOME);
  return moveTo(cy, shown, shown.nonempty() ? shown : cy.nodes(), home, frame, animate).then(() => true);
}

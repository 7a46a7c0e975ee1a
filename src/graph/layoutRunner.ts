// Runs a layout on the canvas without freezing the page. The force layout (fcose) is loaded on
// demand; above OFF_THREAD_NODES every layout, and above OFF_THREAD_FORCE the force layout, is
// computed in a Web Worker (layout.worker.ts) from node boxes measured here, and the positions come
// back through the `preset` layout. It does not touch the store: it reports its progress to its
// caller (the canvas), which tells the store.
import cytoscape from "cytoscape";
import type { LayoutName } from "../domain/view";
import type { LayoutOutcome, LayoutTask } from "../state/store";
import type { LayoutReply, LayoutRequest } from "./headlessLayout";
import { forceQuality, LABELLED_BOXES_MAX, layoutOptions } from "./layouts";

let fcose: Promise<void> | null = null;

/**
 * Loads and registers the force layout (fcose, with cose-base and layout-base, ~40 KB gzipped) on
 * first use: the curated dataset opens with precomputed positions (data/layout.json), so most visits
 * never need it. Resolves at once after the first time.
 */
export function loadForceLayout(): Promise<void> {
  fcose ??= import("cytoscape-fcose").then(
    (module) => {
      cytoscape.use(module.default);
    },
    (error: unknown) => {
      fcose = null; // a failed chunk load may succeed on the next attempt
      throw error;
    },
  );
  return fcose;
}

/** Above this many nodes, layouts run in a Web Worker. */
export const OFF_THREAD_NODES = 300;
/**
 * The force layout costs far more per actor and per link than the others: on the main thread fcose
 * held the page for 350-470 ms at 53 actors and 702 links (issue 20's pathological file), and
 * seconds at 300 actors. Above either figure it runs in the worker too. Not below: at the curated
 * 73 actors and 110 links the worker's start and round trip cost more than the ~130 ms task it
 * saves (bench, 2 Dec: 1,243 ms to the drawn result against 594 ms; longest task 168 against 133).
 */
export const OFF_THREAD_FORCE = { nodes: 100, edges: 200 } as const;

/** Whether a layout of this size runs in the worker (where there is one). */
export function runsOffThread(name: LayoutName, nodes: number, edges: number): boolean {
  if (nodes > OFF_THREAD_NODES) return true;
  return name === "force" && (nodes > OFF_THREAD_FORCE.nodes || edges > OFF_THREAD_FORCE.edges);
}
/** Above this many nodes, layouts are not animated (every frame would redraw everything). */
export const ANIMATE_MAX_NODES = 500;

let job = 0;
let stopCurrent: (() => void) | null = null;

/** Stops the layout under way, if any; nodes keep the positions they had. */
export function cancelLayout(): void {
  const stop = stopCurrent;
  stopCurrent = null;
  stop?.();
}

/** What the worker needs: node boxes and starting positions, edges as index pairs. */
function toRequest(
  cy: cytoscape.Core,
  eles: cytoscape.Collection,
  layout: LayoutName,
  root: cytoscape.NodeCollection | null | undefined,
): LayoutRequest {
  const nodes = eles.nodes();
  const n = nodes.length;
  // fcose is tuned with labels in the boxes; cytoscape's other layouts leave them out by default.
  const includeLabels = layout === "force" && n <= LABELLED_BOXES_MAX;
  const ids: string[] = new Array(n);
  const types: string[] = new Array(n);
  const labels: string[] = new Array(n);
  const index = new Map<string, number>();
  const w = new Float64Array(n);
  const h = new Float64Array(n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  nodes.forEach((node, i) => {
    const id = node.id();
    ids[i] = id;
    types[i] = String(node.data("type"));
    labels[i] = String(node.data("label"));
    index.set(id, i);
    const box = node.layoutDimensions({ nodeDimensionsIncludeLabels: includeLabels });
    w[i] = box.w;
    h[i] = box.h;
    const p = node.position();
    x[i] = p.x;
    y[i] = p.y;
  });
  const edges = eles.edges();
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  let m = 0;
  edges.forEach((edge) => {
    const s = index.get(edge.data("source"));
    const t = index.get(edge.data("target"));
    if (s === undefined || t === undefined) return;
    sources[m] = s;
    targets[m] = t;
    m += 1;
  });
  return {
    ids,
    w,
    h,
    x,
    y,
    sources: sources.slice(0, m),
    targets: targets.slice(0, m),
    quality: forceQuality(n),
    layout,
    types,
    labels,
    root: root?.nonempty() ? (index.get(root.first().id()) ?? null) : null,
    width: cy.width(),
    height: cy.height(),
  };
}

/** Applies positions with the `preset` layout (fit, animated when small enough). */
function applyPositions(
  eles: cytoscape.Collection,
  ids: string[],
  x: Float64Array,
  y: Float64Array,
  animate: boolean,
): Promise<void> {
  const at = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => {
    at.set(id, { x: x[i] ?? 0, y: y[i] ?? 0 });
  });
  return new Promise((resolve) => {
    const layout = eles.layout({
      name: "preset",
      positions: (node: cytoscape.NodeSingular) => at.get(node.id()) ?? node.position(),
      fit: true,
      padding: 40,
      animate,
      animationDuration: 450,
    } as cytoscape.LayoutOptions);
    layout.one("layoutstop", () => resolve());
    layout.run();
  });
}

function runInWorker(
  cy: cytoscape.Core,
  eles: cytoscape.Collection,
  name: LayoutName,
  { animate, root }: { animate: boolean; root?: cytoscape.NodeCollection | null },
  mine: number,
): Promise<LayoutOutcome> {
  const request = toRequest(cy, eles, name, root);
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    const finish = (outcome: LayoutOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    stopCurrent = () => finish("cancelled");
    worker.addEventListener("message", (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (mine !== job || cy.destroyed()) return finish("cancelled");
      if (reply.type === "error") return finish("failed");
      stopCurrent = null;
      worker.terminate();
      void applyPositions(eles, request.ids, reply.x, reply.y, animate).then(() => resolve("done"));
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      finish("failed");
    });
    worker.postMessage(request, [
      request.w.buffer,
      request.h.buffer,
      request.x.buffer,
      request.y.buffer,
      request.sources.buffer,
      request.targets.buffer,
    ]);
  });
}

function runOnMainThread(
  eles: cytoscape.Collection,
  name: LayoutName,
  options: { animate: boolean; root?: cytoscape.NodeCollection | null },
): Promise<LayoutOutcome> {
  return new Promise((resolve) => {
    const layout = eles.layout(layoutOptions(name, { ...options, nodes: eles.nodes() }));
    let outcome: LayoutOutcome = "done";
    stopCurrent = () => {
      outcome = "cancelled";
      layout.stop();
    };
    layout.one("layoutstop", () => resolve(outcome));
    layout.run();
  });
}

/**
 * Lays out `eles` (what is shown) with the named layout, reporting each phase through `onTask`.
 * Resolves when the positions are in place, or when it was cancelled or superseded by another call
 * ("cancelled"; only the latest call's outcome is for the store).
 */
export async function runLayout(
  cy: cytoscape.Core,
  eles: cytoscape.Collection,
  name: LayoutName,
  {
    animate,
    root,
    onTask,
  }: { animate: boolean; root?: cytoscape.NodeCollection | null; onTask: (task: LayoutTask) => void },
): Promise<LayoutOutcome> {
  cancelLayout();
  job += 1;
  const mine = job;
  const nodes = eles.nodes().length;
  const offThread = runsOffThread(name, nodes, eles.edges().length) && typeof Worker !== "undefined";
  const canAnimate = animate && nodes <= ANIMATE_MAX_NODES;
  const startedAt = performance.now();
  const task = (phase: "loading" | "running") => onTask({ layout: name, phase, nodes, offThread, startedAt });
  let outcome: LayoutOutcome;
  try {
    if (offThread) {
      task("running");
      outcome = await runInWorker(cy, eles, name, { animate: canAnimate, root }, mine);
    } else {
      if (name === "force") {
        let cancelled = false;
        stopCurrent = () => {
          cancelled = true;
        };
        task("loading");
        await loadForceLayout();
        if (cancelled) return "cancelled";
      }
      if (mine !== job || cy.destroyed()) return "cancelled";
      if (name === "force") task("running");
      outcome = await runOnMainThread(eles, name, { animate: canAnimate, root });
    }
  } catch {
    outcome = "failed";
  }
  if (mine !== job) return "cancelled";
  stopCurrent = null;
  return outcome;
}

// Layouts off the main thread: a headless cytoscape lays out node boxes (sizes measured on the
// canvas) and sends back positions, which the canvas applies with the `preset` layout. Large graphs
// lay out here so the page never freezes: force (fcose) and the others, with the same options.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { LayoutName } from "../domain/view";
import { seededRandom } from "../lib/random";
import { FORCE_TUNING, forceOptions, layoutOptions } from "./layouts";

cytoscape.use(fcose);

export interface LayoutRequest {
  /** Node i: ids[i], its box (w, h) and its starting position (x, y). */
  ids: string[];
  w: Float64Array;
  h: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** Edge j joins node sources[j] and node targets[j] (indexes into ids). */
  sources: Int32Array;
  targets: Int32Array;
  quality: "draft" | "default" | "proof";
  layout: LayoutName;
  /** Node data the other layouts read: type and label (circle and grid sort by them). */
  types: string[];
  labels: string[];
  /** Index of the tree layout's root, if any. */
  root: number | null;
  /** The canvas' size: the box the other layouts spread the nodes over, as on the page. */
  width: number;
  height: number;
}

export type LayoutReply =
  | { type: "done"; x: Float64Array; y: Float64Array }
  | { type: "error"; message: string };

/** The positions of the request's nodes, in its order. */
export function computeLayout(request: LayoutRequest): { x: Float64Array; y: Float64Array } {
  const { ids, w, h, x, y, sources, targets, quality, layout } = request;
  const elements: cytoscape.ElementDefinition[] = ids.map((id, i) => ({
    group: "nodes",
    data: { id, w: w[i], h: h[i], type: request.types[i], label: request.labels[i] },
    position: { x: x[i] ?? 0, y: y[i] ?? 0 },
  }));
  for (let j = 0; j < sources.length; j++) {
    const s = ids[sources[j] ?? 0];
    const t = ids[targets[j] ?? 0];
    if (s !== undefined && t !== undefined)
      elements.push({ group: "edges", data: { id: `e${j}`, source: s, target: t } });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(w)", height: "data(h)", shape: "rectangle" } }],
    elements,
  });
  const rootId = request.root === null ? undefined : ids[request.root];
  const options =
    layout === "force"
      ? forceOptions({
          ...FORCE_TUNING,
          quality,
          randomize: quality !== "proof",
          nodeDimensionsIncludeLabels: false,
        } as unknown as typeof FORCE_TUNING)
      : {
          ...layoutOptions(layout, {
            animate: false,
            root: rootId === undefined ? null : cy.getElementById(rootId),
            nodes: cy.nodes(),
          }),
          boundingBox: { x1: 0, y1: 0, w: request.width, h: request.height },
        };
  cy.layout({ ...options, animate: false, fit: false } as unknown as cytoscape.LayoutOptions).run();
  const outX = new Float64Array(ids.length);
  const outY = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    const p = cy.getElementById(id).position();
    outX[i] = p.x;
    outY[i] = p.y;
  });
  cy.destroy();
  return { x: outX, y: outY };
}

self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  // fcose's faster qualities start from a spectral layout that needs `randomize: true` (with it off,
  // only "proof" works). This worker owns its global scope, so Math.random is made seeded here: the
  // same graph still gives the same picture.
  Math.random = seededRandom(event.data.ids.length);
  try {
    const { x, y } = computeLayout(event.data);
    const reply: LayoutReply = { type: "done", x, y };
    (self as unknown as Worker).postMessage(reply, [x.buffer, y.buffer]);
  } catch (error) {
    const reply: LayoutReply = {
      type: "error",
      message: error instanceof Error ? error.message : String(error),
    };
    (self as unknown as Worker).postMessage(reply);
  }
});

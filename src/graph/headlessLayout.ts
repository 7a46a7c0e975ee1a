// A layout computed on a headless cytoscape from node boxes (sizes measured on the canvas): the
// layout worker runs it for large graphs, and compact.ts for the few actors a filter leaves. The
// canvas applies the positions with the `preset` layout.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { LayoutName } from "../domain/view";
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

/** Force settings that replace FORCE_TUNING's for one run. */
export type ForceTuningPatch = Partial<Record<keyof typeof FORCE_TUNING, number | string | boolean>>;

/**
 * The positions of the request's nodes, in its order. `tuning` replaces the force layout's spacing
 * (compact.ts lays out a few actors closer together than the whole graph).
 */
export function computeLayout(
  request: LayoutRequest,
  tuning: ForceTuningPatch = {},
): { x: Float64Array; y: Float64Array } {
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
          ...tuning,
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

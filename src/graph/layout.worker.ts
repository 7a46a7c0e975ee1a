// The force layout off the main thread: a headless cytoscape with fcose lays out node boxes (sizes
// measured on the canvas, labels included) and sends back positions, which the canvas applies with
// the `preset` layout. Large graphs lay out here so the page never freezes.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { seededRandom } from "../lib/random";
import { FORCE_TUNING, forceOptions } from "./layouts";

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
}

export type LayoutReply =
  | { type: "done"; x: Float64Array; y: Float64Array }
  | { type: "error"; message: string };

self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  const { ids, w, h, x, y, sources, targets, quality } = event.data;
  // fcose's faster qualities start from a spectral layout that needs `randomize: true` (with it off,
  // only "proof" works). This worker owns its global scope, so Math.random is made seeded here: the
  // same graph still gives the same picture.
  Math.random = seededRandom(ids.length);
  try {
    const elements: cytoscape.ElementDefinition[] = ids.map((id, i) => ({
      group: "nodes",
      data: { id, w: w[i], h: h[i] },
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
    cy.layout({
      ...forceOptions({
        ...FORCE_TUNING,
        quality,
        randomize: quality !== "proof",
        nodeDimensionsIncludeLabels: false,
      } as unknown as typeof FORCE_TUNING),
      animate: false,
      fit: false,
    } as unknown as cytoscape.LayoutOptions).run();
    const outX = new Float64Array(ids.length);
    const outY = new Float64Array(ids.length);
    ids.forEach((id, i) => {
      const p = cy.getElementById(id).position();
      outX[i] = p.x;
      outY[i] = p.y;
    });
    cy.destroy();
    const reply: LayoutReply = { type: "done", x: outX, y: outY };
    (self as unknown as Worker).postMessage(reply, [outX.buffer, outY.buffer]);
  } catch (error) {
    const reply: LayoutReply = {
      type: "error",
      message: error instanceof Error ? error.message : String(error),
    };
    (self as unknown as Worker).postMessage(reply);
  }
});

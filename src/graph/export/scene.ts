// What an export reads off the live canvas: which elements are shown (not filtered out, and in the
// view when exporting the view) and how large the graph's picture is at 1×.
import type cytoscape from "cytoscape";
import type { ShownIds } from "../../domain/export/visible";

export type Region = "full" | "view";

export interface Scene {
  ids: ShownIds;
  /** The graph's picture at 1×, in CSS px: what cy.png draws for this region at scale 1. */
  graph: { width: number; height: number };
}

/** Elements drawn on the canvas: `.is-hidden` and edges of hidden nodes are not. */
export function shownCollection(cy: cytoscape.Core, region: Region): cytoscape.CollectionReturnValue {
  const visible = cy.elements(":visible");
  if (region === "full") return visible;
  const e = cy.extent();
  return visible.filter((ele) => {
    const bb = ele.boundingBox({});
    return bb.x2 >= e.x1 && bb.x1 <= e.x2 && bb.y2 >= e.y1 && bb.y1 <= e.y2;
  });
}

export function readScene(cy: cytoscape.Core, region: Region): Scene {
  const shown = shownCollection(cy, region);
  const ids: ShownIds = {
    entities: new Set(shown.nodes().map((n) => n.id())),
    relations: new Set(shown.edges().map((e) => e.id())),
  };
  if (region === "view")
    return { ids, graph: { width: Math.floor(cy.width()), height: Math.floor(cy.height()) } };
  // cy.png({ full: true }) draws the bounding box of every displayed element, labels included.
  const bb = cy.elements().boundingBox({});
  const empty = !Number.isFinite(bb.w) || bb.w <= 0 || bb.h <= 0;
  return {
    ids,
    graph: empty ? { width: 0, height: 0 } : { width: Math.ceil(bb.w), height: Math.ceil(bb.h) },
  };
}

/** Canvas 2D text measurement, shared by the layout of both image backends. */
let measureContext: CanvasRenderingContext2D | null = null;
export function canvasMeasure(text: string, font: string): number {
  measureContext ??= document.createElement("canvas").getContext("2d");
  if (!measureContext) return text.length * 7;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

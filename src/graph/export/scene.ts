// What an export covers: the elements the store says are shown (for the current view, those of them
// inside it) and how large the graph's picture is at 1×, read off the live canvas.
import type cytoscape from "cytoscape";
import type { ShownIds } from "../../domain/export/visible";

export type Region = "full" | "view";

export interface Scene {
  ids: ShownIds;
  /** The graph's picture at 1×, in CSS px: what cy.png draws for this region at scale 1. */
  graph: { width: number; height: number };
}

/** The canvas' elements with these ids (a relation only with both its ends). */
export function collectionOf(cy: cytoscape.Core, ids: ShownIds): cytoscape.CollectionReturnValue {
  return cy
    .elements()
    .filter((ele) =>
      ele.isNode()
        ? ids.entities.has(ele.id())
        : ids.relations.has(ele.id()) &&
          ids.entities.has(ele.data("source") as string) &&
          ids.entities.has(ele.data("target") as string),
    );
}

/**
 * The scene of an export: `shown` is what the filters show (the store's visibility); for the view,
 * only what of it lies in the viewport.
 */
export function readScene(cy: cytoscape.Core, shown: ShownIds, region: Region): Scene {
  let drawn = collectionOf(cy, shown);
  if (region === "view") {
    const e = cy.extent();
    drawn = drawn.filter((ele) => {
      const bb = ele.boundingBox({});
      return bb.x2 >= e.x1 && bb.x1 <= e.x2 && bb.y2 >= e.y1 && bb.y1 <= e.y2;
    });
  }
  const ids: ShownIds = {
    entities: new Set(drawn.nodes().map((n) => n.id())),
    relations: new Set(drawn.edges().map((e) => e.id())),
  };
  if (region === "view")
    return { ids, graph: { width: Math.floor(cy.width()), height: Math.floor(cy.height()) } };
  // cy.png({ full: true }) draws the bounding box of every displayed element, labels included:
  // those are the shown ones.
  const bb = drawn.boundingBox({});
  const empty = !Number.isFinite(bb.w) || bb.w <= 0 || bb.h <= 0;
  return {
    ids,
    graph: empty ? { width: 0, height: 0 } : { width: Math.ceil(bb.w), height: Math.ceil(bb.h) },
  };
}

/** Canvas 2D text measurement, shared by the layout of both image backends. */
let measureContext: CanvasRenderingContext2D | null = null;
/** The font last set: setting one parses it again, which cost more than the measuring itself. */
let measureFont = "";
export function canvasMeasure(text: string, font: string): number {
  measureContext ??= document.createElement("canvas").getContext("2d");
  if (!measureContext) return text.length * 7;
  if (font !== measureFont) {
    measureContext.font = font;
    measureFont = font;
  }
  return measureContext.measureText(text).width;
}

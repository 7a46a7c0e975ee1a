// Readability, measured on the live canvas (window.throughline.cy) from rendered bounding boxes:
// which names are drawn and how large on screen, and what overlaps. Shared by the browser tests
// and `npm run bench`. The function runs in the page: it must not close over anything.
import type { Page } from "@playwright/test";
import type cytoscape from "cytoscape";

/**
 * In the page: neither the camera nor any node is moving and, with `layout`, no layout or framing is
 * running (layoutDone). Shared by the browser tests (page.waitForFunction) and the bench (inlined).
 * It runs in the page: it must not close over anything.
 */
export function nothingMoving(layout: boolean): boolean {
  const handle = window.throughline;
  const cy = handle?.cy;
  if (!cy || (layout && handle?.layoutDone !== true)) return false;
  return (
    !cy.animated() &&
    !cy
      .nodes()
      .toArray()
      .some((n) => n.animated())
  );
}

export interface Readability {
  zoom: number;
  shown: number;
  /** The best-connected shown actors (up to 20) whose name is not drawn at ≥ 11 px. */
  topUnreadable: string[];
  /** How many of the best-connected shown actors were checked (20, or all when fewer). */
  topChecked: number;
  /** How many names are drawn, and the smallest drawn size in px. */
  drawn: number;
  smallestPx: number;
  nodeOverlaps: string[];
  labelOverlaps: string[];
  labelOnNode: string[];
}

export function measureReadability(page: Page, top = 20): Promise<Readability> {
  return page.evaluate((topCount) => {
    const cy = window.throughline?.cy;
    if (!cy) throw new Error("no canvas");
    const zoom = cy.zoom();
    const shown = cy.nodes().not(".is-hidden");
    type B = { x1: number; y1: number; x2: number; y2: number };
    // A pixel of slack: boxes that touch do not overlap.
    const hit = (a: B, b: B) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;
    const nodes = shown.toArray().map((n) => {
      const label = String(n.style("label") ?? "");
      const px = n.numericStyle("font-size") * zoom;
      const drawn =
        label.trim() !== "" &&
        px >= n.numericStyle("min-zoomed-font-size") &&
        n.numericStyle("text-opacity") > 0 &&
        n.visible();
      return {
        id: n.id(),
        degree: (n as cytoscape.NodeSingular).degree(false),
        px,
        drawn,
        shape: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
        label: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      };
    });
    const byDegree = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    const topNodes = byDegree.slice(0, topCount);
    const drawn = nodes.filter((n) => n.drawn);
    const nodeOverlaps: string[] = [];
    const labelOverlaps: string[] = [];
    const labelOnNode: string[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i];
      if (!a) continue;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j];
        if (!b) continue;
        if (hit(a.shape, b.shape)) nodeOverlaps.push(`${a.id} × ${b.id}`);
        if (a.drawn && b.drawn && hit(a.label, b.label)) labelOverlaps.push(`${a.id} × ${b.id}`);
      }
    }
    for (const a of drawn) {
      for (const b of nodes) {
        if (a.id !== b.id && hit(a.label, b.shape)) labelOnNode.push(`${a.id} on ${b.id}`);
      }
    }
    return {
      zoom,
      shown: nodes.length,
      topChecked: topNodes.length,
      topUnreadable: topNodes.filter((n) => !n.drawn || n.px < 11).map((n) => n.id),
      drawn: drawn.length,
      smallestPx: drawn.length ? Math.min(...drawn.map((n) => n.px)) : 0,
      nodeOverlaps,
      labelOverlaps,
      labelOnNode,
    };
  }, top);
}

import type cytoscape from "cytoscape";
import { useEffect } from "react";
import { fitShapes } from "../sync";

/**
 * Above this many actors a graph keeps its scale when its canvas changes size. Fitting it again
 * changes the zoom, so every name drawn is restyled and its texture drawn again in the frame that
 * shows the new size: at 1,000 actors that frame held the page for 200-370 ms when the Article tab
 * widened its panel (the same frame at the old scale: 140-250 ms).
 */
const REFIT_MAX_ACTORS = 500;

/**
 * The container changes size when panels open or the window resizes: keeps the canvas in step, and
 * what was in the middle in the middle. A graph the reader saw whole is fitted again to the new room
 * (the legend folded away gives its space to the graph, an opened one takes it back), unless it has
 * more than REFIT_MAX_ACTORS actors (the Fit button frames it); one they had zoomed into is left as
 * it is.
 */
export function useKeepCentreOnResize(cy: cytoscape.Core | null): void {
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container || typeof ResizeObserver === "undefined") return;
    let last = { w: container.clientWidth, h: container.clientHeight };
    const whollyInside = (size: { w: number; h: number }) => {
      const shown = cy.elements(":visible");
      if (shown.empty()) return false;
      const bb = shown.renderedBoundingBox({ includeLabels: false });
      return bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= size.w + 1 && bb.y2 <= size.h + 1;
    };
    const observer = new ResizeObserver(() => {
      if (cy.destroyed()) return;
      const now = { w: container.clientWidth, h: container.clientHeight };
      // The observer's first call, on observe: nothing changed, and measuring the shown graph's
      // rendered box here cost a full pass over every element just after the first frame.
      if (now.w === last.w && now.h === last.h) return;
      const refit = cy.nodes().length <= REFIT_MAX_ACTORS && whollyInside(last);
      cy.resize();
      if (refit) fitShapes(cy, cy.elements(":visible"));
      else cy.panBy({ x: (now.w - last.w) / 2, y: (now.h - last.h) / 2 });
      last = now;
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);
}

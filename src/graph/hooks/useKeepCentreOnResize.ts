import type cytoscape from "cytoscape";
import { useEffect } from "react";

/**
 * The container changes size when panels open or the window resizes: keeps the canvas in step, and
 * what was in the middle in the middle.
 */
export function useKeepCentreOnResize(cy: cytoscape.Core | null): void {
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container || typeof ResizeObserver === "undefined") return;
    let last = { w: container.clientWidth, h: container.clientHeight };
    const observer = new ResizeObserver(() => {
      if (cy.destroyed()) return;
      const now = { w: container.clientWidth, h: container.clientHeight };
      cy.resize();
      cy.panBy({ x: (now.w - last.w) / 2, y: (now.h - last.h) / 2 });
      last = now;
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);
}

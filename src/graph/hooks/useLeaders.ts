import type cytoscape from "cytoscape";
import { useEffect } from "react";
import { drawLeaders } from "../leaders";

/**
 * Draws the leader lines (leaders.ts) after each of cytoscape's frames, on a canvas of their own
 * under cytoscape's (first in its container): a line passes behind the actors, links and names.
 */
export function useLeaders(cy: cytoscape.Core | null): void {
  useEffect(() => {
    const container = cy?.container();
    if (!cy || cy.destroyed() || !container) return;
    const canvas = document.createElement("canvas");
    canvas.className = "graph-leaders";
    canvas.dataset.lines = "0";
    container.insertBefore(canvas, container.firstChild);
    const draw = () => drawLeaders(cy, canvas);
    cy.on("render", draw);
    draw();
    return () => {
      cy.off("render", draw);
      canvas.remove();
    };
  }, [cy]);
}

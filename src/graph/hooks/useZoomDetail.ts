import type cytoscape from "cytoscape";
import { useLayoutEffect } from "react";
import { followZoom } from "../zoomDetail";

/** Line patterns too fine to see at the current zoom are drawn solid (zoomDetail.ts). */
export function useZoomDetail(cy: cytoscape.Core | null, elements: readonly unknown[]): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: elements marks a new element set
  useLayoutEffect(() => {
    if (!cy || cy.destroyed()) return;
    return followZoom(cy);
  }, [cy, elements]);
}

// The live cytoscape instance, for graph-layer modules that act on the canvas on request (export,
// camera moves). GraphCanvas sets it; components never import this: they call graph-layer functions.
import type cytoscape from "cytoscape";

let current: cytoscape.Core | null = null;

export function setGraphInstance(cy: cytoscape.Core | null): void {
  current = cy;
}

export function getGraphInstance(): cytoscape.Core | null {
  return current && !current.destroyed() ? current : null;
}

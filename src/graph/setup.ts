// Cytoscape extensions are registered once per page, before any instance is made.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

let registered = false;
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

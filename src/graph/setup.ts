// Cytoscape extensions, registered once per page before they are used. fcose (with cose-base and
// layout-base, ~40 KB gzipped) is loaded on demand: the curated dataset opens with precomputed
// positions (data/layout.json), so most visits never need it.
import cytoscape from "cytoscape";

let fcose: Promise<void> | null = null;

/** Loads and registers the force layout (fcose). Resolves at once after the first time. */
export function loadForceLayout(): Promise<void> {
  fcose ??= import("cytoscape-fcose").then(
    (module) => {
      cytoscape.use(module.default);
    },
    (error: unknown) => {
      fcose = null; // a failed chunk load may succeed on the next attempt
      throw error;
    },
  );
  return fcose;
}

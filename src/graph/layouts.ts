// Layout options as module constants: react-cytoscapejs re-runs a layout whenever the `layout`
// prop changes identity, so the prop stays `preset` and layouts are run explicitly instead.
import type cytoscape from "cytoscape";

/** Keeps the positions the elements were created with (see toElements' seed positions). */
export const PRESET_LAYOUT: cytoscape.LayoutOptions = { name: "preset" };

/**
 * fcose from the seeded positions, without randomisation, so the same data gives the same picture
 * on every run. Spacing tuned for ~60 labelled nodes.
 */
export const FORCE_LAYOUT = {
  name: "fcose",
  quality: "proof",
  randomize: false,
  animate: false,
  fit: true,
  padding: 40,
  nodeDimensionsIncludeLabels: true,
  uniformNodeDimensions: false,
  packComponents: true,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 95,
  edgeElasticity: () => 0.45,
  nestingFactor: 0.1,
  gravity: 0.3,
  gravityRange: 3.8,
  numIter: 2500,
  nodeSeparation: 90,
  tile: true,
} as unknown as cytoscape.LayoutOptions;

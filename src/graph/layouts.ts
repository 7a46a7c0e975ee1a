// Layout options. react-cytoscapejs re-runs a layout whenever its `layout` prop changes identity, so
// that prop stays the constant `preset` and GraphCanvas runs these explicitly instead.
import type cytoscape from "cytoscape";
import type { LayoutName } from "../domain/view";

/** Keeps the positions the elements were created with (see toElements' seed positions). */
export const PRESET_LAYOUT: cytoscape.LayoutOptions = { name: "preset" };

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: "Force",
  concentric: "Concentric by degree",
  circle: "Circle",
  grid: "Grid",
  breadthfirst: "Tree from the selection",
};

/**
 * fcose from the current (first time: seeded) positions, without randomisation, so the same data
 * gives the same picture on every run. Spacing tuned by eye on the curated set (~70 labelled nodes, a few hubs).
 */
const FORCE = {
  name: "fcose",
  quality: "proof",
  randomize: false,
  nodeDimensionsIncludeLabels: true,
  uniformNodeDimensions: false,
  packComponents: true,
  nodeRepulsion: () => 20000,
  idealEdgeLength: () => 110,
  edgeElasticity: () => 0.45,
  nestingFactor: 0.1,
  gravity: 0.05,
  gravityRange: 1.5,
  numIter: 2500,
  nodeSeparation: 90,
  tile: true,
};

const byTypeThenName = (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
  String(a.data("type")).localeCompare(String(b.data("type"))) ||
  String(a.data("label")).localeCompare(String(b.data("label")));

export function layoutOptions(
  name: LayoutName,
  { animate, root }: { animate: boolean; root?: cytoscape.NodeCollection | null },
): cytoscape.LayoutOptions {
  const common = { animate, animationDuration: 450, fit: true, padding: 40 };
  switch (name) {
    case "force":
      return { ...FORCE, ...common } as unknown as cytoscape.LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        ...common,
        concentric: (n: cytoscape.NodeSingular) => n.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        avoidOverlap: true,
      } as cytoscape.LayoutOptions;
    case "circle":
      return {
        name: "circle",
        ...common,
        sort: byTypeThenName,
        avoidOverlap: true,
      } as cytoscape.LayoutOptions;
    case "grid":
      return {
        name: "grid",
        ...common,
        sort: byTypeThenName,
        avoidOverlap: true,
        avoidOverlapPadding: 20,
      } as cytoscape.LayoutOptions;
    case "breadthfirst":
      return {
        name: "breadthfirst",
        ...common,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        ...(root?.nonempty() ? { roots: root } : {}),
      } as cytoscape.LayoutOptions;
  }
}

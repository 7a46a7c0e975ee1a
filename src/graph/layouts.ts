// Layout options. react-cytoscapejs re-runs a layout whenever its `layout` prop changes identity, so
// that prop stays the constant `preset` and GraphCanvas runs these explicitly instead.
import type cytoscape from "cytoscape";
import type { LayoutName } from "../domain/view";

/**
 * Keeps the positions the elements were created with (precomputed, or toElements' seed positions).
 * No fit: useLayouts frames the graph by its shapes before the first frame, and a fit here measured
 * every name as the stylesheet draws it (most are then hidden by labels.ts), a pass over all the
 * elements that the first frame waited for (docs/performance.md).
 */
export const PRESET_LAYOUT: cytoscape.LayoutOptions = { name: "preset", fit: false };

/**
 * fcose from the current (first time: seeded) positions, without randomisation, so the same data
 * gives the same picture on every run. Spacing tuned by eye on the curated set (~70 labelled nodes, a few hubs).
 * Plain numbers here (serializable: `npm run data:layout` and the layout worker use them too).
 */
export const FORCE_TUNING = {
  quality: "proof",
  randomize: false,
  nodeDimensionsIncludeLabels: true,
  uniformNodeDimensions: false,
  packComponents: true,
  nodeRepulsion: 60000,
  idealEdgeLength: 120,
  edgeElasticity: 0.3,
  nestingFactor: 0.1,
  gravity: 0.4,
  gravityRange: 3.8,
  numIter: 2500,
  nodeSeparation: 120,
  tile: true,
  tilingPaddingVertical: 30,
  tilingPaddingHorizontal: 30,
} as const;

/**
 * Names are drawn at a constant size on screen (labels.ts), which at the curated graph's fitted
 * zoom (about 0.5) is about twice their size in graph units: the precomputed layout reserves room
 * for names that large.
 */
export const LAYOUT_LABEL_ROOM: cytoscape.StylesheetJsonBlock = {
  selector: "node",
  style: { "font-size": 22, "text-max-width": "240px" },
};

/**
 * fcose's options from the tuning. The per-element settings stay functions: fcose treats a plain
 * number for idealEdgeLength as a global default, which lays out differently.
 */
export function forceOptions(tuning: typeof FORCE_TUNING = FORCE_TUNING) {
  return {
    name: "fcose",
    ...tuning,
    nodeRepulsion: () => tuning.nodeRepulsion,
    idealEdgeLength: () => tuning.idealEdgeLength,
    edgeElasticity: () => tuning.edgeElasticity,
  };
}

/** Above this many nodes, labels no longer count in node boxes, and fcose uses a faster quality. */
export const LABELLED_BOXES_MAX = 2000;
const PROOF_QUALITY_MAX = 1000;
/** fcose "default" at 5,000 nodes takes ~50 s on two cores; "draft" ~1–2 s. */
const DEFAULT_QUALITY_MAX = 2000;

/** fcose's quality for a graph of this many nodes (the bench's baseline uses the same). */
export function forceQuality(nodes: number): "draft" | "default" | "proof" {
  if (nodes <= PROOF_QUALITY_MAX) return "proof";
  return nodes <= DEFAULT_QUALITY_MAX ? "default" : "draft";
}

const byTypeThenName = (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
  String(a.data("type")).localeCompare(String(b.data("type"))) ||
  String(a.data("label")).localeCompare(String(b.data("label")));

/**
 * Concentric rings by degree that stay compact at any size: the best connected entities in the
 * middle, then each band of degrees (two wide) on its own ring, except that a ring holds at most as
 * many entities as fit around it (about 2πk on ring k) and a larger band wraps onto the next rings.
 * Plain degree bands put all 2,000 leaves of a 5,000-entity graph on one ring 19,000 units across,
 * which fitted drew every entity under a pixel. Returns each node id's ring (0 = centre).
 */
export function concentricRings(nodes: cytoscape.NodeCollection): Map<string, number> {
  const byDegree = nodes
    .map((n) => ({ id: n.id(), degree: n.degree(false) }))
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rings = new Map<string, number>();
  const top = byDegree[0]?.degree ?? 0;
  let ring = 0;
  let used = 0;
  let band = 0;
  for (const { id, degree } of byDegree) {
    const nodeBand = Math.floor((top - degree) / 2);
    const capacity = ring === 0 ? 1 : Math.floor(2 * Math.PI * ring);
    if (used > 0 && (nodeBand !== band || used >= capacity)) {
      ring += 1;
      used = 0;
    }
    band = nodeBand;
    rings.set(id, ring);
    used += 1;
  }
  return rings;
}

export function layoutOptions(
  name: LayoutName,
  {
    animate,
    root,
    nodes,
  }: {
    animate: boolean;
    root?: cytoscape.NodeCollection | null;
    /** The nodes to lay out (concentric assigns their rings up front). */
    nodes: cytoscape.NodeCollection;
  },
): cytoscape.LayoutOptions {
  const common = { animate, animationDuration: 450, fit: true, padding: 40 };
  switch (name) {
    case "force":
      return { ...forceOptions(), ...common } as unknown as cytoscape.LayoutOptions;
    case "concentric": {
      const rings = concentricRings(nodes);
      return {
        name: "concentric",
        ...common,
        // Higher values go inside; one ring per value.
        concentric: (n: cytoscape.NodeSingular) => -(rings.get(n.id()) ?? 0),
        levelWidth: () => 1,
        minNodeSpacing: 30,
        avoidOverlap: true,
      } as cytoscape.LayoutOptions;
    }
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

// data/layout.json: the curated dataset's force-layout positions, precomputed so that the app's
// first frame needs no layout code (`npm run data:layout` writes it; data-layout.test.ts checks
// that it is current). The key says which elements and which layout settings it was computed for.
import { createHash } from "node:crypto";
import type cytoscape from "cytoscape";
import { FORCE_TUNING, LAYOUT_LABEL_ROOM } from "../src/graph/layouts";

export const LAYOUT_FILE = "data/layout.json";

/**
 * The first view the layout makes room for (scripts/label-room.ts): the canvas at 1440×900 with
 * the legend's short key open (768 × 696 px, less the zoom buttons' strip), fitted with the app's
 * 40 px margin, and the 20 best-connected actors named (issue 13).
 */
export const NAME_ROOM = {
  width: 716,
  height: 696,
  padding: 40,
  named: 20,
  linePx: 12,
  gapPx: 3,
  padPx: 4,
  /** Width over height the layout is stretched to, between the 1440×900 and 1024×768 canvases'. */
  aspect: 1.5,
  /** fcose runs again this many times with those names' room, each at the zoom the last gave. */
  passes: 2,
} as const;

export interface LayoutFile {
  /** What the positions were computed from: see layoutKey(). */
  key: string;
  /** Entity id → [x, y], model coordinates. */
  positions: Record<string, [number, number]>;
}

/** A digest of everything the layout depends on: node ids, labels and degrees, edges, settings. */
export function layoutKey(elements: cytoscape.ElementDefinition[]): string {
  const parts = elements.map((e) =>
    e.group === "nodes"
      ? ["n", e.data.id, e.data.label, e.data.degree, e.data.type]
      : ["e", e.data.id, e.data.source, e.data.target],
  );
  return createHash("sha256")
    .update(
      JSON.stringify({ tuning: FORCE_TUNING, labelRoom: LAYOUT_LABEL_ROOM, nameRoom: NAME_ROOM, parts }),
    )
    .digest("hex")
    .slice(0, 16);
}

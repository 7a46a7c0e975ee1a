import type cytoscape from "cytoscape";

type CheckPoint = (x: number, ...rest: unknown[]) => boolean;
interface NodeShape {
  points?: number[];
  checkPoint: CheckPoint;
}

const mended = new WeakSet<NodeShape>();

/**
 * Cytoscape's hit test for polygon shapes (the diamond of an agency, a triangle, a hexagon…) casts
 * a vertical ray from the pointer and counts the sides it crosses. A pointer exactly on a corner's
 * column (a diamond's centre line) crosses the two sides that meet there, counts two, and misses the
 * shape. An actor at whole coordinates, as a lone actor is placed, could then be neither clicked
 * nor hovered at its centre. A miss is tried again a thousandth of a unit aside.
 */
export function mendPolygonHitTest(cy: cytoscape.Core): void {
  const renderer = (
    cy as unknown as { renderer?: () => { nodeShapes?: Record<string, NodeShape> } }
  ).renderer?.();
  for (const shape of Object.values(renderer?.nodeShapes ?? {})) {
    if (!shape.points || mended.has(shape)) continue;
    const check = shape.checkPoint;
    shape.checkPoint = function (this: NodeShape, x: number, ...rest: unknown[]) {
      return check.call(this, x, ...rest) || check.call(this, x + 1e-3, ...rest);
    };
    mended.add(shape);
  }
}

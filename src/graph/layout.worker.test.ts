// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { computeLayout, type LayoutRequest } from "./headlessLayout";

/** A star around "hub" plus a chain hub–b–c, with types and labels for the sorted layouts. */
function request(layout: LayoutRequest["layout"], root: number | null = null): LayoutRequest {
  const ids = ["hub", "a", "b", "c", "d"];
  const n = ids.length;
  return {
    ids,
    w: new Float64Array(n).fill(30),
    h: new Float64Array(n).fill(30),
    x: new Float64Array(n),
    y: new Float64Array(n),
    sources: Int32Array.from([0, 0, 0, 2]),
    targets: Int32Array.from([1, 2, 4, 3]),
    quality: "proof",
    layout,
    types: ["person", "company", "person", "company", "person"],
    labels: ["Hub", "Zeta", "Beta", "Alpha", "Delta"],
    root,
    width: 800,
    height: 600,
  };
}

const at = (r: { x: Float64Array; y: Float64Array }, i: number) => ({ x: r.x[i] ?? NaN, y: r.y[i] ?? NaN });

describe("layouts in the worker", () => {
  it("grid keeps the page's order: by type, then by name", () => {
    const r = computeLayout(request("grid"));
    // company Alpha (3), company Zeta (1), person Beta (2), person Delta (4), person Hub (0)
    const order = [3, 1, 2, 4, 0];
    const cells = order.map((i) => at(r, i));
    for (let k = 1; k < cells.length; k++) {
      const prev = cells[k - 1] as { x: number; y: number };
      const cur = cells[k] as { x: number; y: number };
      expect(cur.y > prev.y || (cur.y === prev.y && cur.x > prev.x)).toBe(true);
    }
  });

  it("the tree hangs from the requested root", () => {
    const r = computeLayout(request("breadthfirst", 3));
    const rootY = at(r, 3).y;
    for (let i = 0; i < 5; i++) if (i !== 3) expect(at(r, i).y).toBeGreaterThan(rootY);
    // c → b → hub → (a, d): each generation one level further down.
    expect(at(r, 2).y).toBeLessThan(at(r, 0).y);
    expect(at(r, 0).y).toBeLessThan(at(r, 1).y);
  });

  it("concentric puts the best connected entities inside, the leaves on an outer ring", () => {
    const r = computeLayout(request("concentric"));
    const centre = { x: 400, y: 300 };
    const dist = (i: number) => Math.hypot(at(r, i).x - centre.x, at(r, i).y - centre.y);
    // Degrees: hub 3 (alone in the middle), b 2 (next ring), a, c and d 1 (outside).
    for (const leaf of [1, 3, 4]) {
      expect(dist(0)).toBeLessThan(dist(leaf));
      expect(dist(2)).toBeLessThan(dist(leaf));
    }
  });

  it("returns one finite position per entity for every layout", () => {
    for (const name of ["force", "circle", "grid", "concentric", "breadthfirst"] as const) {
      const r = computeLayout(request(name));
      expect(r.x.length).toBe(5);
      expect([...r.x, ...r.y].every(Number.isFinite)).toBe(true);
    }
  });
});

import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { concentricRings } from "./layouts";

/** A hub joined to `leaves` nodes, plus a pair of degree-2 nodes hanging off the hub's first leaf. */
function star(leaves: number) {
  const elements: cytoscape.ElementDefinition[] = [{ data: { id: "hub" } }];
  for (let i = 0; i < leaves; i++) {
    elements.push({ data: { id: `l${i}` } }, { data: { id: `h${i}`, source: "hub", target: `l${i}` } });
  }
  return cytoscape({ headless: true, elements });
}

describe("concentric rings", () => {
  it("puts the best connected entity alone in the middle and each degree band on its own ring", () => {
    const cy = star(5);
    cy.add([{ data: { id: "x" } }, { data: { id: "x0", source: "x", target: "l0" } }]);
    const rings = concentricRings(cy.nodes());
    expect(rings.get("hub")).toBe(0);
    // Bands are two degrees wide from the top (5): l0 (degree 2) is in band 1, and the other
    // leaves with x (degree 1) in band 2, on the next ring.
    expect(rings.get("l0")).toBe(1);
    const outer = ["l1", "l2", "l3", "l4", "x"].map((id) => rings.get(id));
    expect(new Set(outer)).toEqual(new Set([2]));
  });

  it("wraps a large band onto further rings, none holding more than fits around it", () => {
    const cy = star(2000);
    const rings = concentricRings(cy.nodes());
    const perRing = new Map<number, number>();
    for (const ring of rings.values()) perRing.set(ring, (perRing.get(ring) ?? 0) + 1);
    for (const [ring, count] of perRing) {
      if (ring > 0) expect(count).toBeLessThanOrEqual(Math.floor(2 * Math.PI * ring));
    }
    // About √(2000/π) rings, not one ring of 2,000.
    expect(perRing.size).toBeLessThan(30);
    expect([...rings.values()].filter((r) => r > 0).length).toBe(2000);
  });
});

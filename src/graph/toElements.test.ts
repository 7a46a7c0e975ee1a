import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { toElements } from "./toElements";

describe("toElements", () => {
  const elements = toElements(tinyDataset());
  const nodes = elements.filter((e) => e.group === "nodes");
  const edges = elements.filter((e) => e.group === "edges");

  it("makes one node per entity and one edge per relation", () => {
    expect(nodes.map((n) => n.data.id)).toEqual(["alice", "bob", "acme", "carol", "loner"]);
    expect(edges.map((e) => [e.data.source, e.data.target])).toEqual([
      ["alice", "bob"],
      ["bob", "acme"],
      ["carol", "alice"],
    ]);
  });

  it("keeps element data flat and scalar, so react-cytoscapejs' shallow diff works", () => {
    for (const element of elements) {
      for (const value of Object.values(element.data)) {
        expect(["string", "number"]).toContain(typeof value);
      }
    }
  });

  it("carries what the stylesheet needs: type, unnamed, degree, status, direction", () => {
    expect(nodes.find((n) => n.data.id === "carol")?.data).toMatchObject({ type: "person", unnamed: 1 });
    expect(nodes.find((n) => n.data.id === "alice")?.data.degree).toBe(2);
    expect(edges.find((e) => e.data.id === "carol-alice")?.data).toMatchObject({
      status: "unconfirmed",
      directed: 1,
      outlets: 1,
    });
  });

  it("seeds the same distinct positions every time", () => {
    const again = toElements(tinyDataset());
    expect(again.map((e) => e.position)).toEqual(elements.map((e) => e.position));
    const keys = new Set(nodes.map((n) => `${n.position?.x},${n.position?.y}`));
    expect(keys.size).toBe(nodes.length);
  });
});

import cytoscape from "cytoscape";
import { beforeEach, describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { applyNeighbourhood, applySelection } from "./sync";
import { toElements } from "./toElements";

const ids = (c: cytoscape.CollectionReturnValue) => c.map((e) => e.id()).sort();

describe("graph sync", () => {
  let cy: cytoscape.Core;
  beforeEach(() => {
    cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(tinyDataset()) });
  });

  it("marks exactly the selected element, and moves the mark on a new selection", () => {
    applySelection(cy, { kind: "entity", id: "bob" });
    expect(ids(cy.$(".is-selected"))).toEqual(["bob"]);
    applySelection(cy, { kind: "relation", id: "alice-bob" });
    expect(ids(cy.$(".is-selected"))).toEqual(["alice-bob"]);
    applySelection(cy, null);
    expect(cy.$(".is-selected").length).toBe(0);
  });

  it("on hover, highlights the entity's neighbourhood and mutes everything else", () => {
    applyNeighbourhood(cy, "bob", null);
    expect(ids(cy.$(".is-highlighted"))).toEqual(["acme", "alice", "alice-bob", "bob", "bob-acme"]);
    expect(ids(cy.$(".is-muted"))).toEqual(["carol", "carol-alice", "loner"]);
  });

  it("for a selected relation, highlights it and its two ends without muting the rest", () => {
    applyNeighbourhood(cy, null, { kind: "relation", id: "bob-acme" });
    expect(ids(cy.$(".is-highlighted"))).toEqual(["acme", "bob", "bob-acme"]);
    expect(cy.$(".is-muted").length).toBe(0);
  });

  it("clears every highlight when nothing is hovered or selected, and never changes the elements", () => {
    const before = cy.elements().length;
    applyNeighbourhood(cy, "bob", null);
    applyNeighbourhood(cy, null, null);
    expect(cy.$(".is-highlighted, .is-muted").length).toBe(0);
    expect(cy.elements().length).toBe(before);
  });
});

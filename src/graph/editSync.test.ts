import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { applyEdit } from "../domain/edit/ops";
import { tinyDataset } from "../test/fixtures";
import { patchElements } from "./editSync";
import { toElements } from "./toElements";

describe("patchElements", () => {
  it("puts an actor that comes back (an undone deletion) where it was, and moves no other", () => {
    const dataset = tinyDataset();
    const cy = cytoscape({ headless: true, elements: toElements(dataset) });
    const gone = dataset.entities[0]?.id ?? "";
    cy.getElementById(gone).position({ x: 123, y: -45 });
    const before = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const deleted = applyEdit(dataset, { kind: "delete-entity", id: gone });
    if (!deleted.ok) throw new Error("the deletion was refused");
    expect(patchElements(cy, deleted.dataset)).toBeGreaterThan(0);
    expect(cy.getElementById(gone).empty()).toBe(true);
    patchElements(cy, dataset);
    const after = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    expect(after).toEqual(before);
    expect(cy.edges().length).toBe(dataset.relations.length);
  });
});

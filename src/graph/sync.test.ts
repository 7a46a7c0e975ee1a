import cytoscape from "cytoscape";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ClaimStatus } from "../data/types";
import type { Path } from "../domain/paths";
import { tinyDataset } from "../test/fixtures";
import { STATUS_VISUALS } from "../visuals/vocabulary";
import { drawnStatus } from "./asOf";
import { STYLESHEET } from "./stylesheet";
import {
  applyAsOf,
  applyNeighbourhood,
  applyQuery,
  applySelection,
  applyVisibility,
  type CanvasState,
  frameVisible,
  syncClasses,
} from "./sync";
import { toElements } from "./toElements";

const ids = (c: cytoscape.CollectionReturnValue) => c.map((e) => e.id()).sort();

const sets = (entities: string[], relations: string[]) => ({
  entities: new Set(entities),
  relations: new Set(relations),
});

describe("graph sync", () => {
  let cy: cytoscape.Core;
  beforeEach(() => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLESHEET,
      elements: toElements(tinyDataset()),
    });
  });

  it("after a filter, frames the shown actors' shapes without asking cytoscape for a bounding box", () => {
    // cytoscape's boundingBox first styles and routes every shown link: at 5,000 actors that was
    // most of a brush on the time axis (docs/performance.md).
    cy.nodes().forEach((n, i) => {
      n.position({ x: i * 100, y: (i % 2) * 50 });
    });
    applyVisibility(cy, sets(["alice", "bob"], ["alice-bob"]));
    const boxes = vi.spyOn(Object.getPrototypeOf(cy.elements()), "boundingBox");
    const animate = vi.spyOn(cy, "animate");
    frameVisible(cy);
    expect(boxes).not.toHaveBeenCalled();
    boxes.mockRestore();
    // The camera's target centres the two shown actors; the hidden ones were not counted.
    const target = animate.mock.calls[0]?.[0] as { zoom: number; pan: { x: number; y: number } };
    const centre = (cy.width() / 2 - target.pan.x) / target.zoom;
    const [alice, bob] = [cy.getElementById("alice"), cy.getElementById("bob")];
    expect(centre).toBeCloseTo((alice.position().x + bob.position().x) / 2, 5);
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

  it("for a selected relation, highlights it and its two ends and mutes the rest", () => {
    applyNeighbourhood(cy, null, { kind: "relation", id: "bob-acme" });
    expect(ids(cy.$(".is-highlighted"))).toEqual(["acme", "bob", "bob-acme"]);
    expect(ids(cy.$(".is-muted"))).toEqual(["alice", "alice-bob", "carol", "carol-alice", "loner"]);
    expect(cy.$(".is-hovered").length).toBe(0);
  });

  it("clears every highlight when nothing is hovered or selected, and never changes the elements", () => {
    const before = cy.elements().length;
    applyNeighbourhood(cy, "bob", null);
    applyNeighbourhood(cy, null, null);
    expect(cy.$(".is-highlighted, .is-muted").length).toBe(0);
    expect(cy.elements().length).toBe(before);
  });

  it("hides exactly what the visibility leaves out, and shows it again when it comes back", () => {
    applyVisibility(cy, sets(["alice", "bob"], ["alice-bob"]));
    expect(ids(cy.$(".is-hidden"))).toEqual(["acme", "bob-acme", "carol", "carol-alice", "loner"]);
    // Hidden is display: none, so fit and layouts skip it.
    expect(cy.getElementById("acme").style("display")).toBe("none");
    expect(ids(cy.elements(":visible"))).toEqual(["alice", "alice-bob", "bob"]);
    applyVisibility(
      cy,
      sets(["alice", "bob", "acme", "carol", "loner"], ["alice-bob", "bob-acme", "carol-alice"]),
    );
    expect(cy.$(".is-hidden").length).toBe(0);
  });

  it("toggles only the elements whose visibility changes", () => {
    const all = sets(["alice", "bob", "acme", "carol", "loner"], ["alice-bob", "bob-acme", "carol-alice"]);
    applyVisibility(cy, all);
    const touched: string[] = [];
    cy.on("class", (e) => {
      touched.push(e.target.id());
    });
    applyVisibility(cy, { ...all, entities: new Set([...all.entities].filter((id) => id !== "loner")) });
    expect(touched).toEqual(["loner"]);
  });

  it("dims what a search does not hit, and nothing without a search", () => {
    applyQuery(cy, sets(["bob"], ["bob-acme"]), []);
    expect(ids(cy.$(".is-dimmed"))).toEqual(["acme", "alice", "alice-bob", "carol", "carol-alice", "loner"]);
    expect(cy.$(".is-path").length).toBe(0);
    applyQuery(cy, null, []);
    expect(cy.$(".is-dimmed").length).toBe(0);
  });

  it("marks a path's entities and relations, dims the rest, and a path wins over the search", () => {
    const rel = (id: string) => ({ id }) as Path[number]["relations"][number];
    const path: Path = [
      { from: "carol", to: "alice", relations: [rel("carol-alice")] },
      { from: "alice", to: "bob", relations: [rel("alice-bob")] },
    ];
    applyQuery(cy, sets(["loner"], []), [path]);
    expect(ids(cy.$(".is-path"))).toEqual(["alice", "alice-bob", "bob", "carol", "carol-alice"]);
    expect(ids(cy.$(".is-dimmed"))).toEqual(["acme", "bob-acme", "loner"]);
    applyQuery(cy, null, []);
    expect(cy.$(".is-path, .is-dimmed").length).toBe(0);
  });

  it("syncClasses applies a whole state, then only what changed", () => {
    const state: CanvasState = {
      visibility: sets(["alice", "bob", "acme"], ["alice-bob", "bob-acme"]),
      hits: null,
      paths: [],
      selection: { kind: "entity", id: "bob" },
      hoveredEntityId: null,
      hoveredRelationId: null,
      playing: null,
      storyFaint: false,
      storyCover: { left: 0, bottom: 0 },
      asOf: null,
    };
    syncClasses(cy, state, null);
    expect(ids(cy.$(".is-hidden"))).toEqual(["carol", "carol-alice", "loner"]);
    expect(ids(cy.$(".is-selected"))).toEqual(["bob"]);
    expect(ids(cy.$(".is-highlighted"))).toEqual(["acme", "alice", "alice-bob", "bob", "bob-acme"]);
    // A class set by hand stays while its input is unchanged: nothing recomputes it.
    cy.getElementById("loner").removeClass("is-hidden");
    const hovered = { ...state, hoveredEntityId: "acme" };
    syncClasses(cy, hovered, state);
    expect(cy.getElementById("loner").hasClass("is-hidden")).toBe(false);
    expect(ids(cy.$(".is-highlighted"))).toEqual(["acme", "bob", "bob-acme"]);
    expect(ids(cy.$(".is-muted"))).toContain("alice");
  });

  it("a link hovered on the timeline lights up with its two ends and mutes the rest", () => {
    const state: CanvasState = {
      visibility: sets(["alice", "bob", "acme"], ["alice-bob", "bob-acme"]),
      hits: null,
      paths: [],
      selection: null,
      hoveredEntityId: null,
      hoveredRelationId: null,
      playing: null,
      storyFaint: false,
      storyCover: { left: 0, bottom: 0 },
      asOf: null,
    };
    syncClasses(cy, state, null);
    expect(cy.$(".is-highlighted").length).toBe(0);
    const hovered = { ...state, hoveredRelationId: "bob-acme" };
    syncClasses(cy, hovered, state);
    expect(ids(cy.$(".is-highlighted"))).toEqual(["acme", "bob", "bob-acme"]);
    expect(ids(cy.$(".is-muted"))).toEqual(expect.arrayContaining(["alice", "alice-bob"]));
    syncClasses(cy, state, hovered);
    expect(cy.$(".is-highlighted, .is-muted").length).toBe(0);
  });

  it("draws each link with the status it had at the clock's stop, and its own again off the clock", () => {
    const edge = cy.getElementById("alice-bob");
    const own = edge.data("status") as ClaimStatus;
    const other: ClaimStatus = own === "denied" ? "confirmed" : "denied";
    const look = () => [edge.style("line-style"), edge.style("line-dash-pattern")].join(" ");
    const ownLook = look();
    applyAsOf(cy, { stop: "2017-02", statuses: new Map([["alice-bob", other]]) });
    expect(edge.classes()).toContain(`as-of-${other}`);
    expect(drawnStatus(edge)).toBe(other);
    expect(look()).not.toBe(ownLook);
    expect(edge.style("line-style")).toBe(STATUS_VISUALS[other].line);
    // Zoomed far out, as faint as that status' pattern, not its own status'.
    edge.addClass("is-far");
    expect(Number(edge.style("line-opacity"))).toBe(STATUS_VISUALS[other].farOpacity);
    edge.removeClass("is-far");
    // A link with no status then carries no class (the filters hide it); the rest are untouched.
    expect(
      cy.edges().filter((e) => e.id() !== "alice-bob" && drawnStatus(e) !== e.data("status")),
    ).toHaveLength(0);
    applyAsOf(cy, null);
    expect(drawnStatus(edge)).toBe(own);
    expect(look()).toBe(ownLook);
  });
});

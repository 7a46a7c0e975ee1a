import cytoscape from "cytoscape";
import { beforeEach, describe, expect, it } from "vitest";
import type { Story } from "../data/types";
import { buildIndex } from "../domain/indexes";
import { storyReveal } from "../domain/story";
import { DEFAULT_VIEW } from "../domain/view";
import type { Playing } from "../state/types";
import { tinyDataset } from "../test/fixtures";
import { STYLESHEET } from "./stylesheet";
import { applyReveal, type CanvasState, frameStory, syncClasses } from "./sync";
import { toElements } from "./toElements";

const ids = (c: cytoscape.CollectionReturnValue) => c.map((e) => e.id()).sort();
const told = new Set(["alice", "bob", "alice-bob"]);

describe("story sync", () => {
  let cy: cytoscape.Core;
  beforeEach(() => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLESHEET,
      elements: toElements(tinyDataset()),
    });
  });

  it("hides what the story has not told yet, and shows everything again outside a story", () => {
    const before = cy.elements().length;
    applyReveal(cy, (_, id) => told.has(id), false);
    expect(ids(cy.$(".is-untold"))).toEqual(["acme", "bob-acme", "carol", "carol-alice", "loner"]);
    expect(ids(cy.elements(":visible"))).toEqual(["alice", "alice-bob", "bob"]);
    expect(cy.$(".is-untold-faint").length).toBe(0);
    applyReveal(cy, null, false);
    expect(cy.$(".is-untold, .is-untold-faint").length).toBe(0);
    expect(cy.elements(":visible").length).toBe(before);
    expect(cy.elements().length).toBe(before);
  });

  it("with the faint switch, draws the untold faint instead of hiding it", () => {
    applyReveal(cy, (_, id) => told.has(id), true);
    expect(cy.$(".is-untold").length).toBe(0);
    expect(ids(cy.$(".is-untold-faint"))).toEqual(["acme", "bob-acme", "carol", "carol-alice", "loner"]);
    expect(Number(cy.getElementById("acme").style("opacity"))).toBeLessThan(0.2);
    expect(cy.getElementById("acme").visible()).toBe(true);
  });

  it("frames a step's elements in the part of the canvas the card leaves free", () => {
    // Headless cytoscape has no container: give it a size to frame within.
    const size = { width: () => 800, height: () => 600 };
    Object.assign(cy, size);
    cy.nodes().forEach((n, i) => {
      n.position({ x: i * 300, y: (i % 2) * 200 });
    });
    frameStory(cy, cy.$("#alice, #bob, #alice-bob"), { left: 360, bottom: 0 }, 0);
    for (const id of ["alice", "bob"]) {
      const p = cy.getElementById(id).renderedPosition();
      expect(p.x).toBeGreaterThan(360);
      expect(p.x).toBeLessThan(800);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(600);
    }
    // A bottom sheet: what is framed stays above it.
    frameStory(cy, cy.$("#alice, #bob"), { left: 0, bottom: 300 }, 0);
    for (const id of ["alice", "bob"]) expect(cy.getElementById(id).renderedPosition().y).toBeLessThan(300);
  });

  it("syncClasses: a story hides what is untold, frames each step, and leaving gives the camera back", async () => {
    const settle = () => new Promise((r) => setTimeout(r, 600));
    Object.assign(cy, { width: () => 800, height: () => 600 });
    cy.nodes().forEach((n, i) => {
      n.position({ x: i * 300, y: (i % 2) * 200 });
    });
    const everything = {
      entities: new Set(cy.nodes().map((n) => n.id())),
      relations: new Set(cy.edges().map((e) => e.id())),
    };
    const outside: CanvasState = {
      visibility: everything,
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
    syncClasses(cy, outside, null);
    cy.viewport({ zoom: 0.5, pan: { x: 10, y: 20 } });
    const story: Story = {
      id: "s",
      title: "S",
      steps: [
        { heading: "One", text: "One.", cites: [{ relation: "bob-acme", evidence: 0 }] },
        {
          heading: "All",
          text: "All.",
          cites: [{ relation: "alice-bob", evidence: 0 }],
          introduces: { all: true },
        },
      ],
    };
    const playing: Playing = {
      story,
      step: 0,
      before: DEFAULT_VIEW,
      reveal: storyReveal(story, buildIndex(tinyDataset())),
    };
    const first: CanvasState = { ...outside, playing };
    syncClasses(cy, first, outside);
    await settle();
    expect(ids(cy.elements(":visible"))).toEqual(["acme", "bob", "bob-acme"]);
    expect(cy.zoom()).not.toBe(0.5);
    const last: CanvasState = { ...outside, playing: { ...playing, step: 1 } };
    syncClasses(cy, last, first);
    expect(cy.$(".is-untold").length).toBe(0);
    syncClasses(cy, outside, last);
    await settle();
    expect(cy.zoom()).toBeCloseTo(0.5);
    expect(cy.pan()).toEqual({ x: 10, y: 20 });
  });
});

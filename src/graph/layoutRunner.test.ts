// @vitest-environment jsdom
// The runner on the main thread (no Worker here), against a headless cytoscape and the real store.
import cytoscape from "cytoscape";
import { beforeEach, describe, expect, it } from "vitest";
import { initialState, useStore } from "../state/store";
import { tinyDataset } from "../test/fixtures";
import { cancelLayout, runLayout } from "./layoutRunner";
import { toElements } from "./toElements";

const positions = (cy: cytoscape.Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe("layoutRunner", () => {
  let cy: cytoscape.Core;
  beforeEach(() => {
    useStore.setState(initialState, true);
    cy = cytoscape({ headless: true, elements: toElements(tinyDataset()) });
  });

  it("lays out only what it is given, and says so in the store only while it runs", async () => {
    const shown = cy.elements().not(cy.getElementById("loner"));
    const loner = { ...cy.getElementById("loner").position() };
    const before = positions(cy);
    const tasks: (string | null)[] = [];
    const unsubscribe = useStore.subscribe((s) => tasks.push(s.layoutTask?.layout ?? null));
    const outcome = await runLayout(cy, shown, "grid", { animate: false });
    unsubscribe();
    expect(outcome).toBe("done");
    expect(cy.getElementById("loner").position()).toEqual(loner);
    const moved = cy.nodes().filter((n) => {
      const p = before[n.id()];
      return !p || p.x !== n.position("x") || p.y !== n.position("y");
    });
    expect(moved.map((n) => n.id()).sort()).toEqual(["acme", "alice", "bob", "carol"]);
    // A grid puts no two nodes in the same place.
    const spots = new Set(shown.nodes().map((n) => `${n.position("x")},${n.position("y")}`));
    expect(spots.size).toBe(4);
    expect(useStore.getState().layoutTask).toBeNull();
  });

  it("a cancelled force layout leaves every node where it was and clears the progress line", async () => {
    const before = positions(cy);
    const running = runLayout(cy, cy.elements(), "force", { animate: false });
    // Loading fcose is the first step: the progress line says so at once.
    expect(useStore.getState().layoutTask).toMatchObject({ layout: "force", phase: "loading" });
    cancelLayout();
    expect(await running).toBe("cancelled");
    expect(positions(cy)).toEqual(before);
    expect(useStore.getState().layoutTask).toBeNull();
  });

  it("a newer layout supersedes the one under way", async () => {
    const first = runLayout(cy, cy.elements(), "force", { animate: false });
    const second = runLayout(cy, cy.elements(), "circle", { animate: false });
    expect(await first).toBe("cancelled");
    expect(await second).toBe("done");
    expect(useStore.getState().layoutTask).toBeNull();
  });

  it("the force layout is deterministic: the same data gives the same positions", async () => {
    const again = cytoscape({ headless: true, elements: toElements(tinyDataset()) });
    expect(await runLayout(cy, cy.elements(), "force", { animate: false })).toBe("done");
    expect(await runLayout(again, again.elements(), "force", { animate: false })).toBe("done");
    expect(positions(again)).toEqual(positions(cy));
    // And it spreads them out: no two entities share a spot.
    expect(
      new Set(cy.nodes().map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`)).size,
    ).toBe(5);
  });
});

// @vitest-environment jsdom
// The runner on the main thread (no Worker here), against a headless cytoscape. It reports its
// progress to its caller (the canvas passes the store's setLayoutTask); the store is not touched.
import cytoscape from "cytoscape";
import { beforeEach, describe, expect, it } from "vitest";
import { initialState, type LayoutTask, useStore } from "../state/store";
import { tinyDataset } from "../test/fixtures";
import { cancelLayout, runLayout, runsOffThread } from "./layoutRunner";
import { toElements } from "./toElements";

const positions = (cy: cytoscape.Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe("layoutRunner", () => {
  let cy: cytoscape.Core;
  let tasks: LayoutTask[];
  const onTask = (task: LayoutTask) => tasks.push(task);
  beforeEach(() => {
    useStore.setState(initialState, true);
    tasks = [];
    cy = cytoscape({ headless: true, elements: toElements(tinyDataset()) });
  });

  it("lays out only what it is given, and leaves the store alone", async () => {
    const shown = cy.elements().not(cy.getElementById("loner"));
    const loner = { ...cy.getElementById("loner").position() };
    const before = positions(cy);
    const states: unknown[] = [];
    const unsubscribe = useStore.subscribe((s) => states.push(s));
    const outcome = await runLayout(cy, shown, "grid", { animate: false, onTask });
    unsubscribe();
    expect(outcome).toBe("done");
    expect(states).toEqual([]);
    expect(cy.getElementById("loner").position()).toEqual(loner);
    const moved = cy.nodes().filter((n) => {
      const p = before[n.id()];
      return !p || p.x !== n.position("x") || p.y !== n.position("y");
    });
    expect(moved.map((n) => n.id()).sort()).toEqual(["acme", "alice", "bob", "carol"]);
    // A grid puts no two nodes in the same place.
    const spots = new Set(shown.nodes().map((n) => `${n.position("x")},${n.position("y")}`));
    expect(spots.size).toBe(4);
  });

  it("a cancelled force layout leaves every node where it was, and reports no phase after loading", async () => {
    const before = positions(cy);
    const running = runLayout(cy, cy.elements(), "force", { animate: false, onTask });
    // Loading fcose is the first step: the progress line can say so at once.
    expect(tasks).toEqual([expect.objectContaining({ layout: "force", phase: "loading", nodes: 5 })]);
    cancelLayout();
    expect(await running).toBe("cancelled");
    expect(positions(cy)).toEqual(before);
    expect(tasks).toHaveLength(1);
  });

  it("reports loading, then running, for the force layout", async () => {
    expect(await runLayout(cy, cy.elements(), "force", { animate: false, onTask })).toBe("done");
    expect(tasks.map((t) => t.phase)).toEqual(["loading", "running"]);
    expect(tasks.every((t) => t.layout === "force" && !t.offThread)).toBe(true);
  });

  it("a newer layout supersedes the one under way", async () => {
    const first = runLayout(cy, cy.elements(), "force", { animate: false, onTask });
    const second = runLayout(cy, cy.elements(), "circle", { animate: false, onTask });
    expect(await first).toBe("cancelled");
    expect(await second).toBe("done");
  });

  it("the force layout is deterministic: the same data gives the same positions", async () => {
    const again = cytoscape({ headless: true, elements: toElements(tinyDataset()) });
    expect(await runLayout(cy, cy.elements(), "force", { animate: false, onTask })).toBe("done");
    expect(await runLayout(again, again.elements(), "force", { animate: false, onTask })).toBe("done");
    expect(positions(again)).toEqual(positions(cy));
    // And it spreads them out: no two entities share a spot.
    expect(
      new Set(cy.nodes().map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`)).size,
    ).toBe(5);
  });

  it("the force layout leaves the main thread above 100 actors or 200 links; the others above 300 actors", () => {
    // fcose held the page for 350-470 ms at 53 actors and 702 links (issue 20's pathological file).
    expect(runsOffThread("force", 53, 702)).toBe(true);
    expect(runsOffThread("force", 101, 150)).toBe(true);
    // The curated story: faster on the main thread than through the worker.
    expect(runsOffThread("force", 73, 110)).toBe(false);
    expect(runsOffThread("grid", 300, 5000)).toBe(false);
    expect(runsOffThread("circle", 301, 0)).toBe(true);
  });
});

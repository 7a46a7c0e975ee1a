import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { openFiles } from "./openDataset";
import { initialState, useStore } from "./store";

const MINIMAL = readFileSync("data/examples/minimal.json", "utf8");

describe("#openFiles", () => {
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDataset());
    useStore.getState().select({ kind: "entity", id: "bob" });
    useStore.getState().setSearch("Bob");
  });

  it("should replace the dataset with a good file", async () => {
    await openFiles([new File([MINIMAL], "minimal.json")]);
    const state = useStore.getState();
    expect(state.dataset?.title).toBe("Harbour deal: a minimal example dataset");
    expect(state.view.selection).toBeNull();
    expect(state.loadProblems).toEqual([]);
    expect(state.loading).toBeNull();
  });

  it("should leave the open dataset and the view as they were when a file is broken", async () => {
    const before = useStore.getState();
    await openFiles([new File(['{"version": 1,'], "broken.json")]);
    const after = useStore.getState();
    expect(after.dataset).toBe(before.dataset);
    expect(after.index).toBe(before.index);
    expect(after.view.selection).toEqual({ kind: "entity", id: "bob" });
    expect(after.view.search).toBe("Bob");
    expect(after.view.filters).toBe(before.view.filters);
    expect(after.visibility).toBe(before.visibility);
    expect(after.loading).toBeNull();
    expect(after.loadProblems).toEqual([
      {
        file: "broken.json",
        path: "(root)",
        message: expect.stringMatching(/^not valid JSON at line 1, column 15: unexpected end of text/),
      },
    ]);
  });

  it("should clear the problems once a good file opens", async () => {
    await openFiles([new File(["[]"], "a.json")]);
    expect(useStore.getState().loadProblems.length).toBeGreaterThan(0);
    await openFiles([new File([MINIMAL], "minimal.json")]);
    expect(useStore.getState().loadProblems).toEqual([]);
  });

  it("should keep only the newest of two loads", async () => {
    const first = openFiles([new File(["[]"], "old.json")]);
    const second = openFiles([new File([MINIMAL], "minimal.json")]);
    await Promise.all([first, second]);
    expect(useStore.getState().dataset?.title).toMatch(/^Harbour deal/);
    expect(useStore.getState().loadProblems).toEqual([]);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { selectSelectedEntity, selectSelectedRelation } from "./selectors";
import { initialState, useStore } from "./store";

describe("store", () => {
  beforeEach(() => useStore.setState(initialState, true));

  it("indexes a dataset when it is set, clearing any selection", () => {
    useStore.getState().setDataset(tinyDataset());
    useStore.getState().select({ kind: "entity", id: "bob" });
    useStore.getState().setDataset(tinyDataset());
    expect(useStore.getState().index?.entityById.size).toBe(5);
    expect(useStore.getState().selection).toBeNull();
  });

  it("selects entities and relations that exist, and refuses unknown ids", () => {
    useStore.getState().setDataset(tinyDataset());
    useStore.getState().select({ kind: "relation", id: "bob-acme" });
    expect(selectSelectedRelation(useStore.getState())?.label).toBe("works for");
    expect(selectSelectedEntity(useStore.getState())).toBeNull();
    useStore.getState().select({ kind: "entity", id: "nobody" });
    expect(useStore.getState().selection).toBeNull();
  });

  it("keeps one copy of a notice given twice", () => {
    useStore.getState().addNotice("Some link settings were ignored: foo (unknown parameter).");
    useStore.getState().addNotice("Some link settings were ignored: foo (unknown parameter).");
    useStore.getState().addNotice("Another notice.");
    expect(useStore.getState().notices).toHaveLength(2);
  });
});

describe("derived state", () => {
  beforeEach(() => {
    useStore.setState(initialState, true);
    useStore.getState().setDataset(tinyDataset());
  });

  it("keeps the same visibility object when only the selection changes (the canvas reframes on change)", () => {
    const before = useStore.getState().visibility;
    useStore.getState().select({ kind: "entity", id: "alice" });
    expect(useStore.getState().visibility).toBe(before);
    useStore.getState().setFilters({ entityTypes: ["person"] });
    expect(useStore.getState().visibility).not.toBe(before);
  });

  it("drops the selection when a filter hides it, and keeps it while it stays visible", () => {
    useStore.getState().select({ kind: "entity", id: "acme" });
    useStore.getState().setFilters({ countries: ["US"] });
    expect(useStore.getState().selection).toEqual({ kind: "entity", id: "acme" });
    useStore.getState().setFilters({ countries: ["FR"] });
    expect(useStore.getState().selection).toBeNull();
  });

  it("Escape undoes one step at a time: search, then focus, then path, then selection", () => {
    const s = () => useStore.getState();
    s().select({ kind: "entity", id: "alice" });
    s().setPath({ from: "alice", to: "acme" });
    s().setFocus("alice", 2);
    s().setSearch("bob");
    expect(s().escape()).toBe(true);
    expect(s().search).toBe("");
    s().escape();
    expect(s().focus).toBeNull();
    s().escape();
    expect(s().path).toBeNull();
    s().escape();
    expect(s().selection).toBeNull();
    expect(s().escape()).toBe(false);
  });
});

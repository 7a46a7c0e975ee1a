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
});

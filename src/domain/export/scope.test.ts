import { describe, expect, it } from "vitest";
import { realDataset } from "../../test/realDataset";
import { computeVisibility } from "../filters";
import { shortestPaths } from "../paths";
import { EMPTY_FILTERS } from "../view";
import { availableScopes, type ScopeSource, scopePicks, scopeSubset } from "./scope";
import { allIds } from "./visible";

const { dataset, index } = realDataset();
const all = allIds(dataset);
const base: ScopeSource = {
  index,
  visibility: all,
  paths: [],
  selection: null,
  focus: null,
  narrowed: false,
};

describe("export scopes", () => {
  it("offers a subset only when there is one", () => {
    expect(availableScopes(base)).toEqual(["full", "view"]);
    const paths = shortestPaths(index, "rex-tillerson", "vladimir-putin", () => true);
    expect(
      availableScopes({ ...base, paths, selection: { kind: "entity", id: "igor-sechin" }, narrowed: true }),
    ).toEqual(["full", "view", "shown", "path", "selection"]);
  });

  it("a path: its actors and every link of each hop, in columns from its start", () => {
    const paths = shortestPaths(index, "rex-tillerson", "vladimir-putin", () => true);
    const subset = scopeSubset("path", { ...base, paths });
    expect(subset?.layout).toEqual({ kind: "columns", from: "rex-tillerson" });
    expect(subset?.ids.entities.has("rex-tillerson")).toBe(true);
    expect(subset?.ids.entities.has("vladimir-putin")).toBe(true);
    for (const id of subset?.ids.relations ?? []) {
      const r = index.relationById.get(id);
      expect(subset?.ids.entities.has(r?.source ?? "")).toBe(true);
      expect(subset?.ids.entities.has(r?.target ?? "")).toBe(true);
    }
  });

  it("a selected actor: it and its shown neighbours, in rings around it", () => {
    const subset = scopeSubset("selection", { ...base, selection: { kind: "entity", id: "igor-sechin" } });
    const neighbours = new Set(
      (index.relationsByEntity.get("igor-sechin") ?? []).map((r) =>
        r.source === "igor-sechin" ? r.target : r.source,
      ),
    );
    expect(subset?.ids.entities).toEqual(new Set(["igor-sechin", ...neighbours]));
    expect(subset?.layout).toEqual({ kind: "rings", centre: "igor-sechin" });
  });

  it("the filtered set is what the filters show, by force unless focused", () => {
    const visibility = computeVisibility(dataset, index, {
      filters: { ...EMPTY_FILTERS, countries: ["PH"] },
      focus: null,
    });
    const subset = scopeSubset("shown", { ...base, visibility, narrowed: true });
    expect(subset?.ids).toBe(visibility);
    expect(subset?.layout).toEqual({ kind: "force" });
    expect(scopeSubset("shown", base)).toBeNull();
  });

  it("a story step comes first while one is shown, keeps the canvas' positions and brings its own footnotes", () => {
    const picks = [{ relation: "rex-tillerson-igor-sechin", evidence: 0 }];
    const step = { ids: all, picks };
    expect(availableScopes({ ...base, step })).toEqual(["step", "full", "view"]);
    expect(scopeSubset("step", { ...base, step })).toBeNull();
    expect(scopePicks("step", { ...base, step })).toBe(picks);
    expect(scopePicks("full", { ...base, step })).toBeNull();
    expect(scopePicks("step", base)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { Relation } from "../data/types";
import { tinyDataset } from "../test/fixtures";
import { BLOG, realDataset } from "../test/realDataset";
import { computeVisibility } from "./filters";
import { buildIndex } from "./indexes";
import { MAX_PATHS, type Path, shortestPaths } from "./paths";
import { EMPTY_FILTERS, type Filters } from "./view";

const all = () => true;
/** A path as the chain of entities it walks through. */
const chain = (path: Path) => [path[0]?.from, ...path.map((step) => step.to)];
const stepRelations = (path: Path) => path.map((step) => step.relations.map((r) => r.id));

/** Steps follow on from each other and each relation really links its step's two entities. */
function expectWellFormed(path: Path, from: string, to: string) {
  expect(path[0]?.from).toBe(from);
  expect(path.at(-1)?.to).toBe(to);
  path.forEach((step, i) => {
    if (i > 0) expect(step.from).toBe(path[i - 1]?.to);
    expect(step.relations.length).toBeGreaterThan(0);
    for (const r of step.relations) expect([r.source, r.target].sort()).toEqual([step.from, step.to].sort());
  });
  expect(new Set(chain(path)).size).toBe(path.length + 1);
}

describe("shortestPaths on the tiny fixture", () => {
  const dataset = tinyDataset();
  const index = buildIndex(dataset);

  it("walks relations in either direction", () => {
    const paths = shortestPaths(index, "carol", "acme", all);
    expect(paths.map(chain)).toEqual([["carol", "alice", "bob", "acme"]]);
    expect(stepRelations(paths[0] ?? [])).toEqual([["carol-alice"], ["alice-bob"], ["bob-acme"]]);
    expectWellFormed(paths[0] ?? [], "carol", "acme");
    expect(shortestPaths(index, "acme", "carol", all).map(chain)).toEqual([
      ["acme", "bob", "alice", "carol"],
    ]);
  });

  it("gives no path from an entity to itself, to an unconnected entity, or to an unknown one", () => {
    expect(shortestPaths(index, "alice", "alice", all)).toEqual([]);
    expect(shortestPaths(index, "alice", "loner", all)).toEqual([]);
    expect(shortestPaths(index, "alice", "nobody", all)).toEqual([]);
    expect(shortestPaths(index, "nobody", "alice", all)).toEqual([]);
  });

  it("uses only the allowed relations", () => {
    expect(shortestPaths(index, "alice", "acme", (r) => r.id !== "bob-acme")).toEqual([]);
    expect(shortestPaths(index, "alice", "acme", (r) => r.id !== "carol-alice").map(chain)).toEqual([
      ["alice", "bob", "acme"],
    ]);
  });

  it("groups parallel relations between the same two entities into one step", () => {
    const twice = tinyDataset();
    const met = twice.relations[0] as Relation;
    twice.relations.push({
      ...met,
      id: "bob-alice-again",
      source: "bob",
      target: "alice",
      label: "met again",
    });
    const paths = shortestPaths(buildIndex(twice), "alice", "acme", all);
    expect(paths).toHaveLength(1);
    expect(stepRelations(paths[0] ?? [])).toEqual([["alice-bob", "bob-alice-again"], ["bob-acme"]]);
    // Only the allowed ones are listed.
    const filtered = shortestPaths(buildIndex(twice), "alice", "acme", (r) => r.id !== "alice-bob");
    expect(stepRelations(filtered[0] ?? [])).toEqual([["bob-alice-again"], ["bob-acme"]]);
  });

  it("finds every shortest path when there are several", () => {
    const diamond = tinyDataset();
    const base = diamond.relations[0] as Relation;
    diamond.relations.push(
      { ...base, id: "alice-loner", source: "alice", target: "loner" },
      { ...base, id: "loner-acme", source: "loner", target: "acme" },
    );
    const paths = shortestPaths(buildIndex(diamond), "alice", "acme", all);
    expect(paths.map(chain).sort()).toEqual([
      ["alice", "bob", "acme"],
      ["alice", "loner", "acme"],
    ]);
    expect(shortestPaths(buildIndex(diamond), "alice", "acme", all, 1)).toHaveLength(1);
  });
});

describe("shortestPaths on the real dataset", () => {
  const { dataset, index } = realDataset();
  const visibleBy = (filters: Partial<Filters>) => {
    const { relations } = computeVisibility(dataset, index, {
      filters: { ...EMPTY_FILTERS, ...filters },
      focus: null,
    });
    return (r: Relation) => relations.has(r.id);
  };

  it("Tillerson to Putin goes through Sechin, friend and business partner in one step", () => {
    const paths = shortestPaths(index, "rex-tillerson", "vladimir-putin", all);
    expect(paths.length).toBeGreaterThan(0);
    const lengths = new Set(paths.map((p) => p.length));
    expect([...lengths]).toEqual([2]);
    expect(paths.map(chain)).toContainEqual(["rex-tillerson", "igor-sechin", "vladimir-putin"]);
    const viaSechin = paths.find((p) => p[0]?.to === "igor-sechin") ?? [];
    expectWellFormed(viaSechin, "rex-tillerson", "vladimir-putin");
    expect(stepRelations(viaSechin)).toEqual([
      ["tillerson-sechin-friendship", "sechin-tillerson-business"],
      ["sechin-putin-influence"],
    ]);
  });

  it("the paths are minimal: Tillerson and Putin share no relation", () => {
    const direct = index.relationsByEntity
      .get("rex-tillerson")
      ?.some((r) => r.source === "vladimir-putin" || r.target === "vladimir-putin");
    expect(direct).toBe(false);
  });

  it("Trump to Putin: several paths, all of equal minimal length, distinct and capped", () => {
    const paths = shortestPaths(index, "donald-trump", "vladimir-putin", all);
    expect(paths.length).toBeGreaterThan(1);
    expect(paths.length).toBeLessThanOrEqual(MAX_PATHS);
    expect(new Set(paths.map((p) => p.length))).toEqual(new Set([3]));
    expect(new Set(paths.map((p) => chain(p).join(">"))).size).toBe(paths.length);
    for (const p of paths) expectWellFormed(p, "donald-trump", "vladimir-putin");
    expect(paths.map(chain)).toContainEqual([
      "donald-trump",
      "us-government",
      "igor-sechin",
      "vladimir-putin",
    ]);

    for (const cap of [1, 2]) {
      const capped = shortestPaths(index, "donald-trump", "vladimir-putin", all, cap);
      expect(capped).toHaveLength(cap);
      for (const p of capped) expect(paths.map(chain)).toContainEqual(chain(p));
    }
  });

  it("is the same set of routes in either direction", () => {
    const there = shortestPaths(index, "donald-trump", "vladimir-putin", all).map((p) => chain(p).join(">"));
    const back = shortestPaths(index, "vladimir-putin", "donald-trump", all).map((p) =>
      chain(p).reverse().join(">"),
    );
    expect(back.sort()).toEqual(there.sort());
  });

  it("goes around an entity whose relations are not shown", () => {
    const withoutUsGovernment = (r: Relation) => r.source !== "us-government" && r.target !== "us-government";
    const paths = shortestPaths(index, "donald-trump", "vladimir-putin", withoutUsGovernment);
    expect(paths.map(chain).sort()).toEqual([
      ["donald-trump", "baltic-nation", "russia", "vladimir-putin"],
      ["donald-trump", "western-european-ally", "nato", "vladimir-putin"],
    ]);
    for (const p of paths) expectWellFormed(p, "donald-trump", "vladimir-putin");
    // Tillerson's only link towards Russia is Sechin: without him there is no route at all.
    const withoutSechin = (r: Relation) => r.source !== "igor-sechin" && r.target !== "igor-sechin";
    expect(shortestPaths(index, "rex-tillerson", "vladimir-putin", withoutSechin)).toEqual([]);
  });

  it("finds no path between disconnected actors", () => {
    expect(shortestPaths(index, "donald-trump", "angela-merkel", all)).toEqual([]);
    expect(shortestPaths(index, "kgb", "fsb", all)).toEqual([]);
    expect(shortestPaths(index, "rex-tillerson", "rex-tillerson", all)).toEqual([]);
  });

  it("finds no path when the filters hide an end or every route", () => {
    expect(shortestPaths(index, "rex-tillerson", "vladimir-putin", visibleBy({ countries: ["RU"] }))).toEqual(
      [],
    );
    expect(shortestPaths(index, "rex-tillerson", "vladimir-putin", visibleBy({ countries: ["US"] }))).toEqual(
      [],
    );
    expect(
      shortestPaths(
        index,
        "rex-tillerson",
        "vladimir-putin",
        visibleBy({ source: { mode: "article", article: BLOG } }),
      ),
    ).toEqual([]);
    // Filters that keep the route keep the path.
    const people = shortestPaths(
      index,
      "rex-tillerson",
      "vladimir-putin",
      visibleBy({ entityTypes: ["person"] }),
    );
    expect(people.map(chain)).toEqual([["rex-tillerson", "igor-sechin", "vladimir-putin"]]);
    // And a relation filter narrows a step to the relations it shows.
    const friends = shortestPaths(
      index,
      "rex-tillerson",
      "vladimir-putin",
      visibleBy({ relationTypes: ["friendship", "influence"] }),
    );
    expect(stepRelations(friends[0] ?? [])).toEqual([
      ["tillerson-sechin-friendship"],
      ["sechin-putin-influence"],
    ]);
  });
});

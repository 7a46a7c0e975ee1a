import { describe, expect, it } from "vitest";
import type { Relation } from "../data/types";
import { tinyDataset } from "../test/fixtures";
import { BLOG, realDataset } from "../test/realDataset";
import { computeVisibility } from "./filters";
import { buildIndex } from "./indexes";
import { MAX_PATHS, type Path, shortestPaths, strongestPaths, weakestLink } from "./paths";
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
    // Without Sechin, Tillerson reaches Putin only through the Baltic intelligence service that
    // investigated him, its nation, and the fear of Russia that nation holds.
    const withoutSechin = (r: Relation) => r.source !== "igor-sechin" && r.target !== "igor-sechin";
    const around = shortestPaths(index, "rex-tillerson", "vladimir-putin", withoutSechin);
    expect(around.map(chain)).toEqual([
      ["rex-tillerson", "baltic-intelligence-service", "baltic-nation", "russia", "vladimir-putin"],
    ]);
    for (const p of around) expectWellFormed(p, "rex-tillerson", "vladimir-putin");
  });

  it("finds no path between disconnected actors", () => {
    // Merkel's one link is her office; without it she is cut off from everyone.
    const withoutMerkelOffice = (r: Relation) => r.id !== "merkel-government-chancellor";
    expect(shortestPaths(index, "donald-trump", "angela-merkel", withoutMerkelOffice)).toEqual([]);
    expect(shortestPaths(index, "angela-merkel", "fsb", withoutMerkelOffice)).toEqual([]);
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

/**
 * A hand-made graph: from A to Z, a short chain through a hedge (A–B confirmed, B–Z unconfirmed),
 * a longer all-reported chain (A–C–D–Z) and a longer chain that is confirmed but for one reported
 * step (A–E–F–G–Z); plus a denied shortcut A–Z.
 */
function graph(links: Array<[string, string, string, Relation["status"]]>): ReturnType<typeof buildIndex> {
  const ids = [...new Set(links.flatMap(([, a, b]) => [a, b]))];
  return buildIndex({
    version: 1,
    title: "Hand-made",
    articles: [
      {
        id: "paper",
        file: "articles/paper.txt",
        title: "T",
        publisher: "P",
        author: null,
        published: "2020",
        url: "https://example.org/",
        derivedFrom: null,
        text: "x",
      },
    ],
    entities: ids.map((id) => ({
      id,
      name: id.toUpperCase(),
      aliases: [],
      type: "person" as const,
      countries: [],
      organizations: [],
      roles: [],
      description: id,
    })),
    relations: links.map(([id, source, target, status]) => ({
      id,
      source,
      target,
      type: "communication" as const,
      directed: false,
      label: id,
      status,
      evidence: [
        { article: "paper", quote: `${id} maybe`, attribution: "P", status: "unconfirmed" as const },
        { article: "paper", quote: `${id} surely`, attribution: "P", status },
      ],
    })),
  });
}

describe("strongestPaths on hand-made graphs", () => {
  const index = graph([
    ["a-b", "a", "b", "confirmed"],
    ["b-z", "b", "z", "unconfirmed"],
    ["a-c", "a", "c", "reported"],
    ["c-d", "c", "d", "reported"],
    ["d-z", "d", "z", "reported"],
    ["a-e", "a", "e", "confirmed"],
    ["e-f", "e", "f", "confirmed"],
    ["f-g", "f", "g", "reported"],
    ["g-z", "g", "z", "confirmed"],
    ["a-z-denied", "a", "z", "denied"],
  ]);

  it("prefers the chain whose weakest link is surest, then the fewest steps", () => {
    // Shortest is the denied shortcut; strongest is reported at worst, and of the two reported
    // chains the one with fewer steps (A–C–D–Z, 3 steps, over A–E–F–G–Z, 4).
    expect(shortestPaths(index, "a", "z", all).map(chain)).toEqual([["a", "z"]]);
    const strongest = strongestPaths(index, "a", "z", all);
    expect(strongest.status).toBe("reported");
    expect(strongest.paths.map(chain)).toEqual([["a", "c", "d", "z"]]);
    for (const p of strongest.paths) expectWellFormed(p, "a", "z");
  });

  it("takes a confirmed chain however long, when one exists", () => {
    const withConfirmed = graph([
      ["a-b", "a", "b", "reported"],
      ["b-z", "b", "z", "confirmed"],
      ["a-e", "a", "e", "confirmed"],
      ["e-f", "e", "f", "confirmed"],
      ["f-z", "f", "z", "confirmed"],
    ]);
    const strongest = strongestPaths(withConfirmed, "a", "z", all);
    expect(strongest).toMatchObject({ status: "confirmed" });
    expect(strongest.paths.map(chain)).toEqual([["a", "e", "f", "z"]]);
  });

  it("counts a step by the surest of its parallel relations, and lists only those that sure", () => {
    const parallel = graph([
      ["a-b-hedged", "a", "b", "unconfirmed"],
      ["a-b-sure", "a", "b", "confirmed"],
      ["b-z", "b", "z", "confirmed"],
      ["a-c", "a", "c", "reported"],
      ["c-z", "c", "z", "confirmed"],
    ]);
    const strongest = strongestPaths(parallel, "a", "z", all);
    expect(strongest.status).toBe("confirmed");
    expect(strongest.paths.map(stepRelations)).toEqual([[["a-b-sure"], ["b-z"]]]);
  });

  it("respects the relations shown, and finds nothing between unconnected actors", () => {
    const strongest = strongestPaths(index, "a", "z", (r) => !["d-z", "g-z", "b-z"].includes(r.id));
    expect(strongest.paths.map(chain)).toEqual([["a", "z"]]);
    expect(strongest.status).toBe("denied");
    expect(strongestPaths(index, "a", "z", (r) => r.id === "a-b")).toEqual({ paths: [], status: null });
  });

  it("names each chain's weakest link and the excerpt it rests on", () => {
    const [chainAcdz] = strongestPaths(index, "a", "z", all).paths;
    const weakest = weakestLink(chainAcdz ?? []);
    // All three steps are reported: the first of them is named, with its surest excerpt.
    expect(weakest).toMatchObject({ step: 0, status: "reported" });
    expect(weakest?.relation.id).toBe("a-c");
    expect(weakest?.evidence.quote).toBe("a-c surely");
    const mixed = shortestPaths(index, "b", "e", all)[0] ?? [];
    expect(chain(mixed)).toEqual(["b", "a", "e"]);
    expect(weakestLink(mixed)).toMatchObject({ step: 0, status: "confirmed" });
    const hedged = shortestPaths(index, "a", "z", (r) => r.id === "a-b" || r.id === "b-z")[0] ?? [];
    expect(weakestLink(hedged)).toMatchObject({ step: 1, status: "unconfirmed" });
    expect(weakestLink([])).toBeNull();
  });
});

describe("strongestPaths on the real dataset", () => {
  const { dataset, index } = realDataset();

  it("Flynn to Kislyak: the confirmed telephone call, not the unconfirmed intercepted contact", () => {
    const strongest = strongestPaths(index, "michael-flynn", "sergey-kislyak", all);
    expect(strongest.status).toBe("confirmed");
    expect(strongest.paths.map(stepRelations)).toEqual([[["flynn-kislyak-telephone-call"]]]);
    const shortest = shortestPaths(index, "michael-flynn", "sergey-kislyak", all);
    expect(stepRelations(shortest[0] ?? [])[0]).toContain("flynn-kislyak-intercepted-contact");
    expect(dataset.relations.length).toBeGreaterThan(0);
  });

  it("Trump to Putin: among chains of equal length, some rest on a fear; the strongest is all confirmed", () => {
    const shortest = shortestPaths(index, "donald-trump", "vladimir-putin", all);
    const strongest = strongestPaths(index, "donald-trump", "vladimir-putin", all);
    expect(shortest.map((p) => weakestLink(p)?.status)).toContain("unconfirmed");
    expect(strongest.status).toBe("confirmed");
    expect(strongest.paths.map(chain)).toEqual([
      ["donald-trump", "us-government", "russia", "vladimir-putin"],
    ]);
    expect(strongest.paths.map(stepRelations)).toEqual([
      [["trump-us-president"], ["us-sanctions-russia"], ["putin-russia-president"]],
    ]);
  });
});

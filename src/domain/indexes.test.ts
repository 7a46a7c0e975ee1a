import { describe, expect, it } from "vitest";
import { tinyDataset } from "../test/fixtures";
import { articlesOf, buildIndex, otherEnd } from "./indexes";

describe("buildIndex", () => {
  const index = buildIndex(tinyDataset());

  it("lists every relation an entity takes part in, as source or target", () => {
    expect(index.relationsByEntity.get("alice")?.map((r) => r.id)).toEqual(["alice-bob", "carol-alice"]);
    expect(index.relationsByEntity.get("loner")).toEqual([]);
  });

  it("looks up entities, relations and articles by id", () => {
    expect(index.entityById.get("acme")?.name).toBe("Acme");
    expect(index.relationById.get("bob-acme")?.label).toBe("works for");
    expect(index.articleById.get("paper")?.publisher).toBe("The Paper");
  });
});

describe("otherEnd and articlesOf", () => {
  const relation = tinyDataset().relations[0] as (typeof tinyDataset extends () => infer D
    ? D
    : never)["relations"][number];
  it("gives the entity across the relation from either end", () => {
    expect(otherEnd(relation, "alice")).toBe("bob");
    expect(otherEnd(relation, "bob")).toBe("alice");
  });
  it("names each supporting article once", () => {
    const twice = { ...relation, evidence: [...relation.evidence, ...relation.evidence] };
    expect(articlesOf(twice)).toEqual(["paper"]);
  });
});

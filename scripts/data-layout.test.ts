import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toElements } from "../src/graph/toElements";
import { readCurated } from "./curated";
import { LAYOUT_FILE, type LayoutFile, layoutKey } from "./layout-file";

describe("data/layout.json", () => {
  const file = JSON.parse(readFileSync(LAYOUT_FILE, "utf8")) as LayoutFile;
  const elements = toElements({ ...readCurated().dataset, positions: undefined });

  it("should be current with data/graph.json and the force layout settings (npm run data:layout)", () => {
    expect(file.key).toBe(layoutKey(elements));
  });

  it("should place every entity, and nothing else, at a finite position", () => {
    const ids = readCurated().dataset.entities.map((e) => e.id);
    expect(Object.keys(file.positions).sort()).toEqual([...ids].sort());
    for (const [x, y] of Object.values(file.positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });
});

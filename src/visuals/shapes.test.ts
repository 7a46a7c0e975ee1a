import { describe, expect, it } from "vitest";
import { dashArray, markerPath, shapePath } from "./shapes";
import { ENTITY_VISUALS } from "./vocabulary";

const numbers = (d: string) => d.replace(/[A-Z]/g, " ").trim().split(/\s+/).map(Number);

describe("shapePath", () => {
  it.each(Object.values(ENTITY_VISUALS).map((v) => v.shape))("draws %s within its box", (shape) => {
    const d = shapePath(shape, 0, 0, 20, 10);
    // x within ±10, y within ±5 (arc commands carry flags, which are 0 or 1, within both)
    expect(numbers(d).every((n) => Math.abs(n) <= 10 + 1e-9)).toBe(true);
    expect(d.endsWith("Z")).toBe(true);
  });
});

describe("markerPath", () => {
  it("centres each mark on its point", () => {
    for (const shape of ["circle", "square", "diamond"] as const) {
      const ns = numbers(markerPath(shape, 100, 50, 8)).filter((n) => n > 1);
      expect(Math.min(...ns.filter((n) => n > 60))).toBeGreaterThanOrEqual(96);
      expect(Math.max(...ns)).toBeLessThanOrEqual(104);
    }
  });
});

describe("dashArray", () => {
  it("keeps the claim status pattern, corrected for round caps", () => {
    expect(dashArray("dashed", 2, [14, 3])).toEqual([12, 5]);
    expect(dashArray("solid", 2)).toEqual([]);
    expect(dashArray("dotted", 2)[0]).toBeLessThan(1);
  });
});

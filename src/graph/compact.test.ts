import { describe, expect, it } from "vitest";
import { fillCanvas, orient } from "./compact";

const extent = (v: Float64Array) => Math.max(...v) - Math.min(...v);

describe("fillCanvas", () => {
  it("stretches a wide cluster to a phone's tall canvas, at most twice, keeping its width", () => {
    const x = Float64Array.from([0, 100, 200, 300]);
    const y = Float64Array.from([0, 50, 0, 50]);
    fillCanvas(x, y, { w: 300, h: 600 });
    expect(extent(x)).toBe(300);
    expect(extent(y)).toBe(100);
    expect(Math.min(...y)).toBe(0);
  });

  it("stretches a tall one on a wide canvas to the canvas' proportions, and leaves a fitting one alone", () => {
    const x = Float64Array.from([0, 100]);
    const y = Float64Array.from([0, 150]);
    fillCanvas(x, y, { w: 400, h: 300 });
    expect(extent(x)).toBeCloseTo(200);
    expect(extent(y)).toBe(150);
    const same = Float64Array.from([0, 400]);
    const sameY = Float64Array.from([0, 310]);
    fillCanvas(same, sameY, { w: 400, h: 300 });
    expect([...same, ...sameY]).toEqual([0, 400, 0, 310]);
  });

  it("leaves one actor, or actors in a line, where they are", () => {
    const x = Float64Array.from([5, 5]);
    const y = Float64Array.from([0, 100]);
    fillCanvas(x, y, { w: 400, h: 300 });
    expect([...x, ...y]).toEqual([5, 5, 0, 100]);
  });
});

describe("orient", () => {
  it("lays a long chain along the canvas' diagonal", () => {
    const x = Float64Array.from([0, 100, 200, 300, 400]);
    const y = new Float64Array(5);
    orient(x, y, { w: 400, h: 300 });
    const slope = ((y[4] ?? 0) - (y[0] ?? 0)) / ((x[4] ?? 0) - (x[0] ?? 0));
    expect(slope).toBeCloseTo(300 / 400);
  });
});

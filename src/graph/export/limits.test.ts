import { describe, expect, it } from "vitest";
import { CANVAS_MAX_AREA, fitsCanvas, largestScale, scaledSize } from "./limits";

describe("fitsCanvas", () => {
  it("accepts up to the area and side limits, refuses past them and empty sizes", () => {
    expect(fitsCanvas({ width: 16_384, height: 16_384 })).toBe(true);
    expect(fitsCanvas({ width: 16_384, height: 16_385 })).toBe(false);
    expect(fitsCanvas({ width: 32_768, height: 10 })).toBe(false);
    expect(fitsCanvas({ width: 0, height: 10 })).toBe(false);
  });
});

describe("largestScale", () => {
  it("is the requested maximum when it fits", () => {
    expect(largestScale({ width: 1200, height: 800 })).toBe(4);
  });
  it("steps down to the largest scale that fits, by the area or by the side", () => {
    const base = { width: 8000, height: 6000 };
    const scale = largestScale(base);
    expect(scale).toBe(2.3);
    expect(fitsCanvas(scaledSize(base, scale))).toBe(true);
    expect(fitsCanvas(scaledSize(base, scale + 0.1))).toBe(false);
    expect(largestScale({ width: 20_000, height: 100 })).toBe(1.6);
  });
  it("offers less than 1× for graphs too large to draw at all, and 0 when nothing fits", () => {
    expect(largestScale({ width: 40_000, height: 40_000 })).toBe(0.4);
    expect(largestScale({ width: CANVAS_MAX_AREA, height: CANVAS_MAX_AREA })).toBe(0);
  });
});

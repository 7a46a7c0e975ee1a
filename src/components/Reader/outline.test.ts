import { describe, expect, it } from "vitest";
import { type Box, lineBoxes, outlinePath } from "./outline";

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

/** The path's corners, as [x, y] pairs. */
const corners = (d: string) =>
  [...d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);

describe("#lineBoxes", () => {
  it("should merge a name marked inside a highlight with the highlight's text on its line", () => {
    // "according to [Michael Flynn], the" on one line, a little taller box for the name's span.
    const lines = lineBoxes([box(100, 10, 180, 30), box(180, 9, 260, 31), box(260, 10, 300, 30)]);
    expect(lines).toEqual([box(100, 9, 300, 31)]);
  });

  it("should keep wrapped lines apart, top to bottom, and drop empty boxes", () => {
    const lines = lineBoxes([
      box(0, 40, 120, 60),
      box(300, 10, 500, 30),
      box(120, 40, 120, 60), // a line break
      box(0, 70, 50, 90),
    ]);
    expect(lines).toEqual([box(300, 10, 500, 30), box(0, 40, 120, 60), box(0, 70, 50, 90)]);
  });
});

describe("#outlinePath", () => {
  it("should draw one closed path round a passage over three lines", () => {
    const d = outlinePath([box(300, 10, 500, 30), box(0, 40, 500, 60), box(0, 70, 50, 90)], 2);
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.endsWith("Z")).toBe(true);
    const points = corners(d);
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    // It encloses every line with the padding, and no more.
    expect(Math.min(...xs)).toBe(-2);
    expect(Math.max(...xs)).toBe(502);
    expect(Math.min(...ys)).toBe(8);
    expect(Math.max(...ys)).toBe(92);
    // The lines meet halfway between them: no gap where the line spacing is.
    expect(ys).toContain(35);
    expect(ys).toContain(65);
    // The first line starts where the passage starts, the last ends where it ends.
    expect(points).toContainEqual([298, 8]);
    expect(points).toContainEqual([52, 92]);
  });

  it("should draw a passage on one line as a rectangle", () => {
    expect(outlinePath([box(10, 10, 60, 30)], 1)).toBe("M61 9 L61 31 L9 31 L9 9 Z");
  });

  it("should draw nothing for no lines", () => {
    expect(outlinePath([])).toBe("");
  });
});

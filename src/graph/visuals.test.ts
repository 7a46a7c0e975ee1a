// WCAG 2.1 non-text contrast (1.4.11): shapes and lines need 3:1 against the white canvas.
import { describe, expect, it } from "vitest";
import { ENTITY_VISUALS, RELATION_FAMILIES } from "./visuals";

/** Relative luminance of an sRGB colour written as #rrggbb (WCAG 2.1 definition). */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = Number.parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("contrast()", () => {
  it("follows the WCAG formula", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});

describe("graph colours against the white canvas", () => {
  it.each(Object.entries(ENTITY_VISUALS))("entity type %s has at least 3:1", (_type, { color }) => {
    expect(contrast(color, "#ffffff")).toBeGreaterThanOrEqual(3);
  });
  it.each(Object.entries(RELATION_FAMILIES))("relation family %s has at least 3:1", (_family, { color }) => {
    expect(contrast(color, "#ffffff")).toBeGreaterThanOrEqual(3);
  });
  it("entity types are told apart by shape as well as colour", () => {
    const shapes = Object.values(ENTITY_VISUALS).map((v) => v.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

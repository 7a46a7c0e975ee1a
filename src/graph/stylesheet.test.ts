import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { realDataset } from "../test/realDataset";
import { STYLESHEET, STYLESHEET_LARGE } from "./stylesheet";
import { toElements } from "./toElements";
import { FONT_FAMILY } from "./visuals";

describe("stylesheet", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // cytoscape drops a property it cannot parse with only a console warning, and draws its default:
  // the labels' typeface was lost that way once.
  it.each([
    ["normal", STYLESHEET],
    ["large", STYLESHEET_LARGE],
  ])("every property of the %s stylesheet is one cytoscape accepts", (_, style) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { dataset } = realDataset();
    const cy = cytoscape({ headless: true, styleEnabled: true, style, elements: toElements(dataset) });
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([]);
    expect(cy.nodes().first().style("font-family")).toBe(FONT_FAMILY);
  });
});

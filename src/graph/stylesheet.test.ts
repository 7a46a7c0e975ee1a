import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import { realDataset } from "../test/realDataset";
import { FONT_FAMILY, SOURCE_WIDTHS } from "../visuals/vocabulary";
import { STYLESHEET, STYLESHEET_LARGE, stylesheetFor } from "./stylesheet";
import { toElements } from "./toElements";

describe("stylesheet", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  // cytoscape drops a property it cannot parse with only a console warning, and draws its default:
  // the labels' typeface was lost that way once.
  it.each([
    ["normal", STYLESHEET],
    ["large", STYLESHEET_LARGE],
    ["dark", stylesheetFor("dark", false)],
    ["dark large", stylesheetFor("dark", true)],
  ])("every property of the %s stylesheet is one cytoscape accepts", (_, style) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { dataset } = realDataset();
    const cy = cytoscape({ headless: true, styleEnabled: true, style, elements: toElements(dataset) });
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([]);
    expect(cy.nodes().first().style("font-family")).toBe(FONT_FAMILY);
  });

  it("draws a line wide only when two independent outlets report it, never for a rewrite", () => {
    const { dataset } = realDataset();
    const width = (data: typeof dataset) => {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        style: STYLESHEET,
        elements: toElements(data),
      });
      return new Set(cy.edges().map((e) => Number.parseFloat(e.style("width"))));
    };
    // The blog rewrites Newsweek: the links both cite are one outlet's, drawn thin like the rest.
    expect([...width(dataset)]).toEqual([SOURCE_WIDTHS.one]);
    // Were it an independent outlet, the links both cite would be drawn wide.
    const independent = { ...dataset, articles: dataset.articles.map((a) => ({ ...a, derivedFrom: null })) };
    expect([...width(independent)].sort()).toEqual([SOURCE_WIDTHS.one, SOURCE_WIDTHS.several]);
  });

  it("a theme changes colours only, and a change of theme restyles the elements it has", () => {
    const { dataset } = realDataset();
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLESHEET,
      elements: toElements(dataset),
    });
    const person = cy.nodes('[type = "person"]').first();
    const before = { shape: person.style("shape"), width: person.style("width") };
    expect(person.style("background-color")).toBe("rgb(31,111,178)");
    cy.style(stylesheetFor("dark", false));
    expect(person.style("background-color")).toBe("rgb(90,169,230)");
    expect({ shape: person.style("shape"), width: person.style("width") }).toEqual(before);
    expect(stylesheetFor("dark", false).map((rule) => rule.selector)).toEqual(
      STYLESHEET.map((rule) => rule.selector),
    );
  });
});

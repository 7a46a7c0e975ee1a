import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { realDataset } from "../test/realDataset";
import { STYLESHEET } from "./stylesheet";
import { toElements } from "./toElements";
import { applyZoomDetail, farZoom, followZoom, withZoomDetail } from "./zoomDetail";

function curatedCanvas() {
  const { dataset } = realDataset();
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: STYLESHEET,
    elements: toElements({ ...dataset, positions: undefined }),
  });
}

const lineOf = (cy: cytoscape.Core, status: string) => {
  const edge = cy.edges(`[status = "${status}"]`).first();
  return { style: edge.style("line-style"), opacity: Number(edge.style("line-opacity")) };
};

describe("line patterns by zoom", () => {
  it("draws each pattern as long as its gaps are a pixel wide on screen, and solid and faint below", () => {
    expect(farZoom("confirmed")).toBeNull();
    expect(farZoom("reported")).toBeCloseTo(1 / 6);
    expect(farZoom("unconfirmed")).toBeCloseTo(0.1);
    const cy = curatedCanvas();
    applyZoomDetail(cy, 1);
    expect(lineOf(cy, "reported")).toEqual({ style: "dashed", opacity: 1 });
    expect(lineOf(cy, "unconfirmed")).toEqual({ style: "dashed", opacity: 1 });
    applyZoomDetail(cy, 0.125);
    // Reported (6-unit gaps) is under a pixel at 0.125; unconfirmed (10-unit gaps) is not yet.
    expect(lineOf(cy, "reported")).toEqual({ style: "solid", opacity: 0.8 });
    expect(lineOf(cy, "unconfirmed")).toEqual({ style: "dashed", opacity: 1 });
    applyZoomDetail(cy, 0.025);
    expect(lineOf(cy, "unconfirmed")).toEqual({ style: "solid", opacity: 0.5 });
    expect(lineOf(cy, "confirmed")).toEqual({ style: "solid", opacity: 1 });
  });

  it("does not flicker at a threshold: zooming back in must pass it by a margin", () => {
    const cy = curatedCanvas();
    applyZoomDetail(cy, 0.16);
    expect(lineOf(cy, "reported").style).toBe("solid");
    applyZoomDetail(cy, 0.175);
    expect(lineOf(cy, "reported").style).toBe("solid");
    applyZoomDetail(cy, 0.2);
    expect(lineOf(cy, "reported").style).toBe("dashed");
  });

  it("follows the view's zoom, and an export drawn larger gets the patterns back only while it draws", () => {
    const cy = curatedCanvas();
    cy.zoom(0.05);
    const stop = followZoom(cy);
    expect(lineOf(cy, "unconfirmed").style).toBe("solid");
    const during = withZoomDetail(cy, 2, () => lineOf(cy, "unconfirmed").style);
    expect(during).toBe("dashed");
    expect(lineOf(cy, "unconfirmed").style).toBe("solid");
    cy.zoom(1);
    expect(lineOf(cy, "unconfirmed").style).toBe("dashed");
    stop();
    cy.zoom(0.05);
    expect(lineOf(cy, "unconfirmed").style).toBe("dashed");
  });
});

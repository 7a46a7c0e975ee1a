// The benchmark's floor: the same elements (same positions), the same stylesheet and the same
// renderer options as the app, drawn by plain cytoscape with no React and no store.
// `?elements=<url>` names a JSON array of elements (written by bench.ts from toElements()).
import cytoscape from "cytoscape";
import type { LayoutName } from "../../src/domain/view";
import { forceQuality, LABELLED_BOXES_MAX, layoutOptions } from "../../src/graph/layouts";
import { LARGE_GRAPH_NODES, STYLESHEET, STYLESHEET_LARGE } from "../../src/graph/stylesheet";
import { followZoom } from "../../src/graph/zoomDetail";

declare global {
  interface Window {
    baseline?: {
      cy: cytoscape.Core;
      /** Runs a layout on the main thread, with the options the app uses at this size. */
      runLayout: (name: LayoutName) => Promise<void>;
    };
  }
}

async function main() {
  const params = new URLSearchParams(window.location.search);
  const url = params.get("elements") ?? "";
  // `?webgl=1`: cytoscape's WebGL renderer (3.31+), which react-cytoscapejs cannot turn on; the
  // bench measures it here only, to see whether it would be worth proposing.
  const webgl = params.get("webgl") === "1";
  const elements = (await (await fetch(url)).json()) as cytoscape.ElementDefinition[];
  const nodes = elements.filter((e) => e.group === "nodes").length;
  const large = nodes > LARGE_GRAPH_NODES;
  const cy = cytoscape({
    container: document.getElementById("cy"),
    elements,
    style: large ? STYLESHEET_LARGE : STYLESHEET,
    layout: { name: "preset", fit: true, padding: 40 },
    minZoom: large ? 0.005 : 0.1,
    maxZoom: 4,
    autounselectify: true,
    boxSelectionEnabled: false,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : "auto",
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  // Part of the stylesheet: patterns too fine to see at this zoom are drawn solid, as in the app.
  followZoom(cy);
  // fcose loads only for the layout figures, as in the app.
  let fcose: Promise<void> | null = null;
  const runLayout = async (name: LayoutName) => {
    if (name === "force") {
      fcose ??= import("cytoscape-fcose").then((m) => {
        cytoscape.use(m.default);
      });
      await fcose;
    }
    const options = layoutOptions(name, { animate: false, nodes: cy.nodes() }) as cytoscape.LayoutOptions &
      Record<string, unknown>;
    if (name === "force") {
      options.quality = forceQuality(nodes);
      options.nodeDimensionsIncludeLabels = nodes <= LABELLED_BOXES_MAX;
      options.randomize = options.quality !== "proof"; // fcose's faster qualities need it
    }
    await new Promise<void>((resolve) => {
      const layout = cy.layout(options);
      layout.one("layoutstop", () => resolve());
      layout.run();
    });
  };
  window.baseline = { cy, runLayout };
}

void main();

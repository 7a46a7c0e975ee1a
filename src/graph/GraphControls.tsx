import type cytoscape from "cytoscape";

const ZOOM_STEP = 1.25;

function zoomBy(cy: cytoscape.Core, factor: number) {
  // Instant, so quick repeated clicks add up exactly.
  cy.stop(true, true);
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Zoom in, zoom out and fit: the canvas' own controls. */
export function GraphControls({ cy }: { cy: cytoscape.Core }) {
  return (
    <div className="graph-controls" role="toolbar" aria-label="Zoom">
      <button type="button" onClick={() => zoomBy(cy, ZOOM_STEP)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoomBy(cy, 1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button
        type="button"
        onClick={() => cy.animate({ fit: { eles: cy.elements(":visible"), padding: 40 }, duration: 200 })}
        aria-label="Fit the graph to the window"
        title="Fit to window"
      >
        ⤢
      </button>
    </div>
  );
}

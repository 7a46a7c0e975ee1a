import type cytoscape from "cytoscape";
import { frameFor } from "./sync";

const ZOOM_STEP = 1.25;

function zoomBy(cy: cytoscape.Core, factor: number) {
  // Instant, so quick repeated clicks add up exactly.
  cy.stop(true, true);
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * Frames everything shown. By the actors' shapes, not their names: names are drawn at one size on
 * screen (labels.ts), so a fit that counted them would come out different at every zoom.
 */
function fitShown(cy: cytoscape.Core) {
  const target = frameFor(cy, cy.elements(":visible"));
  if (!target) return;
  cy.stop(true, false);
  cy.animate({ zoom: target.zoom, pan: target.pan, duration: 200 });
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
        onClick={() => fitShown(cy)}
        aria-label="Fit the graph to the window"
        title="Fit to window"
      >
        ⤢
      </button>
    </div>
  );
}

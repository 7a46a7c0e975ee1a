// Line patterns by zoom. Claim status is drawn as a dash pattern in graph units, so zoomed far out a
// dash or gap is a fraction of a pixel: the pattern can no longer be seen, yet the browser still
// rasterizes every dash. With 5,000 entities that made each frame take 0.5 s at the fitted zoom, and
// 4.5 s after the concentric layout (its rings are far apart, so the lines are long), against 0.17 s
// with solid lines (`npm run bench`). So a pattern whose gaps would be under a pixel is drawn solid
// and faint instead (`is-far`, STATUS_VISUALS.farOpacity), and comes back once it can be seen.
import type cytoscape from "cytoscape";
import type { ClaimStatus } from "../data/types";
import { CLAIM_STATUSES } from "../data/vocabulary";
import { STATUS_VISUALS } from "../visuals/vocabulary";
import { forget, recall, remember } from "./memo";

/** A pattern reads as a pattern once its gaps are at least this many pixels wide on screen. */
const MIN_GAP_PX = 1;
/** Zooming back in must pass the threshold by this factor, so that it does not flicker. */
const HYSTERESIS = 1.15;

export const FAR_CLASS = "is-far";

const PATTERNED: readonly ClaimStatus[] = CLAIM_STATUSES.filter((s) => STATUS_VISUALS[s].dash !== null);

/** Below this zoom, the status' pattern is drawn solid (null: the status has no pattern). */
export function farZoom(status: ClaimStatus): number | null {
  const dash = STATUS_VISUALS[status].dash;
  return dash ? MIN_GAP_PX / dash[1] : null;
}

/** Whether the status' lines are drawn solid at this zoom, given whether they were already. */
export function isFar(status: ClaimStatus, zoom: number, wasFar: boolean): boolean {
  const threshold = farZoom(status);
  if (threshold === null) return false;
  return zoom < (wasFar ? threshold * HYSTERESIS : threshold);
}

const STATE_KEY = "throughline.far";

/**
 * Puts `is-far` on the relations whose pattern is illegible at `zoom` (by default the view's), and
 * takes it off the others. Cheap when nothing crosses a threshold: it remembers what it set.
 */
export function applyZoomDetail(cy: cytoscape.Core, zoom: number = cy.zoom()): void {
  const state = recall<Partial<Record<ClaimStatus, boolean>>>(cy, STATE_KEY) ?? {};
  const flips = PATTERNED.filter((s) => isFar(s, zoom, state[s] === true) !== (state[s] === true));
  if (flips.length === 0) return;
  cy.batch(() => {
    for (const status of flips) {
      const far = !state[status];
      state[status] = far;
      const edges = cy.edges(`[status = "${status}"]`);
      if (far) edges.addClass(FAR_CLASS);
      else edges.removeClass(FAR_CLASS);
    }
  });
  remember(cy, STATE_KEY, state);
}

/**
 * Runs `draw` with the line patterns an image drawn at `zoom` should have (an export is often drawn
 * far larger than the view), then puts back the view's. `draw` must draw synchronously.
 */
export function withZoomDetail<T>(cy: cytoscape.Core, zoom: number, draw: () => T): T {
  applyZoomDetail(cy, zoom);
  try {
    return draw();
  } finally {
    applyZoomDetail(cy);
  }
}

/**
 * Keeps the patterns in step with the view's zoom, from scratch (call it again for a new element
 * set); returns the unsubscribe.
 */
export function followZoom(cy: cytoscape.Core): () => void {
  const onZoom = () => applyZoomDetail(cy);
  cy.batch(() => {
    cy.edges(`.${FAR_CLASS}`).removeClass(FAR_CLASS);
  });
  forget(cy, STATE_KEY);
  applyZoomDetail(cy);
  cy.on("zoom", onZoom);
  return () => {
    cy.off("zoom", onZoom);
  };
}

import type cytoscape from "cytoscape";
import { useLayoutEffect } from "react";
import { statusesAsOfView } from "../../state/selectors";
import { type AppState, useStore } from "../../state/store";
import { type CanvasState, syncClasses } from "../sync";

export const canvasState = (s: AppState): CanvasState => ({
  visibility: s.visibility,
  hits: s.hits,
  paths: s.paths,
  selection: s.view.selection,
  hoveredEntityId: s.hoveredEntityId,
  hoveredRelationId: s.hoveredRelationId,
  playing: s.playing,
  storyFaint: s.storyFaint,
  storyCover: s.storyCover,
  asOf: statusesAsOfView(s),
});

/**
 * Store → classes, outside React's render cycle: everything once for a new instance or element
 * set, then what changed on each store change (sync.ts compares by identity). A layout effect, so
 * that the framing and the names of the first frame see a permalink's filters and selection.
 */
export function useClassSync(cy: cytoscape.Core | null, elements: readonly unknown[]): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: elements marks a new element set
  useLayoutEffect(() => {
    if (!cy) return;
    let prev = canvasState(useStore.getState());
    syncClasses(cy, prev, null);
    return useStore.subscribe((state, before) => {
      const next = canvasState(state);
      // An edit (the same dataset, changed) recomputes the visibility: the camera stays put.
      const edited = state.dataset !== before.dataset && state.datasetGeneration === before.datasetGeneration;
      syncClasses(cy, next, prev, !edited);
      prev = next;
    });
  }, [cy, elements]);
}

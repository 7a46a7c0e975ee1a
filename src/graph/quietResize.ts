import type cytoscape from "cytoscape";

interface Renderer {
  invalidateContainerClientCoordsCache?: () => void;
}

const quieted = new WeakSet<cytoscape.Core>();

/**
 * Cytoscape calls `cy.resize()` itself 100 ms after its container changes size or any attribute
 * (its own ResizeObserver and MutationObserver), and a resize redraws every element even when the
 * size is the one already drawn. The canvas follows its container already (useKeepCentreOnResize),
 * so that second call cost a whole redraw for nothing: 60–150 ms at 1,000 actors on each opening
 * of a side panel. A resize to the size already drawn now only forgets where the container is
 * (it may have moved), which is what pointer positions need.
 */
export function quietIdleResizes(cy: cytoscape.Core): void {
  const container = cy.container();
  const renderer = (cy as unknown as { renderer?: () => Renderer | undefined }).renderer?.();
  if (!container || !renderer?.invalidateContainerClientCoordsCache || quieted.has(cy)) return;
  quieted.add(cy);
  const sizeOf = () => `${container.clientWidth}×${container.clientHeight}@${window.devicePixelRatio}`;
  let drawn = sizeOf();
  const resize = cy.resize;
  cy.resize = function (this: cytoscape.Core) {
    const now = sizeOf();
    if (now === drawn) {
      renderer.invalidateContainerClientCoordsCache?.();
      return this;
    }
    drawn = now;
    return resize.call(this);
  };
}

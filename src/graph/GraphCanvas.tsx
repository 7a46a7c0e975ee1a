// The only component that owns the cytoscape instance (and the only importer of react-cytoscapejs).
// Elements are built once per dataset; everything else reaches the canvas as class toggles through
// a store subscription (sync.ts), never by re-rendering the elements.
import type cytoscape from "cytoscape";
import { useCallback, useEffect, useMemo, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { type AppState, useStore } from "../state/store";
import { GraphControls } from "./GraphControls";
import { setGraphInstance } from "./instance";
import { layoutOptions, PRESET_LAYOUT } from "./layouts";
import { registerExtensions } from "./setup";
import { STYLESHEET } from "./stylesheet";
import {
  applyNeighbourhood,
  applyQuery,
  applySelection,
  applyVisibility,
  frameVisible,
  revealSelection,
} from "./sync";
import { toElements } from "./toElements";

registerExtensions();

declare global {
  interface Window {
    /** Read-only handle for the browser tests and the benchmark. */
    throughline?: { cy: cytoscape.Core; layoutDone: boolean };
  }
}

const CANVAS_STYLE = { width: "100%", height: "100%", position: "relative" } as const;

/** Applies what changed between two store states to the canvas' classes. */
function syncClasses(cy: cytoscape.Core, state: AppState, prev: AppState | null) {
  if (cy.destroyed()) return;
  const changed = <K extends keyof AppState>(key: K) => !prev || state[key] !== prev[key];
  if (changed("visibility")) applyVisibility(cy, state.visibility);
  if (changed("hits") || changed("paths")) applyQuery(cy, state.hits, state.paths);
  if (changed("selection")) applySelection(cy, state.selection);
  if (changed("selection") || changed("hoveredEntityId") || changed("visibility"))
    applyNeighbourhood(cy, state.hoveredEntityId, state.selection);
  if (prev && changed("visibility")) frameVisible(cy);
  else if (prev && changed("selection")) revealSelection(cy, state.selection);
}

export function GraphCanvas() {
  const dataset = useStore((s) => s.dataset);
  const elements = useMemo(() => (dataset ? toElements(dataset) : []), [dataset]);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);

  // react-cytoscapejs calls this after every update, and StrictMode makes a throwaway first
  // instance: keep the newest live one only.
  const onCy = useCallback((instance: cytoscape.Core) => {
    setCy((current) => (current === instance || instance.destroyed() ? current : instance));
  }, []);

  useEffect(() => {
    setGraphInstance(cy);
    return () => setGraphInstance(null);
  }, [cy]);

  // The container changes size when panels open or the window resizes: keep the canvas in step.
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container || typeof ResizeObserver === "undefined") return;
    let last = { w: container.clientWidth, h: container.clientHeight };
    const observer = new ResizeObserver(() => {
      if (cy.destroyed()) return;
      const now = { w: container.clientWidth, h: container.clientHeight };
      cy.resize();
      // Keep what was in the middle in the middle.
      cy.panBy({ x: (now.w - last.w) / 2, y: (now.h - last.h) / 2 });
      last = now;
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);

  // Events, registered once per instance.
  useEffect(() => {
    if (!cy) return;
    const { select, hoverEntity } = useStore.getState();
    const onTapNode = (e: cytoscape.EventObject) => select({ kind: "entity", id: e.target.id() });
    const onTapEdge = (e: cytoscape.EventObject) => select({ kind: "relation", id: e.target.id() });
    const onTapCore = (e: cytoscape.EventObject) => {
      if (e.target === cy) select(null);
    };
    const onOver = (e: cytoscape.EventObject) => hoverEntity(e.target.id());
    const onOut = () => hoverEntity(null);
    cy.on("tap", "node", onTapNode);
    cy.on("tap", "edge", onTapEdge);
    cy.on("tap", onTapCore);
    cy.on("mouseover", "node", onOver);
    cy.on("mouseout", "node", onOut);
    // Leaving the canvas fast can skip a node's mouseout: never leave a hover stuck.
    const container = cy.container();
    container?.addEventListener("mouseleave", onOut);
    return () => {
      container?.removeEventListener("mouseleave", onOut);
      cy.off("tap", "node", onTapNode);
      cy.off("tap", "edge", onTapEdge);
      cy.off("tap", onTapCore);
      cy.off("mouseover", "node", onOver);
      cy.off("mouseout", "node", onOut);
    };
  }, [cy]);

  // Store → classes, outside React's render cycle. Declared before the layout effect so that a
  // permalink's filters are in place when the first layout runs.
  // biome-ignore lint/correctness/useExhaustiveDependencies: elements marks a new element set
  useEffect(() => {
    if (!cy) return;
    syncClasses(cy, useStore.getState(), null);
    return useStore.subscribe((state, prev) => syncClasses(cy, state, prev));
  }, [cy, elements]);

  // Layout: once per dataset without animation (deterministic), then again, animated, whenever the
  // reader picks another layout or asks to re-run it on what is visible.
  useEffect(() => {
    if (!cy || cy.destroyed() || elements.length === 0) return;
    let running: cytoscape.Layouts | null = null;
    const run = (animate: boolean) => {
      running?.stop();
      const { layout, selection, focus } = useStore.getState();
      const rootId = selection?.kind === "entity" ? selection.id : (focus?.id ?? null);
      const root = rootId ? cy.getElementById(rootId).nodes() : null;
      const handle = { cy, layoutDone: false };
      window.throughline = handle;
      running = cy.elements().not(".is-hidden").layout(layoutOptions(layout, { animate, root }));
      running.one("layoutstop", () => {
        handle.layoutDone = true;
      });
      running.run();
    };
    run(false);
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (state.layout !== prev.layout || state.layoutRun !== prev.layoutRun) run(true);
    });
    return () => {
      unsubscribe();
      running?.stop();
    };
  }, [cy, elements]);

  return (
    <div className="graph-canvas">
      <CytoscapeComponent
        elements={elements}
        stylesheet={STYLESHEET}
        layout={PRESET_LAYOUT}
        cy={onCy}
        style={CANVAS_STYLE}
        autounselectify
        boxSelectionEnabled={false}
        minZoom={0.1}
        maxZoom={4}
      />
      {cy && <GraphControls cy={cy} />}
    </div>
  );
}

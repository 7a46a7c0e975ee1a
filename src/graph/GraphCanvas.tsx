// The only component that owns the cytoscape instance (and the only importer of react-cytoscapejs).
// Elements are built once per dataset; everything else reaches the canvas as class toggles through
// a store subscription (sync.ts), never by re-rendering the elements.
import type cytoscape from "cytoscape";
import { useCallback, useEffect, useMemo, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { useStore } from "../state/store";
import { GraphControls } from "./GraphControls";
import { setGraphInstance } from "./instance";
import { FORCE_LAYOUT, PRESET_LAYOUT } from "./layouts";
import { registerExtensions } from "./setup";
import { STYLESHEET } from "./stylesheet";
import { applyNeighbourhood, applySelection } from "./sync";
import { toElements } from "./toElements";

registerExtensions();

declare global {
  interface Window {
    /** Read-only handle for the browser tests and the benchmark. */
    throughline?: { cy: cytoscape.Core; layoutDone: boolean };
  }
}

const CANVAS_STYLE = { width: "100%", height: "100%", position: "relative" } as const;

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
    return () => {
      cy.off("tap", "node", onTapNode);
      cy.off("tap", "edge", onTapEdge);
      cy.off("tap", onTapCore);
      cy.off("mouseover", "node", onOver);
      cy.off("mouseout", "node", onOut);
    };
  }, [cy]);

  // Layout once per dataset (react-cytoscapejs has added the elements by the time this runs).
  useEffect(() => {
    if (!cy || cy.destroyed() || elements.length === 0) return;
    window.throughline = { cy, layoutDone: false };
    const layout = cy.layout(FORCE_LAYOUT);
    layout.one("layoutstop", () => {
      if (window.throughline?.cy === cy) window.throughline.layoutDone = true;
    });
    layout.run();
    return () => {
      layout.stop();
    };
  }, [cy, elements]);

  // Store → classes, outside React's render cycle; re-applied when a new dataset's elements arrive.
  // biome-ignore lint/correctness/useExhaustiveDependencies: elements marks a new element set
  useEffect(() => {
    if (!cy) return;
    const sync = () => {
      if (cy.destroyed()) return;
      const { selection, hoveredEntityId } = useStore.getState();
      applySelection(cy, selection);
      applyNeighbourhood(cy, hoveredEntityId, selection);
    };
    sync();
    return useStore.subscribe((state, prev) => {
      if (state.selection !== prev.selection || state.hoveredEntityId !== prev.hoveredEntityId) sync();
    });
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

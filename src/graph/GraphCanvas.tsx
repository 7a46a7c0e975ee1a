// The only component that owns the cytoscape instance (and the only importer of react-cytoscapejs).
// Elements are built once per dataset; everything else reaches the canvas as class toggles through
// a store subscription (sync.ts), never by re-rendering the elements.
import type cytoscape from "cytoscape";
import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { type AppState, useStore } from "../state/store";
import { canvasKeyProps } from "./canvasKeys";
import { GraphControls } from "./GraphControls";
import { setGraphInstance } from "./instance";
import { PRESET_LAYOUT } from "./layouts";
import { LARGE_GRAPH_NODES, STYLESHEET, STYLESHEET_LARGE } from "./stylesheet";
import {
  applyNeighbourhood,
  applyQuery,
  applySelection,
  applyVisibility,
  frameVisible,
  revealSelection,
} from "./sync";
import { toElements } from "./toElements";
import { followZoom } from "./zoomDetail";

/**
 * The handle the browser tests and `npm run bench` read: the live instance, whether the last layout
 * is done, and for the bench the element array (to check its identity stays the same), a way to
 * re-render this component without changing anything, and the store (to time its changes).
 */
export interface TestHandle {
  cy: cytoscape.Core;
  layoutDone: boolean;
  elements: cytoscape.ElementDefinition[];
  /** performance.now() when the elements were built: the canvas' frames before it are older data. */
  elementsAt: number;
  rerender: () => void;
  store: typeof useStore;
}

declare global {
  interface Window {
    throughline?: TestHandle;
  }
}

type Runner = typeof import("./layoutRunner");
let loadedRunner: Runner | null = null;
function loadRunner(): Promise<Runner> {
  return import("./layoutRunner").then((runner) => {
    loadedRunner = runner;
    return runner;
  });
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
  // Built once per dataset: the same array identity on every other render (react-cytoscapejs
  // diffs the whole element set whenever it changes).
  const built = useMemo(
    () => ({ elements: dataset ? toElements(dataset) : [], at: performance.now() }),
    [dataset],
  );
  const elements = built.elements;
  // Large graphs get a lighter style and renderer options that cytoscape reads only when an
  // instance is made, so crossing the threshold makes a new instance (the `key` below).
  const large = (dataset?.entities.length ?? 0) > LARGE_GRAPH_NODES;
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);

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

  // Line patterns too fine to see at the current zoom are drawn solid (zoomDetail.ts).
  // biome-ignore lint/correctness/useExhaustiveDependencies: elements marks a new element set
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    return followZoom(cy);
  }, [cy, elements]);

  // Layout: once per dataset without animation (deterministic), then again, animated, whenever the
  // reader picks another layout or asks to re-run it on what is visible. A dataset with precomputed
  // force positions (the curated one) starts from them: no layout code is loaded at all.
  useEffect(() => {
    if (!cy || cy.destroyed() || elements.length === 0) return;
    const handle: TestHandle = {
      cy,
      layoutDone: false,
      elements,
      elementsAt: built.at,
      rerender,
      store: useStore,
    };
    window.throughline = handle;
    let alive = true;
    const run = (animate: boolean) => {
      handle.layoutDone = false;
      // The runner (and the layouts behind it) loads on first use: the curated dataset needs none.
      void loadRunner().then(async ({ runLayout }) => {
        if (!alive || cy.destroyed()) return;
        const { layout, selection, focus } = useStore.getState();
        const rootId = selection?.kind === "entity" ? selection.id : (focus?.id ?? null);
        const root = rootId ? cy.getElementById(rootId).nodes() : null;
        const outcome = await runLayout(cy, cy.elements().not(".is-hidden"), layout, { animate, root });
        if (alive && outcome !== "cancelled") handle.layoutDone = true;
      });
    };
    const { layout, dataset: current } = useStore.getState();
    if (layout === "force" && current?.positions) {
      // The preset layout has framed everything; a permalink's filters may leave less to frame.
      const shown = cy.elements().not(".is-hidden");
      if (shown.nonempty() && shown.length < cy.elements().length) cy.fit(shown, 40);
      handle.layoutDone = true;
    } else run(false);
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (state.layout !== prev.layout || state.layoutRun !== prev.layoutRun) run(true);
    });
    return () => {
      alive = false;
      unsubscribe();
      // Synchronously, so that it cannot stop the layout the next effect starts. Nothing can be
      // running if the runner has not loaded.
      loadedRunner?.cancelLayout();
    };
  }, [cy, elements, built]);

  return (
    <div className="graph-canvas" {...canvasKeyProps(cy)}>
      <CytoscapeComponent
        key={large ? "large" : "normal"}
        elements={elements}
        stylesheet={large ? STYLESHEET_LARGE : STYLESHEET}
        layout={PRESET_LAYOUT}
        cy={onCy}
        style={CANVAS_STYLE}
        autounselectify
        boxSelectionEnabled={false}
        minZoom={large ? 0.005 : 0.1}
        maxZoom={4}
        hideEdgesOnViewport={large}
        textureOnViewport={large}
        pixelRatio={large ? 1 : "auto"}
      />
      {cy && <GraphControls cy={cy} />}
    </div>
  );
}

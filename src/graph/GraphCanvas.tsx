// The only component that owns the cytoscape instance (and the only importer of react-cytoscapejs).
// Elements are built once per dataset; everything else reaches the canvas through one hook per
// concern, each an effect keyed on the instance:
//   useCyInstance          the newest live instance (StrictMode, react-cytoscapejs' callback)
//   useTestHandle          window.throughline for the browser tests and the bench (testHandle.ts)
//   useKeepCentreOnResize  the canvas follows its container, keeping its centre
//   useCanvasEvents        taps select, hovering highlights
//   useClassSync           store → classes in cy.batch (sync.ts), never by re-rendering elements
//   useZoomDetail          line patterns that follow the zoom (zoomDetail.ts)
//   useLayouts             the first layout and the reader's re-runs (layoutRunner.ts, on demand)
//   canvasKeyProps         the canvas as a keyboard stop: arrow keys move a cursor (keyboardNav.ts)
//   useLabels              which names are drawn, where, at a size readable on screen (labels.ts)
// and canvasConfig() picks the renderer options and stylesheet for the dataset's size and the theme.
import type cytoscape from "cytoscape";
import { useMemo, useReducer } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { useStore } from "../state/store";
import { useTheme } from "../state/theme";
import { canvasConfig } from "./canvasConfig";
import { canvasKeyProps } from "./canvasKeys";
import { GraphControls } from "./GraphControls";
import { useCanvasEvents } from "./hooks/useCanvasEvents";
import { useClassSync } from "./hooks/useClassSync";
import { useCyInstance } from "./hooks/useCyInstance";
import { useKeepCentreOnResize } from "./hooks/useKeepCentreOnResize";
import { useLabels } from "./hooks/useLabels";
import { useLayouts } from "./hooks/useLayouts";
import { useLeaders } from "./hooks/useLeaders";
import { useZoomDetail } from "./hooks/useZoomDetail";
import { UNLABELLED } from "./labels";
import { PRESET_LAYOUT } from "./layouts";
import { useTestHandle } from "./testHandle";
import { toElements } from "./toElements";

const CANVAS_STYLE = { width: "100%", height: "100%", position: "relative" } as const;

export function GraphCanvas() {
  const entityCount = useStore((s) => s.dataset?.entities.length ?? 0);
  const generation = useStore((s) => s.datasetGeneration);
  const config = canvasConfig(entityCount, useTheme());
  // Built once per dataset opened: the same array identity on every other render (react-cytoscapejs
  // diffs the whole element set whenever it changes). Edits keep the generation: the editor's
  // graph sync (editSync.ts) adds, removes and updates elements on the live instance instead. A new
  // instance (the large-graph key) starts from the dataset as it is now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: generation and key mark when to build
  const built = useMemo(() => {
    const dataset = useStore.getState().dataset;
    return {
      // Actors start without a drawn name (labels.ts gives names back, before the first frame): the
      // first styling then measures no name, and placing the names restyles only the named actors.
      elements: dataset
        ? toElements(dataset).map((e) => (e.group === "nodes" ? { ...e, classes: UNLABELLED } : e))
        : ([] as cytoscape.ElementDefinition[]),
      at: performance.now(),
    };
  }, [generation, config.key]);
  const { elements } = built;
  const [cy, onCy] = useCyInstance();
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  useTestHandle(cy, built, rerender);
  useKeepCentreOnResize(cy);
  useCanvasEvents(cy);
  // Before the layouts, so that a permalink's filters are in place when the first layout runs.
  useClassSync(cy, elements);
  useZoomDetail(cy, elements);
  useLayouts(cy, elements);
  useLabels(cy, elements);
  useLeaders(cy);

  return (
    <div className="graph-canvas" {...canvasKeyProps(cy)}>
      <CytoscapeComponent
        key={config.key}
        elements={elements}
        stylesheet={config.stylesheet}
        layout={PRESET_LAYOUT}
        cy={onCy}
        style={CANVAS_STYLE}
        autounselectify
        boxSelectionEnabled={false}
        minZoom={config.minZoom}
        maxZoom={4}
        hideEdgesOnViewport={config.hideEdgesOnViewport}
        textureOnViewport={config.textureOnViewport}
        pixelRatio={config.pixelRatio}
      />
      {cy && <GraphControls cy={cy} />}
    </div>
  );
}

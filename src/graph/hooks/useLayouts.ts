import type cytoscape from "cytoscape";
import { useLayoutEffect } from "react";
import { useStore } from "../../state/store";
import { forget } from "../memo";
import { fitShapes, HOME_KEY, showVisible } from "../sync";
import { setLayoutDone } from "../testHandle";

type Runner = typeof import("../layoutRunner");
let loadedRunner: Runner | null = null;
/** The runner (and the layouts behind it) loads on first use: the curated dataset needs none. */
function loadRunner(): Promise<Runner> {
  return import("../layoutRunner").then((runner) => {
    loadedRunner = runner;
    return runner;
  });
}

/**
 * Layout: once per dataset without animation (deterministic), then again, animated, whenever the
 * reader picks another layout or asks to re-run it on what is visible (the store's `view.layout`
 * and `layoutRun`). Progress goes to the store's `layoutTask`; the store's `cancelLayout` clears
 * it, which stops the run here. A dataset with precomputed force positions (the curated one)
 * starts from them: no layout code is loaded at all. A layout effect, after the classes' and
 * before the names': the first frame shows the graph framed, with its names placed once, for that
 * frame (docs/performance.md).
 */
export function useLayouts(cy: cytoscape.Core | null, elements: readonly unknown[]): void {
  useLayoutEffect(() => {
    if (!cy || cy.destroyed() || elements.length === 0) return;
    let alive = true;
    const run = (animate: boolean) => {
      setLayoutDone(cy, false);
      // What this layout makes of the shown actors is their place from now on: a filtered view's
      // compact layout no longer has older places to give back.
      forget(cy, HOME_KEY);
      void loadRunner().then(async ({ runLayout }) => {
        if (!alive || cy.destroyed()) return;
        const { view, setLayoutTask, layoutFinished } = useStore.getState();
        const { layout, selection, focus } = view;
        const rootId = selection?.kind === "entity" ? selection.id : (focus?.id ?? null);
        const root = rootId ? cy.getElementById(rootId).nodes() : null;
        const outcome = await runLayout(cy, cy.elements().not(".is-hidden"), layout, {
          animate,
          root,
          onTask: setLayoutTask,
        });
        // "cancelled" also means superseded: the newer layout reports its own outcome.
        if (outcome !== "cancelled") layoutFinished(outcome);
        if (alive && outcome !== "cancelled") setLayoutDone(cy, true);
      });
    };
    const { view, dataset } = useStore.getState();
    // Framed by the actors' shapes at once (the preset layout does not fit): what a layout still
    // to load, or a compact view, starts from.
    fitShapes(cy, cy.elements().not(".is-hidden"));
    if (view.layout === "force" && dataset?.positions) {
      // Framed by shapes (the preset layout's fit counts names); a permalink's filters may leave
      // less to frame, or few enough actors to lay out afresh (which reports when it is done).
      setLayoutDone(cy, true);
      if (cy.nodes().not(".is-hidden").nonempty()) showVisible(cy, false);
    } else run(false);
    const unsubscribe = useStore.subscribe((state, prev) => {
      if (state.view.layout !== prev.view.layout || state.layoutRun !== prev.layoutRun) run(true);
      // Cancel (the progress line's button) clears the task: stop the layout that has it.
      else if (prev.layoutTask && !state.layoutTask) loadedRunner?.cancelLayout();
    });
    return () => {
      alive = false;
      unsubscribe();
      // Synchronously, so that it cannot stop the layout the next effect starts. Nothing can be
      // running if the runner has not loaded.
      loadedRunner?.cancelLayout();
    };
  }, [cy, elements]);
}

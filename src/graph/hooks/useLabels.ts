import type cytoscape from "cytoscape";
import { useLayoutEffect } from "react";
import { beforeDraw } from "../beforeDraw";
import { forgetNodeSizes, NodeOrder, placeLabels, RELABEL, resetLabels } from "../labels";
import { noteLabelPass } from "../testHandle";

/**
 * Names on the canvas (labels.ts): placed before the first frame (a layout effect: the instance
 * arrives before the browser paints), then again, at most once per frame, whenever the view moves,
 * nodes move, or classes change (filters, selection, hover, paths): in the frame that draws the
 * change, before it is drawn (beforeDraw.ts), so that it is drawn once.
 */
export function useLabels(cy: cytoscape.Core | null, elements: readonly unknown[]): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: elements marks a new element set
  useLayoutEffect(() => {
    if (!cy || cy.destroyed()) return;
    resetLabels(cy);
    const sorted = () =>
      cy
        .nodes()
        .toArray()
        .sort(
          (a, b) =>
            Number(b.data("degree")) - Number(a.data("degree")) ||
            (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0),
        ) as cytoscape.NodeSingular[];
    let order = new NodeOrder(sorted());
    let stale = false;
    const run = () => {
      const start = performance.now();
      // The editor adds and removes elements on the live instance: sort again (and measure the
      // nodes again: a degree sets a size) before placing.
      if (stale) {
        forgetNodeSizes();
        order = new NodeOrder(sorted());
        stale = false;
      }
      placeLabels(cy, order);
      noteLabelPass(cy, performance.now() - start);
    };
    const pass = beforeDraw(cy, run);
    const schedule = pass.request;
    run();
    const events = `viewport class resize layoutstop ${RELABEL}`;
    const changed = () => {
      stale = true;
      schedule();
    };
    const moved = () => {
      order.moved();
      schedule();
    };
    cy.on(events, schedule);
    cy.on("position", moved);
    cy.on("add remove data", changed);
    return () => {
      cy.off(events, schedule);
      cy.off("position", moved);
      cy.off("add remove data", changed);
      pass.stop();
    };
  }, [cy, elements]);
}

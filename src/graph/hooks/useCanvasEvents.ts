import type cytoscape from "cytoscape";
import { useEffect } from "react";
import { useStore } from "../../state/store";

/**
 * Taps select, hovering highlights: registered once per instance (react-cytoscapejs' `cy` callback
 * runs after every update, so binding there would stack handlers), removed on cleanup.
 */
export function useCanvasEvents(cy: cytoscape.Core | null): void {
  useEffect(() => {
    if (!cy) return;
    const { select, hoverEntity, hoverRelation } = useStore.getState();
    const onTapNode = (e: cytoscape.EventObject) => select({ kind: "entity", id: e.target.id() });
    const onTapEdge = (e: cytoscape.EventObject) => select({ kind: "relation", id: e.target.id() });
    const onTapCore = (e: cytoscape.EventObject) => {
      if (e.target === cy) select(null);
    };
    const onOver = (e: cytoscape.EventObject) => hoverEntity(e.target.id());
    const onOut = () => hoverEntity(null);
    // A hovered link lights up on the timeline too (and a timeline mark lights up its link here).
    const onOverEdge = (e: cytoscape.EventObject) => hoverRelation(e.target.id());
    const onOutEdge = () => hoverRelation(null);
    cy.on("tap", "node", onTapNode);
    cy.on("tap", "edge", onTapEdge);
    cy.on("tap", onTapCore);
    cy.on("mouseover", "node", onOver);
    cy.on("mouseout", "node", onOut);
    cy.on("mouseover", "edge", onOverEdge);
    cy.on("mouseout", "edge", onOutEdge);
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
      cy.off("mouseover", "edge", onOverEdge);
      cy.off("mouseout", "edge", onOutEdge);
    };
  }, [cy]);
}

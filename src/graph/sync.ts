// Store state → cytoscape classes. Each function toggles one concern inside cy.batch and never adds
// or removes elements, so it can run on every store change and in headless tests.
import type cytoscape from "cytoscape";
import type { Selection } from "../state/store";

export function applySelection(cy: cytoscape.Core, selection: Selection | null): void {
  cy.batch(() => {
    cy.elements(".is-selected").removeClass("is-selected");
    if (selection) cy.getElementById(selection.id).addClass("is-selected");
  });
}

/**
 * Highlights the neighbourhood of the hovered entity or, when nothing is hovered, of the selection
 * (an entity with its relations and neighbours, or a relation with its two ends). Hovering also
 * mutes the rest; a selection does not, so the whole graph stays legible while reading details.
 */
export function applyNeighbourhood(
  cy: cytoscape.Core,
  hoveredEntityId: string | null,
  selection: Selection | null,
): void {
  cy.batch(() => {
    cy.elements().removeClass("is-muted is-highlighted");
    const focusId = hoveredEntityId ?? selection?.id ?? null;
    if (!focusId) return;
    const focus: cytoscape.CollectionReturnValue = cy.getElementById(focusId);
    if (focus.empty()) return;
    const near = focus.nodes().nonempty() ? focus.closedNeighborhood() : focus.union(focus.connectedNodes());
    near.addClass("is-highlighted");
    if (hoveredEntityId) cy.elements().difference(near).addClass("is-muted");
  });
}

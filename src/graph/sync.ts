// Store state → cytoscape classes. Each function toggles one concern inside cy.batch and never adds
// or removes elements, so it can run on every store change and in headless tests.
import type cytoscape from "cytoscape";
import type { Visibility } from "../domain/filters";
import type { Path } from "../domain/paths";
import type { Selection } from "../domain/view";

/** Filters and focus: what is not shown is `is-hidden` (display: none; fit and layouts skip it). */
export function applyVisibility(cy: cytoscape.Core, visibility: Visibility): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass("is-hidden", !visibility.entities.has(n.id()));
    });
    cy.edges().forEach((e) => {
      e.toggleClass("is-hidden", !visibility.relations.has(e.id()));
    });
  });
}

/**
 * The answer to the reader's current question stands out: with a path, its entities and relations
 * are `is-path`; with a search, the hits. Everything else is `is-dimmed` (still shown).
 */
export function applyQuery(
  cy: cytoscape.Core,
  hits: { entities: ReadonlySet<string>; relations: ReadonlySet<string> } | null,
  paths: readonly Path[],
): void {
  cy.batch(() => {
    cy.elements().removeClass("is-dimmed is-path");
    let keep: { entities: Set<string>; relations: Set<string> } | null = null;
    if (paths.length > 0) {
      keep = { entities: new Set(), relations: new Set() };
      for (const path of paths) {
        for (const step of path) {
          keep.entities.add(step.from).add(step.to);
          for (const r of step.relations) keep.relations.add(r.id);
        }
      }
      for (const id of keep.entities) cy.getElementById(id).addClass("is-path");
      for (const id of keep.relations) cy.getElementById(id).addClass("is-path");
    } else if (hits) {
      keep = { entities: new Set(hits.entities), relations: new Set(hits.relations) };
    }
    if (!keep) return;
    const answer = keep;
    cy.nodes().forEach((n) => {
      if (!answer.entities.has(n.id())) n.addClass("is-dimmed");
    });
    cy.edges().forEach((e) => {
      if (!answer.relations.has(e.id())) e.addClass("is-dimmed");
    });
  });
}

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
    const near = (
      focus.nodes().nonempty() ? focus.closedNeighborhood() : focus.union(focus.connectedNodes())
    ).not(".is-hidden");
    near.addClass("is-highlighted");
    if (hoveredEntityId) cy.elements().difference(near).addClass("is-muted");
  });
}

/** Moves the camera to the selection when it is off screen (chosen from search, the list, a link). */
export function revealSelection(cy: cytoscape.Core, selection: Selection | null): void {
  if (!selection) return;
  const element = cy.getElementById(selection.id);
  if (element.empty() || element.hasClass("is-hidden")) return;
  const box = element.renderedBoundingBox({});
  const margin = 30;
  const inside =
    box.x1 >= margin && box.y1 >= margin && box.x2 <= cy.width() - margin && box.y2 <= cy.height() - margin;
  if (!inside) cy.animate({ center: { eles: element }, duration: 300 });
}

/** After the filters change, frames what is now shown (without zooming in past life size). */
export function frameVisible(cy: cytoscape.Core): void {
  const shown = cy.elements().not(".is-hidden");
  if (shown.empty()) return;
  cy.stop(true, false);
  cy.animate({
    fit: { eles: shown, padding: 40 },
    duration: 300,
    complete: () => {
      if (cy.zoom() > 1.6)
        cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
  });
}

// Store state → cytoscape classes. Each function toggles one concern inside cy.batch and never adds
// or removes elements, so it can run on every store change and in headless tests.
import type cytoscape from "cytoscape";
import type { Visibility } from "../domain/filters";
import type { Path } from "../domain/paths";
import type { Selection } from "../domain/view";

/**
 * Toggles `cls` so that exactly the elements `wanted` says have it; touches only those that change
 * (checking a class is far cheaper than setting one, and a filter often changes a fraction).
 */
function setClassWhere(
  cy: cytoscape.Core,
  cls: string,
  wanted: (ele: cytoscape.SingularElementArgument) => boolean,
): void {
  const flip = cy.elements().filter((ele) => wanted(ele) !== ele.hasClass(cls));
  if (flip.empty()) return;
  cy.batch(() => {
    flip.toggleClass(cls);
  });
}

/** Filters and focus: what is not shown is `is-hidden` (display: none; fit and layouts skip it). */
export function applyVisibility(cy: cytoscape.Core, visibility: Visibility): void {
  setClassWhere(
    cy,
    "is-hidden",
    (ele) => !(ele.group() === "nodes" ? visibility.entities : visibility.relations).has(ele.id()),
  );
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
  type Sets = { entities: ReadonlySet<string>; relations: ReadonlySet<string> };
  const onPath = { entities: new Set<string>(), relations: new Set<string>() };
  for (const path of paths) {
    for (const step of path) {
      onPath.entities.add(step.from).add(step.to);
      for (const r of step.relations) onPath.relations.add(r.id);
    }
  }
  const answer: Sets | null = paths.length > 0 ? onPath : hits;
  const inSet = (sets: Sets, ele: cytoscape.SingularElementArgument) =>
    (ele.group() === "nodes" ? sets.entities : sets.relations).has(ele.id());
  cy.batch(() => {
    setClassWhere(cy, "is-path", (ele) => inSet(onPath, ele));
    setClassWhere(cy, "is-dimmed", (ele) => answer !== null && !inSet(answer, ele));
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
  hoveredRelationId: string | null = null,
): void {
  cy.batch(() => {
    cy.elements(".is-muted, .is-highlighted").removeClass("is-muted is-highlighted");
    const hovered = hoveredEntityId ?? hoveredRelationId;
    const focusId = hovered ?? selection?.id ?? null;
    if (!focusId) return;
    const focus: cytoscape.CollectionReturnValue = cy.getElementById(focusId);
    if (focus.empty()) return;
    const near = (
      focus.nodes().nonempty() ? focus.closedNeighborhood() : focus.union(focus.connectedNodes())
    ).not(".is-hidden");
    near.addClass("is-highlighted");
    if (hovered) cy.elements().difference(near).addClass("is-muted");
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

/** What the canvas' classes follow: the store's derived view, plus the hovered entity. */
export interface CanvasState {
  visibility: Visibility;
  hits: { entities: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
  paths: readonly Path[];
  selection: Selection | null;
  hoveredEntityId: string | null;
  hoveredRelationId: string | null;
}

/**
 * Applies what changed between two states to the canvas' classes (everything when `prev` is null),
 * then moves the camera: to what is shown after a filter, to the selection after a selection.
 */
export function syncClasses(cy: cytoscape.Core, state: CanvasState, prev: CanvasState | null): void {
  if (cy.destroyed()) return;
  const changed = <K extends keyof CanvasState>(key: K) => !prev || state[key] !== prev[key];
  if (changed("visibility")) applyVisibility(cy, state.visibility);
  if (changed("hits") || changed("paths")) applyQuery(cy, state.hits, state.paths);
  if (changed("selection")) applySelection(cy, state.selection);
  if (
    changed("selection") ||
    changed("hoveredEntityId") ||
    changed("hoveredRelationId") ||
    changed("visibility")
  )
    applyNeighbourhood(cy, state.hoveredEntityId, state.selection, state.hoveredRelationId);
  if (prev && changed("visibility")) frameVisible(cy);
  else if (prev && changed("selection")) revealSelection(cy, state.selection);
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

/** Whether the story being played has introduced an actor or link; null when no story is played. */
export type Told = ((kind: "entity" | "relation", id: string) => boolean) | null;

/**
 * A story's progressive reveal: actors and links it has not introduced yet are `is-untold`
 * (display: none), or `is-untold-faint` (drawn faint, not clickable) with the faint switch on.
 */
export function applyReveal(cy: cytoscape.Core, told: Told, faint: boolean): void {
  const untold = (ele: cytoscape.SingularElementArgument) =>
    told !== null && !told(ele.group() === "nodes" ? "entity" : "relation", ele.id());
  cy.batch(() => {
    setClassWhere(cy, "is-untold", (ele) => !faint && untold(ele));
    setClassWhere(cy, "is-untold-faint", (ele) => faint && untold(ele));
  });
}

/** Parts of the canvas covered by the story's card, in CSS px from each edge. */
export interface Cover {
  left: number;
  bottom: number;
}

/**
 * Moves the camera onto `eles` in the part of the canvas the story's card leaves free, animated
 * (a step is a short move, not a jump), without zooming in past 1.6× (two actors would fill it).
 */
export function frameStory(
  cy: cytoscape.Core,
  eles: cytoscape.CollectionReturnValue,
  cover: Cover,
  duration = 250,
): void {
  const shown = eles.filter((ele) => ele.visible());
  if (shown.empty()) return;
  const bb = shown.boundingBox({});
  const pad = 30;
  const free = {
    x: Math.min(cover.left, cy.width() * 0.6),
    w: Math.max(80, cy.width() - Math.min(cover.left, cy.width() * 0.6) - 2 * pad),
    h: Math.max(80, cy.height() - Math.min(cover.bottom, cy.height() * 0.6) - 2 * pad),
  };
  const fitZoom = Math.min(free.w / Math.max(bb.w, 1), free.h / Math.max(bb.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(1.6, cy.maxZoom(), fitZoom));
  const pan = {
    x: free.x + pad + free.w / 2 - (bb.x1 + bb.w / 2) * zoom,
    y: pad + free.h / 2 - (bb.y1 + bb.h / 2) * zoom,
  };
  cy.stop(true, false);
  if (duration <= 0) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, { duration, easing: "ease-in-out-cubic" });
}

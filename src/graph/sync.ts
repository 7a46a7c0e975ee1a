// Store state → cytoscape classes. Each function toggles one concern inside cy.batch and never adds
// or removes elements, so it can run on every store change and in headless tests.
import type cytoscape from "cytoscape";
import { CLAIM_STATUSES } from "../data/vocabulary";
import type { Visibility } from "../domain/filters";
import type { Path } from "../domain/paths";
import { isRevealed } from "../domain/story";
import type { StatusesAsOf } from "../domain/timeline";
import type { Selection } from "../domain/view";
import type { Playing, StoryCover } from "../state/types";
import { asOfClass } from "./asOf";
import { HOVER_KEY, LABEL_WIDTH_PX, PATH_KEY, SELECTION_KEY } from "./labels";
import { forget, recall, remember } from "./memo";
import { setLayoutDone } from "./testHandle";

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
  remember(cy, PATH_KEY, onPath.entities);
}

/**
 * The "as reported" clock: at a stop, each link reported by then carries the class of the status it
 * had then (`as-of-<status>`, drawn over its own); with no stop (null), none does.
 */
export function applyAsOf(cy: cytoscape.Core, asOf: StatusesAsOf | null): void {
  const edges = cy.edges();
  cy.batch(() => {
    for (const status of CLAIM_STATUSES) {
      const cls = asOfClass(status);
      const flip = edges.filter((edge) => (asOf?.statuses.get(edge.id()) === status) !== edge.hasClass(cls));
      if (flip.nonempty()) flip.toggleClass(cls);
    }
  });
}

export function applySelection(cy: cytoscape.Core, selection: Selection | null): void {
  cy.batch(() => {
    cy.elements(".is-selected").removeClass("is-selected");
    if (selection) cy.getElementById(selection.id).addClass("is-selected");
  });
  remember(cy, SELECTION_KEY, selection?.id ?? null);
}

/**
 * Highlights the neighbourhood of the hovered entity or, when nothing is hovered, of the selection
 * (an entity with its relations and neighbours, or a relation with its two ends), and mutes the
 * rest, so that what the reader points at or chose stands out. The hovered entity is `is-hovered`.
 */
export function applyNeighbourhood(
  cy: cytoscape.Core,
  hoveredEntityId: string | null,
  selection: Selection | null,
  hoveredRelationId: string | null = null,
): void {
  cy.batch(() => {
    cy.elements(".is-muted, .is-highlighted, .is-hovered").removeClass("is-muted is-highlighted is-hovered");
    remember(cy, HOVER_KEY, null);
    const hovered = hoveredEntityId ?? hoveredRelationId;
    const focusId = hovered ?? selection?.id ?? null;
    if (!focusId) return;
    const focus: cytoscape.CollectionReturnValue = cy.getElementById(focusId);
    if (focus.empty()) return;
    if (hoveredEntityId) {
      focus.addClass("is-hovered");
      remember(cy, HOVER_KEY, hoveredEntityId);
    }
    const near = (
      focus.nodes().nonempty() ? focus.closedNeighborhood() : focus.union(focus.connectedNodes())
    ).not(".is-hidden");
    near.addClass("is-highlighted");
    cy.elements().difference(near).addClass("is-muted");
  });
}

const BEFORE_FRAME = "throughline.beforeFrame";
/** Framing never zooms in further than this (a single actor would fill the canvas). */
export const FRAME_MAX_ZOOM = 1.6;
const FRAME_PADDING = 60;
const FRAME_MS = 350;

/** The zoom and pan that fit `eles` in the canvas with a margin, zoomed in at most to `maxZoom`. */
export function frameFor(
  cy: cytoscape.Core,
  eles: cytoscape.Collection | cytoscape.NodeCollection,
  maxZoom = FRAME_MAX_ZOOM,
  padding = FRAME_PADDING,
  sideRoom = 0,
): { zoom: number; pan: cytoscape.Position } | null {
  const bb = eles.boundingBox({ includeLabels: false, includeOverlays: false });
  return frameBox(cy, bb, maxZoom, padding, sideRoom);
}

/** The same for a box in graph units; `sideRoom` px more are kept free left and right. */
export function frameBox(
  cy: cytoscape.Core,
  bb: { x1: number; y1: number; x2: number; y2: number; w: number; h: number },
  maxZoom: number,
  padding: number,
  sideRoom = 0,
): { zoom: number; pan: cytoscape.Position } | null {
  if (!Number.isFinite(bb.w) || !Number.isFinite(bb.h)) return null;
  const w = Math.max(1, cy.width() - 2 * padding - 2 * sideRoom);
  const h = Math.max(1, cy.height() - 2 * padding);
  const fit = Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(fit, maxZoom, cy.maxZoom()));
  const cx = (bb.x1 + bb.x2) / 2;
  const cyy = (bb.y1 + bb.y2) / 2;
  return { zoom, pan: { x: cy.width() / 2 - cx * zoom, y: cy.height() / 2 - cyy * zoom } };
}

/** What a selection or a path covers on the canvas: an actor with its neighbours, a link with its ends. */
export function selectionElements(
  cy: cytoscape.Core,
  selection: Selection | null,
  paths: readonly Path[],
): cytoscape.Collection {
  if (paths.length > 0) return cy.elements(".is-path").not(".is-hidden");
  if (!selection) return cy.collection();
  const element: cytoscape.CollectionReturnValue = cy.getElementById(selection.id);
  if (element.empty() || element.hasClass("is-hidden")) return cy.collection();
  const near = element.nodes().nonempty()
    ? element.closedNeighborhood()
    : element.union(element.connectedNodes());
  return near.not(".is-hidden");
}

/**
 * Frames the reader's choice (an actor and its neighbours, a link and its two ends, a path): the
 * camera moves to fit it with a margin, never zooming past FRAME_MAX_ZOOM. The view from before
 * the first framing is kept, and comes back when the choice is undone (Esc, Back, a click on the
 * background).
 */
export function frameSelection(
  cy: cytoscape.Core,
  selection: Selection | null,
  paths: readonly Path[],
): void {
  const eles = selectionElements(cy, selection, paths);
  const before = recall<{ zoom: number; pan: cytoscape.Position }>(cy, BEFORE_FRAME);
  cy.stop(true, false);
  if (eles.empty()) {
    if (before) {
      forget(cy, BEFORE_FRAME);
      cy.animate({ zoom: before.zoom, pan: before.pan, duration: FRAME_MS });
    }
    return;
  }
  const target = frameFor(cy, eles);
  if (!target) return;
  if (!before) remember(cy, BEFORE_FRAME, { zoom: cy.zoom(), pan: { ...cy.pan() } });
  cy.animate({ zoom: target.zoom, pan: target.pan, duration: FRAME_MS });
}

/**
 * Fits what is shown at once, by the actors' shapes: names are drawn at one size on screen
 * (labels.ts), so a fit that counted them (cytoscape's) zoomed out further at every refit.
 */
export function fitShapes(cy: cytoscape.Core, eles: cytoscape.Collection, padding = 40): void {
  const target = frameBox(cy, shapesBox(eles), FRAME_MAX_ZOOM, padding, nameRoom(cy));
  if (target) cy.viewport(target);
}

/**
 * The box of the nodes' shapes, from their positions and sizes alone. Cytoscape's boundingBox
 * first computes the rendered style of every element (each name measured, each edge routed): done
 * before the first frame, that pass was done again once labels.ts had placed the names.
 */
export function shapesBox(
  eles: cytoscape.Collection | cytoscape.NodeCollection,
  positionOf: (node: cytoscape.NodeSingular) => cytoscape.Position = (node) => node.position(),
): {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
} {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  eles.nodes().forEach((node) => {
    const p = positionOf(node);
    const w = node.outerWidth() / 2;
    const h = node.outerHeight() / 2;
    x1 = Math.min(x1, p.x - w);
    y1 = Math.min(y1, p.y - h);
    x2 = Math.max(x2, p.x + w);
    y2 = Math.max(y2, p.y + h);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/**
 * Room kept free beside the outermost shapes for their names, in px: in a compact filtered view
 * (a few actors, each named) half a name's width, so that an actor at the edge has a side for its
 * name. The whole graph's precomputed layout leaves its names room itself.
 */
export function nameRoom(cy: cytoscape.Core): number {
  return recall(cy, HOME_KEY) ? LABEL_WIDTH_PX / 2 : 0;
}

/**
 * After the filters change, frames what is now shown (without zooming in past life size), by the
 * shown actors' shapes: a link lies between its two actors, and cytoscape's boundingBox would first
 * compute the rendered style and route of every shown link (at 5,000 actors, most of a brush).
 */
export function frameVisible(cy: cytoscape.Core): void {
  const shown = cy.nodes().not(".is-hidden");
  forget(cy, BEFORE_FRAME);
  if (shown.empty()) return;
  cy.stop(true, false);
  const target = frameBox(cy, shapesBox(shown), FRAME_MAX_ZOOM, FRAME_PADDING, nameRoom(cy));
  if (target) cy.animate({ zoom: target.zoom, pan: target.pan, duration: 300 });
}

/** A filter that leaves at most this many actors lays them out afresh, compactly (compact.ts). */
export const COMPACT_MAX = 60;
/** Where compact.ts keeps every node's place from before the first compact layout. */
export const HOME_KEY = "throughline.home";
let showJob = 0;
/** The show job that said the nodes were moving (layoutDone false) and has yet to say they stopped. */
let movingJob = 0;

/** Puts `nodes` back at once in the places kept before a compact layout; forgets them with all. */
export function putHomeBack(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): void {
  const home = recall<Map<string, cytoscape.Position>>(cy, HOME_KEY);
  if (!home) return;
  cy.batch(() => {
    nodes.forEach((n) => {
      const p = home.get(n.id());
      if (p) n.position(p);
    });
  });
  if (nodes.same(cy.nodes())) forget(cy, HOME_KEY);
}

/**
 * After the filters or the focus change: a few actors (≤ COMPACT_MAX, fewer than all) are laid out
 * afresh close together and framed; back to more, the places kept from before come back; otherwise
 * what is shown is framed where it stands. Also at the first frame when a permalink filters.
 */
export function showVisible(cy: cytoscape.Core, animate = true): void {
  const shown = cy.nodes().not(".is-hidden").length;
  const few = shown > 0 && shown <= COMPACT_MAX && shown < cy.nodes().length;
  if (!few && !recall(cy, HOME_KEY)) {
    showJob += 1;
    // A compact job still loading is superseded and will not report: say here that it is over.
    if (movingJob) {
      movingJob = 0;
      setLayoutDone(cy, true);
    }
    if (animate) frameVisible(cy);
    else fitShapes(cy, cy.elements().not(".is-hidden"));
    return;
  }
  const job = ++showJob;
  movingJob = job;
  forget(cy, BEFORE_FRAME);
  setLayoutDone(cy, false);
  // A phone's canvas cannot spare 60 px a side.
  const frame = { padding: cy.width() < 600 ? 16 : FRAME_PADDING, maxZoom: FRAME_MAX_ZOOM };
  void import("./compact")
    .then(async (compact) => {
      if (job !== showJob || cy.destroyed()) return;
      if (few) await compact.compactShown(cy, frame, animate);
      else if (!(await compact.restoreHome(cy, frame, animate))) frameVisible(cy);
    })
    .catch(() => {
      // The chunk did not load: the places stay as they are, framed.
      if (job === showJob && !cy.destroyed()) frameVisible(cy);
    })
    .finally(() => {
      if (job !== showJob || cy.destroyed()) return;
      movingJob = 0;
      setLayoutDone(cy, true);
    });
}

/** What the canvas' classes follow: the store's derived view, plus the hovered entity. */
export interface CanvasState {
  visibility: Visibility;
  hits: { entities: ReadonlySet<string>; relations: ReadonlySet<string> } | null;
  paths: readonly Path[];
  selection: Selection | null;
  hoveredEntityId: string | null;
  hoveredRelationId: string | null;
  /** The story being played (its step and what it has told), or null. */
  playing: Playing | null;
  storyFaint: boolean;
  storyCover: StoryCover;
  /** Each link's claim status at the "as reported" clock's stop, or null off the clock. */
  asOf: StatusesAsOf | null;
}

/** The camera as the reader left it when a story started: leaving the story brings it back. */
const cameraBeforeStory = new WeakMap<cytoscape.Core, { zoom: number; pan: cytoscape.Position }>();

/**
 * Applies what changed between two states to the canvas' classes (everything when `prev` is null),
 * then moves the camera: to what is shown after a filter, to the reader's choice after a selection
 * or a path (and back when it is undone).
 */
export function syncClasses(
  cy: cytoscape.Core,
  state: CanvasState,
  prev: CanvasState | null,
  /** False after an edit: the camera stays where the curator is working. */
  frame = true,
): void {
  if (cy.destroyed()) return;
  const changed = <K extends keyof CanvasState>(key: K) => !prev || state[key] !== prev[key];
  if (changed("visibility")) applyVisibility(cy, state.visibility);
  if (changed("hits") || changed("paths")) applyQuery(cy, state.hits, state.paths);
  if (changed("selection")) applySelection(cy, state.selection);
  if (changed("asOf")) applyAsOf(cy, state.asOf);
  if (
    changed("selection") ||
    changed("hoveredEntityId") ||
    changed("hoveredRelationId") ||
    changed("visibility")
  )
    applyNeighbourhood(cy, state.hoveredEntityId, state.selection, state.hoveredRelationId);
  if (changed("playing") || changed("storyFaint")) applyReveal(cy, toldAt(state.playing), state.storyFaint);
  const { playing } = state;
  if (playing) {
    if (prev && !prev.playing) {
      // A story is told over the whole graph's places: a filtered view's compact layout gives
      // them back first.
      putHomeBack(cy, cy.nodes());
      cameraBeforeStory.set(cy, { zoom: cy.zoom(), pan: { ...cy.pan() } });
    }
    // Each step frames what it is about, beside the story's card.
    if (changed("playing") || changed("visibility") || changed("storyCover"))
      frameStory(cy, storySubject(cy, playing), state.storyCover, prev ? 250 : 0);
    else if (prev && (changed("selection") || changed("paths")) && !inSubject(cy, playing, state.selection))
      frameSelection(cy, state.selection, state.paths);
    return;
  }
  if (!frame) return;
  const camera = cameraBeforeStory.get(cy);
  if (prev?.playing && camera) {
    // Leaving a story gives the reader back the camera they had, with their view.
    cameraBeforeStory.delete(cy);
    cy.stop(true, false);
    cy.animate({ zoom: camera.zoom, pan: camera.pan }, { duration: 250 });
  } else if (prev && changed("visibility")) showVisible(cy);
  else if (prev && (changed("selection") || changed("paths")))
    frameSelection(cy, state.selection, state.paths);
}

/** Whether a selection is part of what the step frames already (the step's own selection is). */
function inSubject(cy: cytoscape.Core, playing: Playing, selection: Selection | null): boolean {
  if (!selection) return true;
  const element = cy.getElementById(selection.id);
  return element.nonempty() && storySubject(cy, playing).contains(element);
}

/** What the story being played has told by its current step, or null outside a story. */
function toldAt(playing: Playing | null): Told {
  if (!playing) return null;
  const { reveal, step } = playing;
  return (kind, id) => isRevealed(reveal, kind, id, step);
}

/**
 * What the current step is about: the links it cites and their actors, and the actors its view
 * points at; everything shown for a step that shows everything.
 */
function storySubject(cy: cytoscape.Core, playing: Playing): cytoscape.CollectionReturnValue {
  const step = playing.story.steps[playing.step];
  if (!step || step.introduces?.all) return cy.elements().not(".is-hidden, .is-untold");
  let subject = cy.collection();
  for (const cite of step.cites) subject = subject.union(cy.getElementById(cite.relation));
  subject = subject.union(subject.connectedNodes());
  const v = step.view;
  for (const id of [v?.focus?.id, v?.path?.from, v?.path?.to, v?.selection?.id])
    if (id) subject = subject.union(cy.getElementById(id));
  return subject.not(".is-hidden");
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

/**
 * Moves the camera onto `eles` in the part of the canvas the story's card leaves free, animated
 * (a step is a short move, not a jump), without zooming in past 1.6× (two actors would fill it).
 */
export function frameStory(
  cy: cytoscape.Core,
  eles: cytoscape.CollectionReturnValue,
  cover: StoryCover,
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

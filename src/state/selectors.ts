// Named selectors: what components read from the store, written once. Those that take an id are
// curried (`useStore(entityName(id))`); each returns a stored value or a primitive, never a new
// object, so they are safe as zustand selectors without useShallow.
import type { Article, ClaimStatus, Entity, Relation } from "../data/types";
import { entityName as nameIn, articlePublisher as publisherIn } from "../domain/indexes";
import { claimStatusAt, type StatusesAsOf, statusesAsOf } from "../domain/timeline";
import { hasActiveFilters } from "../domain/view";
import type { AppState } from "./types";

/** An entity's name, or its id when the dataset has no such entity. */
export const entityName =
  (id: string) =>
  (s: Pick<AppState, "index">): string =>
    nameIn(s.index, id);

/** An article's publisher, or its id when the dataset has no such article. */
export const articlePublisher =
  (id: string) =>
  (s: Pick<AppState, "index">): string =>
    publisherIn(s.index, id);

export const entityById =
  (id: string) =>
  (s: AppState): Entity | undefined =>
    s.index?.entityById.get(id);

export const articleById =
  (id: string) =>
  (s: AppState): Article | undefined =>
    s.index?.articleById.get(id);

export const selectedEntity = (s: AppState): Entity | null =>
  s.view.selection?.kind === "entity" ? (s.index?.entityById.get(s.view.selection.id) ?? null) : null;

export const selectedRelation = (s: AppState): Relation | null =>
  s.view.selection?.kind === "relation" ? (s.index?.relationById.get(s.view.selection.id) ?? null) : null;

/** The entity the view is focused on, or null. */
export const focusedEntity = (s: AppState): Entity | null =>
  s.view.focus ? (s.index?.entityById.get(s.view.focus.id) ?? null) : null;

/** The entities the view shows (filters and focus applied). */
export const visibleEntities = (s: AppState): ReadonlySet<string> => s.visibility.entities;
/** The relations the view shows (filters and focus applied). */
export const visibleRelations = (s: AppState): ReadonlySet<string> => s.visibility.relations;

/** Whether anything narrows what is shown: a filter, a focus, a search. */
export const isNarrowed = (s: AppState): boolean =>
  hasActiveFilters(s.view.filters) || s.view.focus !== null || s.view.search.trim() !== "";

/**
 * Each link's claim status at the "as reported" clock's stop, or null off the clock. The same
 * object while the dataset and the stop are the same (timeline.ts keeps it).
 */
export const statusesAsOfView = (s: Pick<AppState, "dataset" | "index" | "view">): StatusesAsOf | null =>
  s.dataset && s.index && s.view.filters.reportedBy
    ? statusesAsOf(s.dataset.relations, s.index.articleById, s.view.filters.reportedBy)
    : null;

/** A link's claim status as drawn: at the clock's stop the status it had then, else its own. */
export const claimStatus =
  (relation: Relation) =>
  (s: Pick<AppState, "dataset" | "index" | "view">): ClaimStatus =>
    claimStatusAt(relation, statusesAsOfView(s));

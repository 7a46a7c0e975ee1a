// The view: everything a reader has chosen to look at, as plain serializable data. The store holds
// it, the URL encodes it (permalink.ts), and the filters, search and paths read it.
import type { ClaimStatus, EntityType, RelationType } from "../data/types";
import { LAYOUT_NAMES } from "../data/vocabulary";

export { LAYOUT_NAMES };

/**
 * Which source a relation must come from: any; what one article says (it may say it with others);
 * what only one article says; what every article says; or what at least two independent outlets
 * report (a rewrite counts with the article it rewrites; outlets.ts).
 */
export type SourceFilter =
  | { mode: "any" }
  | { mode: "article"; article: string }
  | { mode: "only"; article: string }
  | { mode: "all" }
  | { mode: "independent" };

export interface Filters {
  /** ISO codes; an entity passes if it has any of them. Empty: no constraint. */
  countries: string[];
  /** Entity ids; an entity passes if it is one of them or belongs to one. */
  organizations: string[];
  /**
   * What an organization filter shows: the organization, its members and the actors linked to any
   * of them, with those links (`linked`, the default); or the organization and its members alone.
   */
  organizationScope: "linked" | "members";
  /** What a country filter shows: its actors alone (the default), or also their direct links. */
  countryScope: "only" | "linked";
  entityTypes: EntityType[];
  relationTypes: RelationType[];
  statuses: ClaimStatus[];
  source: SourceFilter;
  /**
   * Entities left without any visible relation: hidden whenever a filter acts on relations (type,
   * claim status, source, time), and shown otherwise (`auto`, the default); or always hidden, or
   * always shown.
   */
  isolated: "auto" | "hide" | "show";
  /**
   * When it happened: only dated relations that meet this range of ISO days (both included).
   * Undated relations are not shown while it is set.
   */
  time: { from: string; to: string } | null;
  /** As reported: only relations some article had surely reported by the end of this date (a day, or the month or year a less precise article is dated by: a stop of the clock). */
  reportedBy: string | null;
}

export type FocusDepth = 1 | 2 | 3;
export const FOCUS_DEPTHS: readonly FocusDepth[] = [1, 2, 3];

export type LayoutName = (typeof LAYOUT_NAMES)[number];

export type Selection = { kind: "entity"; id: string } | { kind: "relation"; id: string };

export interface View {
  filters: Filters;
  search: string;
  focus: { id: string; depth: FocusDepth } | null;
  selection: Selection | null;
  /** Two actors to link; `mode: "strongest"` asks for the surest chains instead of the shortest. */
  path: { from: string; to: string; mode?: "strongest" } | null;
  layout: LayoutName;
}

export const EMPTY_FILTERS: Filters = {
  countries: [],
  organizations: [],
  organizationScope: "linked",
  countryScope: "only",
  entityTypes: [],
  relationTypes: [],
  statuses: [],
  source: { mode: "any" },
  isolated: "auto",
  time: null,
  reportedBy: null,
};

export const DEFAULT_VIEW: View = {
  filters: EMPTY_FILTERS,
  search: "",
  focus: null,
  selection: null,
  path: null,
  layout: "force",
};

/** The view's fields, in one place (the URL codec in permalink.ts is checked against `View` too). */
export const VIEW_KEYS = Object.keys(DEFAULT_VIEW) as readonly (keyof View)[];

export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.countries.length > 0 ||
    filters.organizations.length > 0 ||
    filters.entityTypes.length > 0 ||
    filters.relationTypes.length > 0 ||
    filters.statuses.length > 0 ||
    filters.source.mode !== "any" ||
    filters.isolated !== "auto" ||
    filters.time !== null ||
    filters.reportedBy !== null
  );
}

/** Whether a filter acts on relations (so that entities can be left without a visible one). */
export function filtersRelations(filters: Filters): boolean {
  return (
    filters.relationTypes.length > 0 ||
    filters.statuses.length > 0 ||
    filters.source.mode !== "any" ||
    filters.time !== null ||
    filters.reportedBy !== null
  );
}

/** Whether entities without a visible relation are hidden under these filters. */
export function hidesUnlinked(filters: Filters): boolean {
  return filters.isolated === "hide" || (filters.isolated === "auto" && filtersRelations(filters));
}

// Which entities and relations a view shows, and how many each facet value would show. Pure.
import { parsePartialDate } from "../data/dates";
import type { Article, ClaimStatus, Entity, LoadedDataset, Relation } from "../data/types";
import type { DatasetIndex } from "./indexes";
import { articlesOf } from "./indexes";
import { isCorroborated, originsOf } from "./outlets";
import { claimStatusAt, happenedIn, statusesAsOf, surelyReportedBy } from "./timeline";
import { type Filters, hidesUnlinked, type SourceFilter, type View } from "./view";

export interface Visibility {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** Entities the filters and focus let through but hidden for having no visible relation. */
  unlinkedHidden?: number;
}

type EntityFacet = "countries" | "organizations" | "entityTypes";
type RelationFacet = "relationTypes" | "statuses" | "source";

function entityPasses(
  entity: Entity,
  filters: Filters,
  skip?: EntityFacet | ReadonlySet<EntityFacet>,
): boolean {
  const skipped = (facet: EntityFacet) => (typeof skip === "string" ? skip === facet : !!skip?.has(facet));
  if (!skipped("entityTypes") && filters.entityTypes.length > 0 && !filters.entityTypes.includes(entity.type))
    return false;
  if (
    !skipped("countries") &&
    filters.countries.length > 0 &&
    !entity.countries.some((c) => filters.countries.includes(c))
  )
    return false;
  if (
    !skipped("organizations") &&
    filters.organizations.length > 0 &&
    !filters.organizations.includes(entity.id) &&
    !entity.organizations.some((o) => filters.organizations.includes(o))
  )
    return false;
  return true;
}

/** What the source facet needs to know about the dataset's articles. */
export interface SourceContext {
  articleCount: number;
  /** Each article's origin (outlets.ts): a rewrite counts with the article it rewrites. */
  origins: ReadonlyMap<string, string>;
}

export function sourceContext(articles: ReadonlyArray<Pick<Article, "id" | "derivedFrom">>): SourceContext {
  return { articleCount: articles.length, origins: originsOf(articles) };
}

export function sourcePasses(relation: Relation, source: SourceFilter, context: SourceContext): boolean {
  if (source.mode === "any") return true;
  if (source.mode === "independent") return isCorroborated(relation, context.origins);
  const articles = articlesOf(relation);
  if (source.mode === "article") return articles.includes(source.article);
  if (source.mode === "only") return articles.length === 1 && articles[0] === source.article;
  return articles.length === context.articleCount;
}

/**
 * The two clocks: under a time range only dated relations that meet it; under "reported by" (a
 * date at any precision) only relations some article had surely reported by its end: a rewrite
 * dated "2017-02" counts by the end of February, not on a day of it.
 */
export function timePasses(
  relation: Relation,
  filters: Pick<Filters, "time" | "reportedBy">,
  articleById: ReadonlyMap<string, Article>,
): boolean {
  return timeTest(filters, articleById)?.(relation) ?? true;
}

/**
 * The two clocks' test, with the filters' dates read once (a brush tests every relation, several
 * times over for the facet counts); null when neither clock is set.
 */
export function timeTest(
  filters: Pick<Filters, "time" | "reportedBy">,
  articleById: ReadonlyMap<string, Article>,
): ((relation: Relation) => boolean) | null {
  if (!filters.time && !filters.reportedBy) return null;
  const from = filters.time ? parsePartialDate(filters.time.from)?.start : undefined;
  const to = filters.time ? parsePartialDate(filters.time.to)?.end : undefined;
  const range = from !== undefined && to !== undefined ? { from, to } : null;
  const by = filters.reportedBy ? parsePartialDate(filters.reportedBy)?.end : undefined;
  return (relation) => {
    if (range && !happenedIn(relation, range)) return false;
    if (by !== undefined) {
      const reported = surelyReportedBy(relation, articleById);
      if (reported === null || reported > by) return false;
    }
    return true;
  };
}

function relationPasses(
  relation: Relation,
  filters: Filters,
  context: SourceContext,
  skip?: RelationFacet,
  status: ClaimStatus = relation.status,
) {
  if (
    skip !== "relationTypes" &&
    filters.relationTypes.length > 0 &&
    !filters.relationTypes.includes(relation.type)
  )
    return false;
  if (skip !== "statuses" && filters.statuses.length > 0 && !filters.statuses.includes(status)) return false;
  if (skip !== "source" && !sourcePasses(relation, filters.source, context)) return false;
  return true;
}

/** Entities within `depth` steps of `start`, walking only the given relations. */
export function neighbourhood(
  index: DatasetIndex,
  start: string,
  depth: number,
  relationAllowed: (r: Relation) => boolean,
): Set<string> {
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of index.relationsByEntity.get(id) ?? []) {
        if (!relationAllowed(r)) continue;
        const other = r.source === id ? r.target : r.source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

/** The entity facets whose chosen values also bring in the actors linked to theirs. */
function linkedFacets(filters: Filters): Set<EntityFacet> {
  const facets = new Set<EntityFacet>();
  if (filters.organizations.length > 0 && filters.organizationScope === "linked") facets.add("organizations");
  if (filters.countries.length > 0 && filters.countryScope === "linked") facets.add("countries");
  return facets;
}

/**
 * What filters show, from the entities that pass every entity facet (`core`): the relations among
 * them; and, when a facet also brings in linked actors, each relation from a core entity to an
 * entity that passes the other facets, with that entity. Walks only the core's relations.
 */
function spread(
  index: DatasetIndex,
  core: ReadonlySet<string>,
  relationOk: (r: Relation) => boolean,
  linkedPasses: ((e: Entity) => boolean) | null,
): { entities: Set<string>; relations: Set<string> } {
  const entities = new Set(core);
  const relations = new Set<string>();
  for (const id of core) {
    for (const r of index.relationsByEntity.get(id) ?? []) {
      if (relations.has(r.id) || !relationOk(r)) continue;
      const other = r.source === id ? r.target : r.source;
      if (core.has(other)) relations.add(r.id);
      else if (linkedPasses) {
        const entity = index.entityById.get(other);
        if (entity && linkedPasses(entity)) {
          entities.add(other);
          relations.add(r.id);
        }
      }
    }
  }
  return { entities, relations };
}

/** Drops entities without a visible relation (except `keep`); returns how many it dropped. */
function dropUnlinked(
  index: DatasetIndex,
  shown: { entities: Set<string>; relations: Set<string> },
  keep: string | null,
): number {
  const linked = new Set<string>();
  for (const id of shown.relations) {
    const r = index.relationById.get(id);
    if (r) linked.add(r.source).add(r.target);
  }
  if (keep) linked.add(keep);
  let dropped = 0;
  for (const id of shown.entities) {
    if (!linked.has(id)) {
      shown.entities.delete(id);
      dropped++;
    }
  }
  return dropped;
}

/** Relations the relation facets and the two clocks let through (ends not considered). */
function relationFilter(dataset: LoadedDataset, index: DatasetIndex, filters: Filters) {
  const context = sourceContext(dataset.articles);
  const inTime = timeTest(filters, index.articleById);
  const statusOf = statusAt(dataset, index, filters);
  return (r: Relation) =>
    relationPasses(r, filters, context, undefined, statusOf(r)) && (inTime === null || inTime(r));
}

/**
 * A link's claim status as the filters see it: at a stop of the "as reported" clock, the status it
 * had then (what the canvas draws), else its own.
 */
function statusAt(dataset: LoadedDataset, index: DatasetIndex, filters: Pick<Filters, "reportedBy">) {
  const asOf = filters.reportedBy
    ? statusesAsOf(dataset.relations, index.articleById, filters.reportedBy)
    : null;
  return (r: Relation) => claimStatusAt(r, asOf);
}

/**
 * What the filters alone show (no focus, unlinked entities kept). `relationOk`: the relation
 * filter when the caller has it already (the facet counts vary only entity facets).
 */
function shownByFilters(
  dataset: LoadedDataset,
  index: DatasetIndex,
  filters: Filters,
  core?: Set<string>,
  relationOk: (r: Relation) => boolean = relationFilter(dataset, index, filters),
) {
  const linked = linkedFacets(filters);
  const base = core ?? new Set(dataset.entities.filter((e) => entityPasses(e, filters)).map((e) => e.id));
  return spread(index, base, relationOk, linked.size > 0 ? (e) => entityPasses(e, filters, linked) : null);
}

/**
 * What the view shows: the filters (with the actors linked to a chosen organization or country
 * when asked), then the focus, then entities left without a visible relation dropped when the
 * filters act on relations (or always, or never: `filters.isolated`).
 */
export function computeVisibility(
  dataset: LoadedDataset,
  index: DatasetIndex,
  view: Pick<View, "filters" | "focus">,
): Visibility {
  const { filters, focus } = view;
  const shown = shownByFilters(dataset, index, filters);
  if (focus && index.entityById.has(focus.id)) {
    const relations = shown.relations;
    const near = neighbourhood(index, focus.id, focus.depth, (r) => relations.has(r.id));
    const entities = new Set([...near].filter((id) => shown.entities.has(id) || id === focus.id));
    shown.entities = entities;
    shown.relations = new Set(
      [...relations].filter((id) => {
        const r = index.relationById.get(id);
        return !!r && entities.has(r.source) && entities.has(r.target);
      }),
    );
  }
  const unlinkedHidden = hidesUnlinked(filters) ? dropUnlinked(index, shown, focus?.id ?? null) : 0;
  return { entities: shown.entities, relations: shown.relations, unlinkedHidden };
}

/**
 * The relations the view hides for reasons other than the time range (the other filters, the
 * focus): the timeline greys these, and veils the time outside the range instead of greying every
 * mark there, so that a brush changes no mark. Empty while nothing but time is set.
 */
export function hiddenApartFromTime(
  dataset: LoadedDataset,
  index: DatasetIndex,
  view: Pick<View, "filters" | "focus">,
): Set<string> {
  const filters = { ...view.filters, time: null };
  const visible = computeVisibility(dataset, index, { filters, focus: view.focus }).relations;
  return new Set(dataset.relations.filter((r) => !visible.has(r.id)).map((r) => r.id));
}

export interface FacetCounts {
  countries: Map<string, number>;
  organizations: Map<string, number>;
  entityTypes: Map<string, number>;
  relationTypes: Map<string, number>;
  statuses: Map<string, number>;
  /** Keyed `any`, `all`, `independent`, `article:<id>`, `only:<id>`. */
  sources: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * For every facet value, how many entities (entity facets) or relations (relation facets) would be
 * shown with that value chosen, with every other facet as it is: the number beside each checkbox.
 * Counts follow what the filters mean: an organization's count includes the actors linked to it
 * when the filter brings them in, and actors a relation filter leaves unlinked are not counted.
 */
export function facetCounts(dataset: LoadedDataset, index: DatasetIndex, filters: Filters): FacetCounts {
  const counts: FacetCounts = {
    countries: new Map(),
    organizations: new Map(),
    entityTypes: new Map(),
    relationTypes: new Map(),
    statuses: new Map(),
    sources: new Map(),
  };
  // Each entity facet value: the entities that have it and pass the other facets, then what the
  // filters would show from them (linked actors, unlinked dropped). Walks only their relations.
  const valuesOf: Record<EntityFacet, (e: Entity) => Iterable<string>> = {
    countries: (e) => new Set(e.countries),
    organizations: (e) => new Set([e.id, ...e.organizations]),
    entityTypes: (e) => [e.type],
  };
  // Organizations are offered only where something belongs to them: no other actor is counted.
  const organizationIds = new Set(dataset.entities.flatMap((e) => e.organizations));
  // Choosing an entity facet's value leaves the relation filter as it is: built once.
  const relationOk = relationFilter(dataset, index, filters);
  for (const facet of ["countries", "organizations", "entityTypes"] as const) {
    const members = new Map<string, Set<string>>();
    for (const entity of dataset.entities) {
      if (!entityPasses(entity, filters, facet)) continue;
      for (const v of valuesOf[facet](entity)) {
        if (facet === "organizations" && !organizationIds.has(v)) continue;
        const set = members.get(v) ?? new Set<string>();
        members.set(v, set.add(entity.id));
      }
    }
    for (const [value, core] of members) {
      const chosen = { ...filters, [facet]: [value] } as Filters;
      const simple = linkedFacets(chosen).size === 0 && !hidesUnlinked(chosen);
      if (simple) {
        counts[facet].set(value, core.size);
        continue;
      }
      const shown = shownByFilters(dataset, index, chosen, core, relationOk);
      if (hidesUnlinked(chosen)) dropUnlinked(index, shown, null);
      counts[facet].set(value, shown.entities.size);
    }
  }
  const context = sourceContext(dataset.articles);
  const linked = linkedFacets(filters);
  const core = new Set(dataset.entities.filter((e) => entityPasses(e, filters)).map((e) => e.id));
  const endsShown = (r: Relation) => {
    const s = core.has(r.source);
    const t = core.has(r.target);
    if (s && t) return true;
    if (linked.size === 0 || (!s && !t)) return false;
    const other = index.entityById.get(s ? r.target : r.source);
    return !!other && entityPasses(other, filters, linked);
  };
  const statusOf = statusAt(dataset, index, filters);
  const inTime = timeTest(filters, index.articleById);
  for (const relation of dataset.relations) {
    if (!endsShown(relation)) continue;
    // The clocks narrow every relation facet's count, as they narrow what is shown.
    if (inTime && !inTime(relation)) continue;
    const status = statusOf(relation);
    if (relationPasses(relation, filters, context, "relationTypes", status))
      bump(counts.relationTypes, relation.type);
    if (relationPasses(relation, filters, context, "statuses", status)) bump(counts.statuses, status);
    if (relationPasses(relation, filters, context, "source", status)) {
      bump(counts.sources, "any");
      const articles = articlesOf(relation);
      for (const a of articles) bump(counts.sources, `article:${a}`);
      if (articles.length === 1) bump(counts.sources, `only:${articles[0]}`);
      if (articles.length === context.articleCount) bump(counts.sources, "all");
      if (isCorroborated(relation, context.origins)) bump(counts.sources, "independent");
    }
  }
  return counts;
}

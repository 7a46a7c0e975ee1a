// Which entities and relations a view shows, and how many each facet value would show. Pure.
import { parsePartialDate } from "../data/dates";
import type { Article, Entity, LoadedDataset, Relation } from "../data/types";
import type { DatasetIndex } from "./indexes";
import { articlesOf } from "./indexes";
import { isCorroborated, originsOf } from "./outlets";
import { happenedIn, surelyReportedBy } from "./timeline";
import type { Filters, SourceFilter, View } from "./view";

export interface Visibility {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

type EntityFacet = "countries" | "organizations" | "entityTypes";
type RelationFacet = "relationTypes" | "statuses" | "source";

function entityPasses(entity: Entity, filters: Filters, skip?: EntityFacet): boolean {
  if (skip !== "entityTypes" && filters.entityTypes.length > 0 && !filters.entityTypes.includes(entity.type))
    return false;
  if (
    skip !== "countries" &&
    filters.countries.length > 0 &&
    !entity.countries.some((c) => filters.countries.includes(c))
  )
    return false;
  if (
    skip !== "organizations" &&
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
  if (filters.time) {
    const from = parsePartialDate(filters.time.from)?.start;
    const to = parsePartialDate(filters.time.to)?.end;
    if (from !== undefined && to !== undefined && !happenedIn(relation, { from, to })) return false;
  }
  if (filters.reportedBy) {
    const by = parsePartialDate(filters.reportedBy)?.end;
    const reported = surelyReportedBy(relation, articleById);
    if (by !== undefined && (reported === null || reported > by)) return false;
  }
  return true;
}

function relationPasses(relation: Relation, filters: Filters, context: SourceContext, skip?: RelationFacet) {
  if (
    skip !== "relationTypes" &&
    filters.relationTypes.length > 0 &&
    !filters.relationTypes.includes(relation.type)
  )
    return false;
  if (skip !== "statuses" && filters.statuses.length > 0 && !filters.statuses.includes(relation.status))
    return false;
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

/** What the view shows: filters first, then focus, then (optionally) isolated entities dropped. */
export function computeVisibility(
  dataset: LoadedDataset,
  index: DatasetIndex,
  view: Pick<View, "filters" | "focus">,
): Visibility {
  const { filters, focus } = view;
  const context = sourceContext(dataset.articles);
  let entities = new Set(dataset.entities.filter((e) => entityPasses(e, filters)).map((e) => e.id));
  const timed = filters.time !== null || filters.reportedBy !== null;
  const relationVisible = (r: Relation) =>
    entities.has(r.source) &&
    entities.has(r.target) &&
    relationPasses(r, filters, context) &&
    (!timed || timePasses(r, filters, index.articleById));

  if (focus && index.entityById.has(focus.id)) {
    const near = neighbourhood(index, focus.id, focus.depth, relationVisible);
    entities = new Set([...near].filter((id) => entities.has(id) || id === focus.id));
  }
  const relations = new Set(dataset.relations.filter(relationVisible).map((r) => r.id));

  if (filters.hideIsolated) {
    const linked = new Set<string>();
    for (const id of relations) {
      const r = index.relationById.get(id);
      if (r) linked.add(r.source).add(r.target);
    }
    if (focus) linked.add(focus.id);
    entities = new Set([...entities].filter((id) => linked.has(id)));
  }
  return { entities, relations };
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

/** Entities the filters alone would show (no focus), hiding isolated ones when asked. */
function shownByFilters(dataset: LoadedDataset, filters: Filters): Set<string> {
  const entities = new Set(dataset.entities.filter((e) => entityPasses(e, filters)).map((e) => e.id));
  if (!filters.hideIsolated) return entities;
  const context = sourceContext(dataset.articles);
  const linked = new Set<string>();
  for (const r of dataset.relations) {
    if (entities.has(r.source) && entities.has(r.target) && relationPasses(r, filters, context))
      linked.add(r.source).add(r.target);
  }
  return linked;
}

/**
 * For every facet value, how many entities (entity facets) or relations (relation facets) would be
 * shown with that value chosen, with every other facet as it is: the number beside each checkbox.
 */
export function facetCounts(dataset: LoadedDataset, filters: Filters): FacetCounts {
  const counts: FacetCounts = {
    countries: new Map(),
    organizations: new Map(),
    entityTypes: new Map(),
    relationTypes: new Map(),
    statuses: new Map(),
    sources: new Map(),
  };
  if (filters.hideIsolated) {
    // Whether an entity is isolated depends on which others are shown: count each value by
    // computing what choosing it alone would show (values × elements; fine for curated sizes).
    const countries = new Set(dataset.entities.flatMap((e) => e.countries));
    const organizations = new Set(dataset.entities.flatMap((e) => [e.id, ...e.organizations]));
    const types = new Set(dataset.entities.map((e) => e.type));
    for (const c of countries)
      counts.countries.set(c, shownByFilters(dataset, { ...filters, countries: [c] }).size);
    for (const o of organizations)
      counts.organizations.set(o, shownByFilters(dataset, { ...filters, organizations: [o] }).size);
    for (const t of types)
      counts.entityTypes.set(t, shownByFilters(dataset, { ...filters, entityTypes: [t] }).size);
  } else {
    for (const entity of dataset.entities) {
      if (entityPasses(entity, filters, "countries"))
        for (const c of new Set(entity.countries)) bump(counts.countries, c);
      if (entityPasses(entity, filters, "entityTypes")) bump(counts.entityTypes, entity.type);
      if (entityPasses(entity, filters, "organizations")) {
        for (const o of new Set([entity.id, ...entity.organizations])) bump(counts.organizations, o);
      }
    }
  }
  const shownEntities = new Set(dataset.entities.filter((e) => entityPasses(e, filters)).map((e) => e.id));
  const context = sourceContext(dataset.articles);
  for (const relation of dataset.relations) {
    if (!shownEntities.has(relation.source) || !shownEntities.has(relation.target)) continue;
    if (relationPasses(relation, filters, context, "relationTypes"))
      bump(counts.relationTypes, relation.type);
    if (relationPasses(relation, filters, context, "statuses")) bump(counts.statuses, relation.status);
    if (relationPasses(relation, filters, context, "source")) {
      bump(counts.sources, "any");
      const articles = articlesOf(relation);
      for (const a of articles) bump(counts.sources, `article:${a}`);
      if (articles.length === 1) bump(counts.sources, `only:${articles[0]}`);
      if (articles.length === context.articleCount) bump(counts.sources, "all");
      if (isCorroborated(relation, context.origins)) bump(counts.sources, "independent");
    }
  }
  // Organizations are offered only where something belongs to them.
  const organizationIds = new Set(dataset.entities.flatMap((e) => e.organizations));
  for (const key of [...counts.organizations.keys()]) {
    if (!organizationIds.has(key)) counts.organizations.delete(key);
  }
  return counts;
}

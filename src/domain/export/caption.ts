// The words every exported image carries: a caption saying what is shown (and which filters are
// on), a credits line naming the source articles, the legend's contents, and the file name.

import type { Article, ClaimStatus, Dataset, EntityType, RelationType } from "../../data/types";
import { ATTRIBUTION_KINDS, CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../../data/vocabulary";
import { formatDate } from "../../lib/dates";
import { count, plural, shownSummary } from "../../lib/plural";
import { type AttributionKind, relationAttribution } from "../attribution";
import { hasRewrites, isCorroborated, originsOf } from "../outlets";
import type { StatusesAsOf } from "../timeline";
import { type ShownIds, shownElements } from "./visible";

type Source = Pick<Dataset, "entities" | "relations"> & { articles: Article[] };

/**
 * "All 60 actors and 85 links" or "12 of 60 actors, 9 of 85 links shown", then the active
 * filters in the words of the filter panel (`filterSummary`, empty when none), or with
 * `story: true` the story step the image shows ("Story: <title>, step 3 of 18").
 */
export function buildCaption(
  counts: { shownEntities: number; totalEntities: number; shownRelations: number; totalRelations: number },
  filterSummary: string,
  options: { view?: boolean; story?: boolean } = {},
): string {
  const { shownEntities, totalEntities, shownRelations, totalRelations } = counts;
  const everything = shownEntities === totalEntities && shownRelations === totalRelations;
  let text = everything
    ? `All ${count(totalEntities, "actor")} and ${count(totalRelations, "link")}`
    : shownSummary(shownEntities, totalEntities, shownRelations, totalRelations);
  if (options.view) text += " (current view)";
  const filters = filterSummary.trim();
  if (filters) text += `. ${options.story ? "Story" : "Filters"}: ${filters}`;
  return text;
}

/**
 * "Articles: Newsweek, 15 Feb 2017, “Title”; …": the articles cited by the shown relations' evidence
 * (all articles when no relation is shown), in the dataset's order.
 */
export function buildCredits(dataset: Source, ids: ShownIds): string {
  const { relations } = shownElements(dataset, ids);
  const cited = new Set(relations.flatMap((r) => r.evidence.map((e) => e.article)));
  const articles = cited.size > 0 ? dataset.articles.filter((a) => cited.has(a.id)) : dataset.articles;
  const parts = articles.map((a) => `${a.publisher}, ${formatDate(a.published, "short")}, “${a.title}”`);
  return `${plural(parts.length, "Article")}: ${parts.join("; ")}`;
}

/** Which types, statuses and marks are in use among the shown elements, in the schema's order. */
export interface LegendContents {
  entityTypes: EntityType[];
  relationTypes: RelationType[];
  statuses: ClaimStatus[];
  unnamed: boolean;
  directed: boolean;
  /**
   * Independent outlets (line width): `several` when some shown relation is reported by two or more
   * (so lines differ in width), `rewrite` when an article rewrites another (and counts with it).
   */
  outlets?: { several: boolean; rewrite: boolean };
  /** Who-says-it marks in use among shown relations (kinds drawn without a mark are left out). */
  attributions?: AttributionKind[];
  /** The "as reported" clock's stop the line patterns show ("2017-02-15"), when at one. */
  asOf?: string;
}

/**
 * What the legend explains for the shown elements. At a stop of the "as reported" clock (`asOf`),
 * the claim statuses are the ones the links had then (what the canvas draws), and it says so.
 */
export function legendContents(
  dataset: Source,
  ids: ShownIds,
  asOf: StatusesAsOf | null = null,
): LegendContents {
  const { entities, relations } = shownElements(dataset, ids);
  const entityTypes = new Set(entities.map((e) => e.type));
  const relationTypes = new Set(relations.map((r) => r.type));
  const statuses = new Set(
    asOf ? relations.flatMap((r) => asOf.statuses.get(r.id) ?? []) : relations.map((r) => r.status),
  );
  const origins = originsOf(dataset.articles);
  return {
    entityTypes: ENTITY_TYPES.filter((t) => entityTypes.has(t)),
    relationTypes: RELATION_TYPES.filter((t) => relationTypes.has(t)),
    statuses: CLAIM_STATUSES.filter((s) => statuses.has(s)),
    unnamed: entities.some((e) => e.unnamed === true),
    directed: relations.some((r) => r.directed),
    outlets: {
      several: relations.some((r) => isCorroborated(r, origins)),
      rewrite: hasRewrites(dataset.articles),
    },
    attributions: ATTRIBUTION_KINDS.filter((k) =>
      relations.some((r) => relationAttribution(r, dataset.articles) === k),
    ),
    ...(asOf && { asOf: asOf.stop }),
  };
}

/** yyyy-mm-dd in local time. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `throughline-<filters-or-all>-<yyyy-mm-dd>[-<part>].<ext>`: "all" when everything is shown, the
 * filter summary as a slug when filters are on, "filtered" or "view" otherwise.
 */
export function exportFileName(options: {
  filterSummary: string;
  everything: boolean;
  view?: boolean;
  date: Date;
  ext: string;
  part?: string;
}): string {
  const slug = options.filterSummary
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  let what = slug || (options.everything ? "all" : "filtered");
  if (options.view) what += "-view";
  const part = options.part ? `-${options.part}` : "";
  return `throughline-${what}-${isoDay(options.date)}${part}.${options.ext}`;
}

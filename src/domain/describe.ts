// The view in words, for export captions and file names: "country Russia (RU); only what
// mindy-fischer-writer.com says; around Igor Sechin (depth 2)". Pure.
import { parsePartialDate } from "../data/dates";
import type { LoadedDataset } from "../data/types";
import { articlePublisher, type DatasetIndex, entityName } from "./indexes";
import { formatPartialDate, formatTimeRange } from "./time";
import type { View } from "./view";

export function describeView(
  view: Pick<View, "filters" | "focus" | "search" | "path">,
  dataset: LoadedDataset,
  index: DatasetIndex,
  names: {
    country: (code: string) => string;
    entityType: (t: string) => string;
    relationType: (t: string) => string;
  },
): string {
  const { filters } = view;
  const entity = (id: string) => entityName(index, id);
  const publisher = (id: string) => articlePublisher(index, id);
  const parts: string[] = [];
  if (filters.countries.length) parts.push(`country ${filters.countries.map(names.country).join(", ")}`);
  if (filters.organizations.length)
    parts.push(`organization ${filters.organizations.map(entity).join(", ")}`);
  if (filters.entityTypes.length)
    parts.push(`actors: ${filters.entityTypes.map(names.entityType).join(", ")}`);
  if (filters.relationTypes.length)
    parts.push(`links: ${filters.relationTypes.map(names.relationType).join(", ")}`);
  if (filters.statuses.length) parts.push(`claims: ${filters.statuses.join(", ")}`);
  const { source } = filters;
  if (source.mode === "article") parts.push(`what ${publisher(source.article)} says`);
  if (source.mode === "only") parts.push(`only what ${publisher(source.article)} says`);
  if (source.mode === "all")
    parts.push(dataset.articles.length === 2 ? "in both articles" : "in every article");
  if (source.mode === "independent") parts.push("reported by ≥ 2 independent outlets");
  if (filters.organizations.length && filters.organizationScope === "members") parts.push("members only");
  if (filters.countries.length && filters.countryScope === "linked") parts.push("with their direct links");
  if (filters.isolated === "hide") parts.push("unlinked actors hidden");
  if (filters.isolated === "show") parts.push("unlinked actors kept");
  if (filters.time) {
    const from = parsePartialDate(filters.time.from)?.start;
    const to = parsePartialDate(filters.time.to)?.end;
    if (from !== undefined && to !== undefined) parts.push(`dated ${formatTimeRange({ from, to })}`);
  }
  if (filters.reportedBy) parts.push(`as reported by ${formatPartialDate(filters.reportedBy)}`);
  if (view.focus) parts.push(`around ${entity(view.focus.id)} (depth ${view.focus.depth})`);
  if (view.search.trim()) parts.push(`search “${view.search.trim()}”`);
  if (view.path) parts.push(`path ${entity(view.path.from)} → ${entity(view.path.to)}`);
  return parts.join("; ");
}

// The view as a short, readable URL query, and back. Parsing checks every value against the
// dataset: unknown or stale values are dropped and named, never an error.

import type { LoadedDataset } from "../data/types";
import { CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../data/vocabulary";
import type { DatasetIndex } from "./indexes";
import {
  DEFAULT_VIEW,
  FOCUS_DEPTHS,
  type FocusDepth,
  LAYOUT_NAMES,
  type LayoutName,
  type SourceFilter,
  type View,
} from "./view";

/** URL parameters the embed owns (domain/embed.ts): `embed=1` and the `host` allowed to drive it. */
export const EMBED_PARAMS = ["embed", "host"] as const;

/** Parameters owned by other features (opening a dataset by URL, the embed); passed over silently here. */
const FOREIGN_PARAMS = new Set<string>(["data", ...EMBED_PARAMS]);

const enc = (value: string) => encodeURIComponent(value).replace(/%2C/g, ",").replace(/%3A/g, ":");

function sourceToParam(source: SourceFilter): string | null {
  if (source.mode === "any") return null;
  if (source.mode === "all") return "all";
  return source.mode === "only" ? `only:${source.article}` : source.article;
}

/** `?country=RU&type=person&entity=igor-sechin&layout=circle`; empty for the default view. */
export function viewToQuery(view: View): string {
  const { filters } = view;
  const params: [string, string | null][] = [
    ["q", view.search.trim() || null],
    ["country", filters.countries.join(",") || null],
    ["org", filters.organizations.join(",") || null],
    ["type", filters.entityTypes.join(",") || null],
    ["rel", filters.relationTypes.join(",") || null],
    ["status", filters.statuses.join(",") || null],
    ["source", sourceToParam(filters.source)],
    ["isolated", filters.hideIsolated ? "hide" : null],
    ["focus", view.focus?.id ?? null],
    ["depth", view.focus && view.focus.depth !== 1 ? String(view.focus.depth) : null],
    ["from", view.path?.from ?? null],
    ["to", view.path?.to ?? null],
    [view.selection?.kind ?? "entity", view.selection?.id ?? null],
    ["layout", view.layout !== DEFAULT_VIEW.layout ? view.layout : null],
  ];
  const parts = params.filter(([, v]) => v !== null).map(([k, v]) => `${k}=${enc(v as string)}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

export interface ParsedView {
  view: View;
  /** Human-readable descriptions of what was ignored, e.g. `country=ZZ (no such country)`. */
  ignored: string[];
}

export function queryToView(query: string, dataset: LoadedDataset, index: DatasetIndex): ParsedView {
  const params = new URLSearchParams(query);
  const ignored: string[] = [];
  const list = (key: string) =>
    (params.get(key) ?? "")
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean);
  function pick<T extends string>(key: string, allowed: ReadonlySet<string>, what: string): T[] {
    const kept: T[] = [];
    for (const value of list(key)) {
      if (allowed.has(value)) kept.includes(value as T) || kept.push(value as T);
      else ignored.push(`${key}=${value} (no such ${what})`);
    }
    return kept;
  }
  const entityIds = new Set(index.entityById.keys());
  const entityParam = (key: string): string | null => {
    const id = params.get(key);
    if (id === null || id === "") return null;
    if (entityIds.has(id)) return id;
    ignored.push(`${key}=${id} (no such entity)`);
    return null;
  };

  const countries = new Set(dataset.entities.flatMap((e) => e.countries));
  const organizations = new Set(dataset.entities.flatMap((e) => e.organizations));
  const articles = new Set(dataset.articles.map((a) => a.id));

  let source: SourceFilter = { mode: "any" };
  const sourceParam = params.get("source");
  if (sourceParam) {
    const only = sourceParam.startsWith("only:") ? sourceParam.slice(5) : null;
    if (sourceParam === "all") source = { mode: "all" };
    else if (only !== null && articles.has(only)) source = { mode: "only", article: only };
    else if (articles.has(sourceParam)) source = { mode: "article", article: sourceParam };
    else ignored.push(`source=${sourceParam} (no such article)`);
  }

  let focus: View["focus"] = null;
  const focusId = entityParam("focus");
  const depthParam = params.get("depth");
  if (focusId) {
    const depth = Number(depthParam ?? 1) as FocusDepth;
    if (FOCUS_DEPTHS.includes(depth)) focus = { id: focusId, depth };
    else {
      ignored.push(`depth=${depthParam} (must be 1, 2 or 3)`);
      focus = { id: focusId, depth: 1 };
    }
  }

  const from = entityParam("from");
  const to = entityParam("to");
  const path = from && to && from !== to ? { from, to } : null;

  let selection: View["selection"] = null;
  const entity = entityParam("entity");
  const relation = params.get("relation");
  if (entity) selection = { kind: "entity", id: entity };
  else if (relation) {
    if (index.relationById.has(relation)) selection = { kind: "relation", id: relation };
    else ignored.push(`relation=${relation} (no such relation)`);
  }

  let layout: LayoutName = DEFAULT_VIEW.layout;
  const layoutParam = params.get("layout");
  if (layoutParam) {
    if ((LAYOUT_NAMES as readonly string[]).includes(layoutParam)) layout = layoutParam as LayoutName;
    else ignored.push(`layout=${layoutParam} (no such layout)`);
  }

  const known = new Set([
    "q",
    "country",
    "org",
    "type",
    "rel",
    "status",
    "source",
    "isolated",
    "focus",
    "depth",
    "from",
    "to",
    "entity",
    "relation",
    "layout",
  ]);
  for (const key of new Set(params.keys())) {
    if (!known.has(key) && !FOREIGN_PARAMS.has(key)) ignored.push(`${key} (unknown parameter)`);
  }

  const isolated = params.get("isolated");
  if (isolated !== null && isolated !== "hide") ignored.push(`isolated=${isolated} (only "hide")`);

  return {
    view: {
      search: params.get("q") ?? "",
      filters: {
        countries: pick("country", countries, "country in this dataset"),
        organizations: pick("org", organizations, "organization"),
        entityTypes: pick("type", new Set(ENTITY_TYPES), "entity type"),
        relationTypes: pick("rel", new Set(RELATION_TYPES), "relation type"),
        statuses: pick("status", new Set(CLAIM_STATUSES), "claim status"),
        source,
        hideIsolated: isolated === "hide",
      },
      focus,
      path,
      selection,
      layout,
    },
    ignored,
  };
}

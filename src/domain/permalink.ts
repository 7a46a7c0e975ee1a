// The view as a short, readable URL query, and back. Parsing checks every value against the
// dataset: unknown or stale values are dropped and named, never an error.
//
// One codec per field of the view (VIEW_CODEC): the parameters it owns, how it writes them and how
// it reads them back. The type makes it list every field of `View` exactly once; the query's order
// is the codec's order.

import { parsePartialDate } from "../data/dates";
import type { LoadedDataset } from "../data/types";
import { CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../data/vocabulary";
import type { DatasetIndex } from "./indexes";
import {
  DEFAULT_VIEW,
  FOCUS_DEPTHS,
  type FocusDepth,
  LAYOUT_NAMES,
  type SourceFilter,
  type View,
} from "./view";

/** URL parameters the embed owns (domain/embed.ts): `embed=1` and the `host` allowed to drive it. */
export const EMBED_PARAMS = ["embed", "host"] as const;

/** Parameters owned by other features (a dataset by URL, a story step, the embed); passed over silently here. */
const FOREIGN_PARAMS = new Set<string>(["data", "story", "step", ...EMBED_PARAMS]);

const enc = (value: string) => encodeURIComponent(value).replace(/%2C/g, ",").replace(/%3A/g, ":");

/** At most this many characters of a search go into the address (and are read back from it). */
export const MAX_QUERY_IN_ADDRESS = 200;

/** A search as the address holds it: trimmed, at most MAX_QUERY_IN_ADDRESS characters, whole letters. */
export function searchForAddress(search: string): string {
  const trimmed = search.trim();
  if (trimmed.length <= MAX_QUERY_IN_ADDRESS) return trimmed;
  const cut = trimmed.slice(0, MAX_QUERY_IN_ADDRESS);
  // Never half an astral character (a lone surrogate would not survive encoding).
  const last = cut.charCodeAt(cut.length - 1);
  return (last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut).trim();
}

/** How many distinct ignored settings are named, and how long each may be: the rest are counted. */
export const IGNORED_CAPS = { entries: 20, length: 120 } as const;

/**
 * What a link's parsing drops, each thing named once and briefly: an address repeating one bad
 * value 150,000 times makes one short line, not a megabyte notice.
 */
class IgnoredList {
  private readonly seen = new Set<string>();
  private readonly shown: string[] = [];
  private more = 0;

  push(entry: string): void {
    const short = entry.length > IGNORED_CAPS.length ? `${entry.slice(0, IGNORED_CAPS.length - 1)}…` : entry;
    if (this.seen.has(short)) return;
    this.seen.add(short);
    if (this.shown.length < IGNORED_CAPS.entries) this.shown.push(short);
    else this.more++;
  }

  list(): string[] {
    return this.more > 0 ? [...this.shown, `${this.more.toLocaleString("en")} more`] : [...this.shown];
  }
}

/** What a field's reader gets: the query, the dataset to check against, and where to note what it drops. */
interface QueryReader {
  params: URLSearchParams;
  dataset: LoadedDataset;
  index: DatasetIndex;
  ignored: IgnoredList;
  /** A comma-separated list, each value kept once if `allowed` has it (else named in `ignored`). */
  pick<T extends string>(key: string, allowed: ReadonlySet<string>, what: string): T[];
  /** An entity id, or null (named in `ignored` when there is no such entity). */
  entity(key: string): string | null;
}

interface FieldCodec<K extends keyof View> {
  /** The parameters this field owns. */
  params: readonly string[];
  write(value: View[K]): [string, string | null][];
  read(r: QueryReader): View[K];
}

function sourceToParam(source: SourceFilter): string | null {
  if (source.mode === "any") return null;
  if (source.mode === "all" || source.mode === "independent") return source.mode;
  return source.mode === "only" ? `only:${source.article}` : source.article;
}

function readSource(r: QueryReader): SourceFilter {
  const param = r.params.get("source");
  if (!param) return { mode: "any" };
  const articles = new Set(r.dataset.articles.map((a) => a.id));
  const only = param.startsWith("only:") ? param.slice(5) : null;
  if (param === "all") return { mode: "all" };
  if (param === "independent") return { mode: "independent" };
  if (only !== null && articles.has(only)) return { mode: "only", article: only };
  if (articles.has(param)) return { mode: "article", article: param };
  r.ignored.push(`source=${param} (no such article)`);
  return { mode: "any" };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `reported=2017-02` (or a year, or a day): a stop of the "as reported" clock, at its precision. */
function readPartialDate(r: QueryReader, key: string): string | null {
  const value = r.params.get(key);
  if (value === null) return null;
  if (parsePartialDate(value)) return value;
  r.ignored.push(`${key}=${value} (not a date written YYYY, YYYY-MM or YYYY-MM-DD)`);
  return null;
}

/** `time=2016-08-01..2017-01-31`: two existing ISO days, the first not after the second. */
function readTime(r: QueryReader): { from: string; to: string } | null {
  const value = r.params.get("time");
  if (value === null) return null;
  const [from = "", to = ""] = value.split("..");
  if (ISO_DAY.test(from) && ISO_DAY.test(to) && parsePartialDate(from) && parsePartialDate(to) && from <= to)
    return { from, to };
  r.ignored.push(`time=${value} (not a range written YYYY-MM-DD..YYYY-MM-DD)`);
  return null;
}

const VIEW_CODEC: { [K in keyof View]: FieldCodec<K> } = {
  search: {
    params: ["q"],
    write: (search) => [["q", searchForAddress(search) || null]],
    read: (r) => {
      const q = r.params.get("q") ?? "";
      const kept = searchForAddress(q);
      if (kept.length < q.trim().length) r.ignored.push(`q beyond ${MAX_QUERY_IN_ADDRESS} characters`);
      return q.trim().length > kept.length ? kept : q;
    },
  },
  filters: {
    params: [
      "country",
      "country-scope",
      "org",
      "org-scope",
      "type",
      "rel",
      "status",
      "source",
      "isolated",
      "time",
      "reported",
    ],
    write: (f) => [
      ["country", f.countries.join(",") || null],
      ["country-scope", f.countryScope === "linked" ? "linked" : null],
      ["org", f.organizations.join(",") || null],
      ["org-scope", f.organizationScope === "members" ? "members" : null],
      ["type", f.entityTypes.join(",") || null],
      ["rel", f.relationTypes.join(",") || null],
      ["status", f.statuses.join(",") || null],
      ["source", sourceToParam(f.source)],
      ["isolated", f.isolated === "auto" ? null : f.isolated],
      ["time", f.time ? `${f.time.from}..${f.time.to}` : null],
      ["reported", f.reportedBy],
    ],
    read: (r) => {
      const isolated = r.params.get("isolated");
      if (isolated !== null && isolated !== "hide" && isolated !== "show")
        r.ignored.push(`isolated=${isolated} (only "hide" or "show")`);
      const orgScope = r.params.get("org-scope");
      if (orgScope !== null && orgScope !== "members")
        r.ignored.push(`org-scope=${orgScope} (only "members")`);
      const countryScope = r.params.get("country-scope");
      if (countryScope !== null && countryScope !== "linked")
        r.ignored.push(`country-scope=${countryScope} (only "linked")`);
      return {
        countries: r.pick(
          "country",
          new Set(r.dataset.entities.flatMap((e) => e.countries)),
          "country in this dataset",
        ),
        organizations: r.pick(
          "org",
          new Set(r.dataset.entities.flatMap((e) => e.organizations)),
          "organization",
        ),
        organizationScope: orgScope === "members" ? "members" : "linked",
        countryScope: countryScope === "linked" ? "linked" : "only",
        entityTypes: r.pick("type", new Set(ENTITY_TYPES), "entity type"),
        relationTypes: r.pick("rel", new Set(RELATION_TYPES), "relation type"),
        statuses: r.pick("status", new Set(CLAIM_STATUSES), "claim status"),
        source: readSource(r),
        isolated: isolated === "hide" || isolated === "show" ? isolated : "auto",
        time: readTime(r),
        reportedBy: readPartialDate(r, "reported"),
      };
    },
  },
  focus: {
    params: ["focus", "depth"],
    write: (focus) => [
      ["focus", focus?.id ?? null],
      ["depth", focus && focus.depth !== 1 ? String(focus.depth) : null],
    ],
    read: (r) => {
      const id = r.entity("focus");
      if (!id) return null;
      const depthParam = r.params.get("depth");
      const depth = Number(depthParam ?? 1) as FocusDepth;
      if (FOCUS_DEPTHS.includes(depth)) return { id, depth };
      r.ignored.push(`depth=${depthParam} (must be 1, 2 or 3)`);
      return { id, depth: 1 };
    },
  },
  path: {
    params: ["from", "to", "paths"],
    write: (path) => [
      ["from", path?.from ?? null],
      ["to", path?.to ?? null],
      ["paths", path?.mode ?? null],
    ],
    read: (r) => {
      const from = r.entity("from");
      const to = r.entity("to");
      const mode = r.params.get("paths");
      if (mode !== null && mode !== "strongest") r.ignored.push(`paths=${mode} (must be strongest)`);
      if (!from || !to || from === to) return null;
      return mode === "strongest" ? { from, to, mode } : { from, to };
    },
  },
  selection: {
    params: ["entity", "relation"],
    write: (selection) => [[selection?.kind ?? "entity", selection?.id ?? null]],
    read: (r) => {
      const entity = r.entity("entity");
      if (entity) return { kind: "entity", id: entity };
      const relation = r.params.get("relation");
      if (!relation) return null;
      if (r.index.relationById.has(relation)) return { kind: "relation", id: relation };
      r.ignored.push(`relation=${relation} (no such relation)`);
      return null;
    },
  },
  layout: {
    params: ["layout"],
    write: (layout) => [["layout", layout !== DEFAULT_VIEW.layout ? layout : null]],
    read: (r) => {
      const param = r.params.get("layout");
      if (!param) return DEFAULT_VIEW.layout;
      const known = LAYOUT_NAMES.find((name) => name === param);
      if (!known) r.ignored.push(`layout=${param} (no such layout)`);
      return known ?? DEFAULT_VIEW.layout;
    },
  },
};

const FIELDS = Object.keys(VIEW_CODEC) as (keyof View)[];
const KNOWN_PARAMS = new Set(FIELDS.flatMap((k) => VIEW_CODEC[k].params));

/** `?country=RU&type=person&entity=igor-sechin&layout=circle`; empty for the default view. */
export function viewToQuery(view: View): string {
  const params = FIELDS.flatMap(<K extends keyof View>(k: K) => VIEW_CODEC[k].write(view[k]));
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
  const ignored = new IgnoredList();
  const reader: QueryReader = {
    params,
    dataset,
    index,
    ignored,
    pick<T extends string>(key: string, allowed: ReadonlySet<string>, what: string): T[] {
      const kept: T[] = [];
      for (const value of (params.get(key) ?? "").split(",").map((v) => v.trim())) {
        if (!value) continue;
        if (allowed.has(value)) kept.includes(value as T) || kept.push(value as T);
        else ignored.push(`${key}=${value} (no such ${what})`);
      }
      return kept;
    },
    entity(key) {
      const id = params.get(key);
      if (id === null || id === "") return null;
      if (index.entityById.has(id)) return id;
      ignored.push(`${key}=${id} (no such entity)`);
      return null;
    },
  };
  const view = Object.fromEntries(FIELDS.map((k) => [k, VIEW_CODEC[k].read(reader)])) as unknown as View;
  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key) && !FOREIGN_PARAMS.has(key)) ignored.push(`${key} (unknown parameter)`);
  }
  return { view, ignored: ignored.list() };
}

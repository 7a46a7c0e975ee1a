// FiltersPanel
//   ├─ ShownCount        "n of N entities, m of M relations shown" and Reset
//   ├─ FacetGroup ×5     country, organization, entity type, relation type, claim status
//   ├─ SourceChoice      any / what one article says / only one article / in both
//   └─ hide isolated entities
import { type ReactNode, useMemo } from "react";
import { CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../../data/vocabulary";
import { facetCounts } from "../../domain/filters";
import { type Filters, hidesUnlinked, type SourceFilter } from "../../domain/view";
import { countryName } from "../../lib/countries";
import { plural } from "../../lib/plural";
import { useStore } from "../../state/store";
import {
  ENTITY_VISUALS,
  RELATION_FAMILIES,
  RELATION_VISUALS,
  STATUS_VISUALS,
} from "../../visuals/vocabulary";
import { ShownCount } from "./ShownCount";

interface Option {
  value: string;
  label: string;
  count: number;
  /** The heading it is listed under (an organization's type, a link type's family). */
  group?: string;
  /** A colour sample shown before the label (a link family's line colour, a CSS value). */
  swatch?: string;
}

type ListFacet = "countries" | "organizations" | "entityTypes" | "relationTypes" | "statuses";

/** Options in the order given, under a heading each time the group changes (none when ungrouped). */
function withHeadings(options: Option[]): (Option | { heading: string })[] {
  const out: (Option | { heading: string })[] = [];
  let group: string | undefined;
  for (const o of options) {
    if (o.group !== undefined && o.group !== group) out.push({ heading: o.group });
    group = o.group;
    out.push(o);
  }
  return out;
}

function FacetGroup({
  facet,
  legend,
  options,
  children,
}: {
  facet: ListFacet;
  legend: string;
  options: Option[];
  /** A switch shown above the options (what the chosen values bring in). */
  children?: ReactNode;
}) {
  const chosen = useStore((s) => s.view.filters[facet]) as readonly string[];
  const setFilters = useStore((s) => s.setFilters);
  const toggle = (value: string) => {
    const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
    setFilters({ [facet]: next } as Partial<Filters>);
  };
  return (
    <details className="facet" open={chosen.length > 0 || undefined}>
      <summary>
        {legend}
        {chosen.length > 0 && <span className="facet-active"> · {chosen.length} chosen</span>}
      </summary>
      {children}
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {withHeadings(options).map((o) =>
          "heading" in o ? (
            <p key={`heading:${o.heading}`} className="facet-heading" aria-hidden="true">
              {o.heading}
            </p>
          ) : (
            <label
              key={o.value}
              className={`facet-option${o.count === 0 && !chosen.includes(o.value) ? " is-empty" : ""}`}
            >
              <input type="checkbox" checked={chosen.includes(o.value)} onChange={() => toggle(o.value)} />
              {o.swatch && (
                <span className="facet-swatch" style={{ background: o.swatch }} aria-hidden="true" />
              )}
              <span className="facet-label">
                {o.label}
                {o.group && <span className="visually-hidden"> ({o.group})</span>}
              </span>
              <span className="facet-count">
                {o.count}
                <span className="visually-hidden"> shown</span>
              </span>
            </label>
          ),
        )}
      </fieldset>
    </details>
  );
}

/** A switch inside a facet: what its chosen values bring in. */
function ScopeSwitch({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="facet-option facet-scope">
      <input
        type="checkbox"
        role="switch"
        aria-checked={checked}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="facet-label">
        {label}
        {hint && <span className="facet-hint">{hint}</span>}
      </span>
    </label>
  );
}

const sourceKey = (s: SourceFilter) =>
  s.mode === "any" || s.mode === "all" || s.mode === "independent" ? s.mode : `${s.mode}:${s.article}`;

function SourceChoice({ counts }: { counts: Map<string, number> }) {
  const articles = useStore((s) => s.dataset?.articles ?? []);
  const source = useStore((s) => s.view.filters.source);
  const setFilters = useStore((s) => s.setFilters);
  const choices: { key: string; label: string; value: SourceFilter }[] = [
    { key: "any", label: "Any article", value: { mode: "any" } },
    ...articles.map((a) => ({
      key: `article:${a.id}`,
      label: `What ${a.publisher} says`,
      value: { mode: "article", article: a.id } as SourceFilter,
    })),
    ...articles.map((a) => ({
      key: `only:${a.id}`,
      label: `Only ${a.publisher}`,
      value: { mode: "only", article: a.id } as SourceFilter,
    })),
  ];
  if (articles.length > 1)
    choices.push({
      key: "all",
      label: articles.length === 2 ? "In both articles" : "In every article",
      value: { mode: "all" },
    });
  // Offered whenever there is more than one article: its count says how many links two
  // independent outlets report (none, where one article rewrites the other).
  if (articles.length > 1)
    choices.push({
      key: "independent",
      label: "Reported by ≥ 2 independent outlets",
      value: { mode: "independent" },
    });
  return (
    <details className="facet" open={source.mode !== "any" || undefined}>
      <summary>
        Articles
        {source.mode !== "any" && <span className="facet-active"> · chosen</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">Which articles state the links</legend>
        {choices.map((c) => (
          <label key={c.key} className="facet-option">
            <input
              type="radio"
              name="source-filter"
              checked={sourceKey(source) === c.key}
              onChange={() => setFilters({ source: c.value })}
            />
            <span className="facet-label">{c.label}</span>
            <span className="facet-count">
              {counts.get(c.key) ?? 0}
              <span className="visually-hidden"> {plural(counts.get(c.key) ?? 0, "link")}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

export function FiltersPanel() {
  const dataset = useStore((s) => s.dataset);
  const filters = useStore((s) => s.view.filters);
  const index = useStore((s) => s.index);
  const entityById = index?.entityById;
  const setFilters = useStore((s) => s.setFilters);
  const counts = useMemo(
    () => (dataset && index ? facetCounts(dataset, index, filters) : null),
    [dataset, index, filters],
  );
  if (!dataset || !counts) return null;

  const sorted = (opts: Option[]) => opts.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const allCountries = [...new Set(dataset.entities.flatMap((e) => e.countries))];
  const allOrgs = [...new Set(dataset.entities.flatMap((e) => e.organizations))];
  const inUse = <T extends string>(all: readonly T[], used: Set<string>) => all.filter((v) => used.has(v));

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title">Filters</h2>
      <ShownCount />
      <FacetGroup
        facet="countries"
        legend="Country"
        options={sorted(
          allCountries.map((c) => ({ value: c, label: countryName(c), count: counts.countries.get(c) ?? 0 })),
        )}
      >
        <ScopeSwitch
          label="And their direct connections"
          checked={filters.countryScope === "linked"}
          onChange={(on) => setFilters({ countryScope: on ? "linked" : "only" })}
        />
      </FacetGroup>
      <FacetGroup
        facet="organizations"
        legend="Organization"
        options={allOrgs
          .map((o) => {
            const type = entityById?.get(o)?.type;
            return {
              value: o,
              label: entityById?.get(o)?.name ?? o,
              count: counts.organizations.get(o) ?? 0,
              group: type ? ENTITY_VISUALS[type].label : "Other",
              order: type ? ENTITY_TYPES.indexOf(type) : ENTITY_TYPES.length,
            };
          })
          .sort((a, b) => a.order - b.order || b.count - a.count || a.label.localeCompare(b.label))}
      >
        <ScopeSwitch
          label="Members only"
          hint={
            filters.organizationScope === "members"
              ? "The organization and its members"
              : "The organization, its members and the actors linked to them"
          }
          checked={filters.organizationScope === "members"}
          onChange={(on) => setFilters({ organizationScope: on ? "members" : "linked" })}
        />
      </FacetGroup>
      <FacetGroup
        facet="entityTypes"
        legend="Type of actor"
        options={inUse(ENTITY_TYPES, new Set(dataset.entities.map((e) => e.type))).map((t) => ({
          value: t,
          label: ENTITY_VISUALS[t].label,
          count: counts.entityTypes.get(t) ?? 0,
        }))}
      />
      <FacetGroup
        facet="relationTypes"
        legend="Type of link"
        options={Object.keys(RELATION_FAMILIES).flatMap((family) =>
          inUse(RELATION_TYPES, new Set(dataset.relations.map((r) => r.type)))
            .filter((t) => RELATION_VISUALS[t].family === family)
            .map((t) => ({
              value: t,
              label: RELATION_VISUALS[t].label,
              count: counts.relationTypes.get(t) ?? 0,
              group: RELATION_FAMILIES[RELATION_VISUALS[t].family].label,
              swatch: `var(--family-${family})`,
            })),
        )}
      />
      <FacetGroup
        facet="statuses"
        legend="Claim status"
        options={inUse(CLAIM_STATUSES, new Set(dataset.relations.map((r) => r.status))).map((s) => ({
          value: s,
          label: STATUS_VISUALS[s].label,
          count: counts.statuses.get(s) ?? 0,
        }))}
      />
      <SourceChoice counts={counts.sources} />
      <label className="facet-option standalone">
        <input
          type="checkbox"
          checked={hidesUnlinked(filters)}
          onChange={(e) => setFilters({ isolated: e.target.checked ? "hide" : "show" })}
        />
        <span className="facet-label">Hide actors left without visible links</span>
      </label>
    </section>
  );
}

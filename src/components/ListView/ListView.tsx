// The accessible twin of the canvas: the visible entities and relations as sortable tables that
// share the canvas' selection.
import { useMemo, useState } from "react";
import type { Entity, Relation } from "../../data/types";
import { articlesOf, entityName } from "../../domain/indexes";
import { formatPartialDate, whenText } from "../../domain/time";
import { claimStatusAt, reportsOf } from "../../domain/timeline";
import { statusesAsOfView } from "../../state/selectors";
import { useStore } from "../../state/store";
import { ENTITY_VISUALS, RELATION_VISUALS } from "../../visuals/vocabulary";
import { StatusBadge } from "../Details/StatusBadge";

type EntityKey = "name" | "type" | "country" | "degree";
type RelationKey = "source" | "label" | "target" | "type" | "status";
type Sort<K> = { key: K; descending: boolean };

function SortHeader<K extends string>({
  label,
  k,
  sort,
  onSort,
}: {
  label: string;
  k: K;
  sort: Sort<K>;
  onSort: (k: K) => void;
}) {
  const active = sort.key === k;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}>
      <button type="button" className="sort-button" onClick={() => onSort(k)}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : " ↕"}</span>
      </button>
    </th>
  );
}

function useSort<K extends string>(initial: K) {
  const [sort, setSort] = useState<Sort<K>>({ key: initial, descending: false });
  const onSort = (key: K) =>
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === "degree" }));
  return [sort, onSort] as const;
}

export function ListView() {
  const dataset = useStore((s) => s.dataset);
  const index = useStore((s) => s.index);
  const visibility = useStore((s) => s.visibility);
  const selection = useStore((s) => s.view.selection);
  const select = useStore((s) => s.select);
  // At a stop of the "as reported" clock, each link's status then, as the canvas draws it.
  const asOf = useStore(statusesAsOfView);
  /** "15 Feb 2017, Newsweek (unconfirmed)": the "as reported" clock in words. */
  const firstReport = (r: Relation) => {
    const first = index ? reportsOf(r, index.articleById)[0] : undefined;
    if (!first) return "";
    const publisher = index?.articleById.get(first.article)?.publisher ?? first.article;
    return `${formatPartialDate(first.written)}, ${publisher} (${first.status})`;
  };
  const [entitySort, sortEntities] = useSort<EntityKey>("name");
  const [relationSort, sortRelations] = useSort<RelationKey>("source");

  const name = (id: string) => entityName(index, id);
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const id of visibility.relations) {
      const r = index?.relationById.get(id);
      if (!r) continue;
      d.set(r.source, (d.get(r.source) ?? 0) + 1);
      d.set(r.target, (d.get(r.target) ?? 0) + 1);
    }
    return d;
  }, [index, visibility]);

  const entities = useMemo(() => {
    const rows = (dataset?.entities ?? []).filter((e) => visibility.entities.has(e.id));
    const value = (e: Entity): string | number =>
      entitySort.key === "name"
        ? e.name
        : entitySort.key === "type"
          ? ENTITY_VISUALS[e.type].label
          : entitySort.key === "country"
            ? e.countries.join(",") || "~"
            : (degree.get(e.id) ?? 0);
    return rows.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === "number" ? va - (vb as number) : va.localeCompare(vb as string);
      return (entitySort.descending ? -c : c) || a.name.localeCompare(b.name);
    });
  }, [dataset, visibility, entitySort, degree]);

  const relations = useMemo(() => {
    const rows = (dataset?.relations ?? []).filter((r) => visibility.relations.has(r.id));
    const name = (id: string) => entityName(index, id);
    const value = (r: Relation): string =>
      relationSort.key === "source"
        ? name(r.source)
        : relationSort.key === "target"
          ? name(r.target)
          : relationSort.key === "label"
            ? r.label
            : relationSort.key === "type"
              ? RELATION_VISUALS[r.type].label
              : claimStatusAt(r, asOf);
    return rows.sort((a, b) => {
      const c = value(a).localeCompare(value(b));
      return relationSort.descending ? -c : c;
    });
  }, [dataset, visibility, relationSort, index, asOf]);

  const isSelected = (kind: "entity" | "relation", id: string) =>
    selection?.kind === kind && selection.id === id;

  return (
    <div
      className="list-view"
      id="list-view"
      tabIndex={-1}
      role="region"
      aria-label="List of actors and links"
    >
      <table className="data-table">
        <caption>Actors shown ({entities.length})</caption>
        <thead>
          <tr>
            <SortHeader label="Name" k="name" sort={entitySort} onSort={sortEntities} />
            <SortHeader label="Type" k="type" sort={entitySort} onSort={sortEntities} />
            <SortHeader label="Countries" k="country" sort={entitySort} onSort={sortEntities} />
            <SortHeader label="Links shown" k="degree" sort={entitySort} onSort={sortEntities} />
          </tr>
        </thead>
        <tbody>
          {entities.map((e) => (
            <tr key={e.id} className={isSelected("entity", e.id) ? "is-selected-row" : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className={`link-button${e.unnamed ? " is-unnamed" : ""}`}
                  aria-current={isSelected("entity", e.id) || undefined}
                  onClick={() => select({ kind: "entity", id: e.id })}
                >
                  {e.name}
                </button>
              </th>
              <td>{ENTITY_VISUALS[e.type].label}</td>
              <td>{e.countries.join(", ")}</td>
              <td className="num">{degree.get(e.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>
          Links shown ({relations.length})
          {asOf && `: claim status as of ${formatPartialDate(asOf.stop)}, as the articles out by then put it`}
        </caption>
        <thead>
          <tr>
            <SortHeader label="From" k="source" sort={relationSort} onSort={sortRelations} />
            <SortHeader label="Link" k="label" sort={relationSort} onSort={sortRelations} />
            <SortHeader label="To" k="target" sort={relationSort} onSort={sortRelations} />
            <SortHeader label="Type" k="type" sort={relationSort} onSort={sortRelations} />
            <SortHeader
              label={asOf ? `Status as of ${formatPartialDate(asOf.stop)}` : "Status"}
              k="status"
              sort={relationSort}
              onSort={sortRelations}
            />
            <th scope="col">Articles</th>
            <th scope="col">When</th>
            <th scope="col">First reported</th>
          </tr>
        </thead>
        <tbody>
          {relations.map((r) => (
            <tr key={r.id} className={isSelected("relation", r.id) ? "is-selected-row" : undefined}>
              <td>{name(r.source)}</td>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-current={isSelected("relation", r.id) || undefined}
                  onClick={() => select({ kind: "relation", id: r.id })}
                >
                  {r.label}
                </button>
              </th>
              <td>{name(r.target)}</td>
              <td>{RELATION_VISUALS[r.type].label}</td>
              <td>
                <StatusBadge status={claimStatusAt(r, asOf)} />
              </td>
              <td className="num">{articlesOf(r).length}</td>
              <td>{whenText(r.date, r.period)}</td>
              <td>{firstReport(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

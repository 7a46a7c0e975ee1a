import type { Entity } from "../../data/types";
import { otherEnd } from "../../domain/indexes";
import { formatPartialDate } from "../../domain/time";
import { claimStatusAt } from "../../domain/timeline";
import { count } from "../../lib/plural";
import { statusesAsOfView } from "../../state/selectors";
import { useStore } from "../../state/store";
import { ENTITY_VISUALS, RELATION_VISUALS } from "../../visuals/vocabulary";
import { moveFocusWithArrows } from "../Shortcuts/useKeyboard";
import { EntityLink } from "./EntityLink";
import { StatusBadge } from "./StatusBadge";

const EMPTY: readonly never[] = [];

export function EntityDetails({ entity }: { entity: Entity }) {
  const relations = useStore((s) => s.index?.relationsByEntity.get(entity.id) ?? EMPTY);
  const entityById = useStore((s) => s.index?.entityById);
  const select = useStore((s) => s.select);
  const focus = useStore((s) => s.view.focus);
  const setFocus = useStore((s) => s.setFocus);
  const setPathEnd = useStore((s) => s.setPathEnd);
  const visibleRelations = useStore((s) => s.visibility.relations);
  const asOf = useStore(statusesAsOfView);
  return (
    <section className="details" id="details-section" tabIndex={-1} aria-labelledby="details-title">
      <p className="details-kind">
        {ENTITY_VISUALS[entity.type].label}
        {entity.unnamed && " · not named in the articles"}
      </p>
      <h2 id="details-title" className={entity.unnamed ? "is-unnamed" : undefined}>
        {entity.name}
      </h2>
      {entity.aliases.length > 0 && <p className="aliases">Also: {entity.aliases.join(", ")}</p>}
      <p>{entity.description}</p>
      <dl className="facts">
        {entity.roles.length > 0 && (
          <>
            <dt>Roles</dt>
            <dd>{entity.roles.join("; ")}</dd>
          </>
        )}
        <dt>Countries</dt>
        <dd>{entity.countries.length > 0 ? entity.countries.join(", ") : "not stated"}</dd>
        {entity.organizations.length > 0 && (
          <>
            <dt>Organizations</dt>
            <dd>
              <ul className="inline-list">
                {entity.organizations.map((id) => (
                  <li key={id}>
                    <EntityLink id={id} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <div className="entity-actions">
        <button
          type="button"
          aria-pressed={focus?.id === entity.id}
          onClick={() => setFocus(focus?.id === entity.id ? null : entity.id)}
        >
          {focus?.id === entity.id ? "Leave focus" : "Focus on neighbours"}
        </button>
        <button type="button" onClick={() => setPathEnd("from", entity.id)}>
          Path from here
        </button>
        <button type="button" onClick={() => setPathEnd("to", entity.id)}>
          Path to here
        </button>
      </div>
      <h3>
        {count(relations.length, "link")}
        {relations.some((r) => !visibleRelations.has(r.id)) &&
          ` (${relations.filter((r) => visibleRelations.has(r.id)).length} shown)`}
      </h3>
      {asOf && <p className="muted as-of-note">Claim status as of {formatPartialDate(asOf.stop)}</p>}
      <ul className="relation-list" onKeyDown={moveFocusWithArrows}>
        {relations.map((relation) => {
          const other = entityById?.get(otherEnd(relation, entity.id));
          const outgoing = relation.source === entity.id;
          const arrow = !relation.directed ? "—" : outgoing ? "→" : "←";
          return (
            <li key={relation.id}>
              <button
                type="button"
                className={`relation-item${visibleRelations.has(relation.id) ? "" : " is-filtered-out"}`}
                onClick={() => select({ kind: "relation", id: relation.id })}
                disabled={!visibleRelations.has(relation.id)}
                title={visibleRelations.has(relation.id) ? undefined : "Hidden by the filters"}
              >
                <span className="relation-item-label">
                  <span aria-hidden="true">{arrow} </span>
                  {relation.label}
                </span>{" "}
                <strong className={other?.unnamed ? "is-unnamed" : undefined}>{other?.name}</strong>
                <span className="relation-item-meta">
                  {RELATION_VISUALS[relation.type].label} ·{" "}
                  <StatusBadge status={claimStatusAt(relation, asOf)} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

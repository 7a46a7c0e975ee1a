// The shortest (or strongest) paths between the two chosen actors, told as chains of links, each
// step with its first excerpt and each chain with its weakest link named: at the top of the Details
// panel, where there is room to read them.
import type { Relation } from "../../data/types";
import { MAX_PATHS, type Path, weakestLink } from "../../domain/paths";
import { claimStatusAt } from "../../domain/timeline";
import { count, plural } from "../../lib/plural";
import { statusesAsOfView } from "../../state/selectors";
import { useStore } from "../../state/store";
import { EntityLink } from "../Details/EntityLink";
import { RelationLink } from "../Details/RelationLink";
import { StatusBadge } from "../Details/StatusBadge";

function RelationSummary({ relation }: { relation: Relation }) {
  const first = relation.evidence[0];
  return (
    <li>
      <RelationLink relation={relation} />
      {first && <span className="path-quote">{first.quote}</span>}
    </li>
  );
}

/** A chain is only as sure as its least sure step: that step's link and excerpt, named. */
function WeakestLink({ path }: { path: Path }) {
  // At a stop of the "as reported" clock, as sure as the chain was then (as the canvas draws it).
  const asOf = useStore(statusesAsOfView);
  const weakest = weakestLink(path, asOf ? (r) => claimStatusAt(r, asOf) : undefined);
  if (!weakest) return null;
  return (
    <p className="path-weakest">
      Weakest link (step {weakest.step + 1}): <StatusBadge status={weakest.status} />{" "}
      <RelationLink relation={weakest.relation} />{" "}
      <span className="path-quote">{weakest.evidence.quote}</span>
    </p>
  );
}

export function PathResults() {
  const path = useStore((s) => s.view.path);
  const paths = useStore((s) => s.paths);
  const setPath = useStore((s) => s.setPath);
  const entityById = useStore((s) => s.index?.entityById);
  const name = (id: string) => entityById?.get(id)?.name ?? id;
  if (!path) return null;
  return (
    <section className="path-results details" aria-labelledby="path-results-title">
      <p className="details-kind">Path</p>
      <h2 id="path-results-title">
        {name(path.from)} <span aria-hidden="true">→</span>
        <span className="visually-hidden"> to </span> {name(path.to)}
      </h2>
      <p>
        {paths.length === 0
          ? "No path between them among the links shown."
          : `${paths.length}${paths.length === MAX_PATHS ? "+" : ""} ${path.mode ?? "shortest"} ${plural(paths.length, "path")}, ${count(paths[0]?.length ?? 0, "step")} each`}{" "}
        <button type="button" className="link-button" onClick={() => setPath(null)}>
          Clear path
        </button>
      </p>
      <ol className="path-list">
        {paths.map((p) => (
          <li key={p.map((s) => s.to).join(">")} className="path">
            <WeakestLink path={p} />
            <EntityLink id={p[0]?.from ?? ""} />
            {p.map((step) => (
              <div key={`${step.from}>${step.to}`} className="path-step">
                <ul className="path-relations">
                  {step.relations.map((r) => (
                    <RelationSummary key={r.id} relation={r} />
                  ))}
                </ul>
                <span aria-hidden="true">↓ </span>
                <EntityLink id={step.to} />
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

// Paths: pick two entities; the shortest paths between them over what is shown are highlighted in
// the graph (the store's `paths`) and told here as chains of relations, each with its excerpt.
import { useMemo, useState } from "react";
import type { Relation } from "../../data/types";
import { MAX_PATHS } from "../../domain/paths";
import { useStore } from "../../state/store";
import { EntityLink } from "../Details/EntityLink";
import { RelationLink } from "../Details/RelationLink";
import { EntityCombobox } from "../Search/EntityCombobox";

function EndpointPicker({ label, which }: { label: string; which: "from" | "to" }) {
  const dataset = useStore((s) => s.dataset);
  const visibility = useStore((s) => s.visibility);
  const path = useStore((s) => s.view.path);
  const pending = useStore((s) => s.pathDraft);
  const index = useStore((s) => s.index);
  const entityById = index?.entityById;
  const setPathEnd = useStore((s) => s.setPathEnd);
  const chosenId = path?.[which] ?? pending?.[which] ?? null;
  const [text, setText] = useState<string | null>(null);
  const entities = useMemo(
    () => dataset?.entities.filter((e) => visibility.entities.has(e.id)) ?? [],
    [dataset, visibility],
  );
  const shown = text ?? (chosenId ? (entityById?.get(chosenId)?.name ?? "") : "");
  return (
    <EntityCombobox
      label={label}
      entities={entities}
      value={shown}
      placeholder="Type a name"
      searchText={index?.searchText}
      onInput={(t) => {
        setText(t);
        if (t === "") setPathEnd(which, null);
      }}
      onChoose={(entity) => {
        setText(null);
        setPathEnd(which, entity.id);
      }}
    />
  );
}

function RelationSummary({ relation }: { relation: Relation }) {
  const first = relation.evidence[0];
  return (
    <li>
      <RelationLink relation={relation} />
      {first && <span className="path-quote">{first.quote}</span>}
    </li>
  );
}

export function PathFinder() {
  const path = useStore((s) => s.view.path);
  const paths = useStore((s) => s.paths);
  const setPath = useStore((s) => s.setPath);
  return (
    <section className="path-finder" aria-labelledby="paths-title">
      <h2 id="paths-title">Paths between two actors</h2>
      <EndpointPicker label="From" which="from" />
      <EndpointPicker label="To" which="to" />
      {path && (
        <div className="path-results">
          <p>
            {paths.length === 0
              ? "No path between them among the links shown."
              : `${paths.length}${paths.length === MAX_PATHS ? "+" : ""} shortest path${paths.length === 1 ? "" : "s"}, ${paths[0]?.length} step${paths[0]?.length === 1 ? "" : "s"} each`}{" "}
            <button type="button" className="link-button" onClick={() => setPath(null)}>
              Clear path
            </button>
          </p>
          <ol className="path-list">
            {paths.map((p) => (
              <li key={p.map((s) => s.to).join(">")} className="path">
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
        </div>
      )}
    </section>
  );
}

// The page's one live region: announces selections, paths found and what the filters leave shown.
import { useEffect, useState } from "react";
import { entityName } from "../../domain/indexes";
import { type AppState, useStore } from "../../state/store";
import { ENTITY_VISUALS, RELATION_VISUALS } from "../../visuals/vocabulary";

function describeSelection(s: AppState): string | null {
  if (!s.view.selection || !s.index) return null;
  if (s.view.selection.kind === "entity") {
    const e = s.index.entityById.get(s.view.selection.id);
    if (!e) return null;
    const n = s.index.relationsByEntity.get(e.id)?.length ?? 0;
    return `Selected ${e.name}, ${ENTITY_VISUALS[e.type].label.toLowerCase()}, ${n} relation${n === 1 ? "" : "s"}.`;
  }
  const r = s.index.relationById.get(s.view.selection.id);
  if (!r) return null;
  const name = (id: string) => entityName(s.index, id);
  return `Selected relation: ${name(r.source)}, ${r.label}, ${name(r.target)} (${RELATION_VISUALS[r.type].label.toLowerCase()}, ${r.status}, ${r.evidence.length} excerpt${r.evidence.length === 1 ? "" : "s"}).`;
}

function describePaths(s: AppState): string | null {
  if (!s.view.path || !s.index) return null;
  const name = (id: string) => entityName(s.index, id);
  const between = `between ${name(s.view.path.from)} and ${name(s.view.path.to)}`;
  if (s.paths.length === 0) return `No path ${between} among the links shown.`;
  const steps = s.paths[0]?.length ?? 0;
  return `${s.paths.length} shortest path${s.paths.length === 1 ? "" : "s"} ${between}, ${steps} step${steps === 1 ? "" : "s"} each.`;
}

export function Announcer() {
  const [message, setMessage] = useState("");
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        if (s.view.selection !== prev.view.selection && s.view.selection)
          setMessage(describeSelection(s) ?? "");
        // What the filters leave shown comes first: paths are recomputed when they change, too.
        else if (s.visibility !== prev.visibility && s.dataset)
          setMessage(
            `${s.visibility.entities.size} of ${s.dataset.entities.length} entities, ${s.visibility.relations.size} of ${s.dataset.relations.length} relations shown.`,
          );
        else if (s.paths !== prev.paths && s.view.path) setMessage(describePaths(s) ?? "");
      }),
    [],
  );
  return (
    <div role="status" className="visually-hidden" data-testid="announcer">
      {message}
    </div>
  );
}

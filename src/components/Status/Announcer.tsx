// The page's one live region: announces selections, paths found and what the filters leave shown.
import { useEffect, useState } from "react";
import { entityName } from "../../domain/indexes";
import { formatPartialDate } from "../../domain/time";
import { claimStatusAt } from "../../domain/timeline";
import { onAnnounce } from "../../lib/announce";
import { count, shownSummary } from "../../lib/plural";
import { statusesAsOfView } from "../../state/selectors";
import { type AppState, useStore } from "../../state/store";
import { ENTITY_VISUALS, RELATION_VISUALS } from "../../visuals/vocabulary";

function describeSelection(s: AppState): string | null {
  if (!s.view.selection || !s.index) return null;
  if (s.view.selection.kind === "entity") {
    const e = s.index.entityById.get(s.view.selection.id);
    if (!e) return null;
    const n = s.index.relationsByEntity.get(e.id)?.length ?? 0;
    return `Selected ${e.name}, ${ENTITY_VISUALS[e.type].label.toLowerCase()}, ${count(n, "link")}.`;
  }
  const r = s.index.relationById.get(s.view.selection.id);
  if (!r) return null;
  const name = (id: string) => entityName(s.index, id);
  // At a stop of the "as reported" clock, the status it had then, as the canvas draws it.
  const asOf = statusesAsOfView(s);
  const status = asOf ? `${claimStatusAt(r, asOf)} as of ${formatPartialDate(asOf.stop)}` : r.status;
  return `Selected link: ${name(r.source)}, ${r.label}, ${name(r.target)} (${RELATION_VISUALS[r.type].label.toLowerCase()}, ${status}, ${count(r.evidence.length, "excerpt")}).`;
}

function describePaths(s: AppState): string | null {
  if (!s.view.path || !s.index) return null;
  const name = (id: string) => entityName(s.index, id);
  const between = `between ${name(s.view.path.from)} and ${name(s.view.path.to)}`;
  if (s.paths.length === 0) return `No path ${between} among the links shown.`;
  const steps = s.paths[0]?.length ?? 0;
  return `${count(s.paths.length, `${s.view.path.mode ?? "shortest"} path`)} ${between}, ${count(steps, "step")} each.`;
}

export function Announcer() {
  const [message, setMessage] = useState("");
  // What the store does not say by itself (the canvas' keyboard cursor) comes through lib/announce.
  useEffect(() => {
    onAnnounce(setMessage);
    return () => onAnnounce(null);
  }, []);
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        // A story step announces itself (the player's own status line).
        if (s.playing !== prev.playing) return;
        if (s.view.selection !== prev.view.selection && s.view.selection)
          setMessage(describeSelection(s) ?? "");
        // What the filters leave shown comes first: paths are recomputed when they change, too.
        else if (s.visibility !== prev.visibility && s.dataset)
          setMessage(
            `${shownSummary(s.visibility.entities.size, s.dataset.entities.length, s.visibility.relations.size, s.dataset.relations.length)}.`,
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

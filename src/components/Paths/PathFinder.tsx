// Paths: pick two entities; the shortest paths between them over what is shown are highlighted in
// the graph (the store's `paths`) and told in the Details panel (PathResults), where there is room.
import { useMemo, useState } from "react";
import { MAX_PATHS, PATH_MODES, type PathMode } from "../../domain/paths";
import { plural } from "../../lib/plural";
import { useStore } from "../../state/store";
import { EntityCombobox } from "../Search/EntityCombobox";

function EndpointPicker({ label, which }: { label: string; which: "from" | "to" }) {
  const dataset = useStore((s) => s.dataset);
  const visibility = useStore((s) => s.visibility);
  const path = useStore((s) => s.view.path);
  const pending = useStore((s) => s.pathDraft);
  const index = useStore((s) => s.index);
  const searchProgress = useStore((s) => s.searchProgress);
  const entityById = index?.entityById;
  const setPathEnd = useStore((s) => s.setPathEnd);
  const setSidePanel = useStore((s) => s.setSidePanel);
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
      searchText={searchProgress === null ? (index?.searchText ?? null) : null}
      preparing={searchProgress}
      onInput={(t) => {
        setText(t);
        if (t === "") setPathEnd(which, null);
      }}
      onChoose={(entity) => {
        setText(null);
        setPathEnd(which, entity.id);
        // The steps are told in the Details panel.
        setSidePanel("details");
      }}
    />
  );
}

const MODE_LABELS: Record<PathMode, { label: string; help: string }> = {
  shortest: { label: "Shortest", help: "fewest steps" },
  strongest: { label: "Strongest", help: "surest weakest link, then fewest steps" },
};

/** Shortest or strongest chains: the choice is part of the view (and the address). */
function PathModeChoice() {
  const mode: PathMode = useStore((s) => s.view.path?.mode ?? "shortest");
  const setPathMode = useStore((s) => s.setPathMode);
  return (
    <fieldset className="path-mode">
      <legend>Which chains</legend>
      {PATH_MODES.map((m) => (
        <label key={m} className="facet-option">
          <input type="radio" name="path-mode" checked={mode === m} onChange={() => setPathMode(m)} />
          <span className="facet-label">
            {MODE_LABELS[m].label} <span className="path-mode-help">({MODE_LABELS[m].help})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function PathFinder() {
  const path = useStore((s) => s.view.path);
  const paths = useStore((s) => s.paths);
  const setPath = useStore((s) => s.setPath);
  const mode: PathMode = path?.mode ?? "shortest";
  return (
    <section className="path-finder" aria-labelledby="paths-title">
      <h2 id="paths-title">Paths between two actors</h2>
      <EndpointPicker label="From" which="from" />
      <EndpointPicker label="To" which="to" />
      {path && <PathModeChoice />}
      {path && (
        <p className="path-results">
          {paths.length === 0
            ? "No path between them among the links shown."
            : `${paths.length}${paths.length === MAX_PATHS ? "+" : ""} ${mode} ${plural(paths.length, "path")}: the steps are in the Details panel.`}{" "}
          <button type="button" className="link-button" onClick={() => setPath(null)}>
            Clear path
          </button>
        </p>
      )}
    </section>
  );
}

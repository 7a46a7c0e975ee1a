// Paths: pick two entities; the shortest paths between them over what is shown are highlighted in
// the graph (the store's `paths`) and told in the Details panel (PathResults), where there is room.
import { useMemo, useState } from "react";
import { MAX_PATHS } from "../../domain/paths";
import { plural } from "../../lib/plural";
import { useStore } from "../../state/store";
import { EntityCombobox } from "../Search/EntityCombobox";

function EndpointPicker({ label, which }: { label: string; which: "from" | "to" }) {
  const dataset = useStore((s) => s.dataset);
  const visibility = useStore((s) => s.visibility);
  const path = useStore((s) => s.view.path);
  const pending = useStore((s) => s.pathDraft);
  const index = useStore((s) => s.index);
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
      searchText={index?.searchText}
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
        <p className="path-results">
          {paths.length === 0
            ? "No path between them among the links shown."
            : `${paths.length}${paths.length === MAX_PATHS ? "+" : ""} shortest ${plural(paths.length, "path")}: the steps are in the Details panel.`}{" "}
          <button type="button" className="link-button" onClick={() => setPath(null)}>
            Clear path
          </button>
        </p>
      )}
    </section>
  );
}

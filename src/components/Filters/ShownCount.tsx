import { hasActiveFilters } from "../../domain/view";
import { useStore } from "../../state/store";

/** "n of N entities, m of M relations shown", with one-click reset of filters, focus and search. */
export function ShownCount() {
  const entityCount = useStore((s) => s.dataset?.entities.length ?? 0);
  const relationCount = useStore((s) => s.dataset?.relations.length ?? 0);
  const shown = useStore((s) => s.visibility);
  const active = useStore(
    (s) => hasActiveFilters(s.view.filters) || s.view.focus !== null || s.view.search.trim() !== "",
  );
  const reset = useStore((s) => s.resetFilters);
  return (
    <div className="shown-count">
      <p data-testid="shown-count">
        {shown.entities.size} of {entityCount} entities, {shown.relations.size} of {relationCount} relations
        shown
      </p>
      <button type="button" onClick={reset} disabled={!active}>
        Reset
      </button>
    </div>
  );
}

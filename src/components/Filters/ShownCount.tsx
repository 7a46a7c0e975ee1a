import { hasActiveFilters } from "../../domain/view";
import { count, shownSummary } from "../../lib/plural";
import { useStore } from "../../state/store";

/** "n of N actors, m of M links shown", with one-click reset of filters, focus and search. */
export function ShownCount() {
  const entityCount = useStore((s) => s.dataset?.entities.length ?? 0);
  const relationCount = useStore((s) => s.dataset?.relations.length ?? 0);
  const shown = useStore((s) => s.visibility);
  const active = useStore(
    (s) => hasActiveFilters(s.view.filters) || s.view.focus !== null || s.view.search.trim() !== "",
  );
  const reset = useStore((s) => s.resetFilters);
  const setFilters = useStore((s) => s.setFilters);
  const unlinked = shown.unlinkedHidden ?? 0;
  return (
    <div className="shown-count">
      <p data-testid="shown-count">
        {shownSummary(shown.entities.size, entityCount, shown.relations.size, relationCount)}
        {unlinked > 0 && (
          <>
            {" "}
            <span className="shown-unlinked" data-testid="unlinked-hidden">
              ({count(unlinked, "actor")} without a visible link hidden.{" "}
              <button type="button" className="link-button" onClick={() => setFilters({ isolated: "show" })}>
                Show {unlinked === 1 ? "it" : "them"}
              </button>
              )
            </span>
          </>
        )}
      </p>
      <button type="button" onClick={reset} disabled={!active}>
        Reset
      </button>
    </div>
  );
}

// The header's Export button. The dialog, and the exporters behind it, load on first use so that
// they add nothing to the app's first download.
import { lazy, Suspense, useState } from "react";
import type { EntityType, RelationType } from "../../data/types";
import { describeView } from "../../domain/describe";
import { countryName } from "../../lib/countries";
import { useStore } from "../../state/store";
import { ENTITY_VISUALS, RELATION_VISUALS } from "../../visuals/vocabulary";

/** The active filters, focus, search and path in words, for the caption and the file name. */
function viewSummary(): string {
  const s = useStore.getState();
  if (!s.dataset || !s.index) return "";
  return describeView(s.view, s.dataset, s.index, {
    country: countryName,
    entityType: (t) => ENTITY_VISUALS[t as EntityType]?.label.toLowerCase() ?? t,
    relationType: (t) => RELATION_VISUALS[t as RelationType]?.label.toLowerCase() ?? t,
  });
}

const ExportDialog = lazy(() => import("./ExportDialog"));

export function ExportButton() {
  const ready = useStore((s) => s.dataset !== null);
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState("");
  return (
    <>
      <button
        type="button"
        className="header-button"
        disabled={!ready}
        onClick={() => {
          // A hover's muting is transient: export the selection's highlighting, not where the pointer was.
          useStore.getState().hoverEntity(null);
          setSummary(viewSummary());
          setOpen(true);
        }}
      >
        Export…
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog filterSummary={summary} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

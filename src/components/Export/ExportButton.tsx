// The header's Export button. The dialog, and the exporters behind it, load on first use so that
// they add nothing to the app's first download.
import { lazy, Suspense, useState } from "react";
import { useStore } from "../../state/store";

const ExportDialog = lazy(() => import("./ExportDialog"));

/**
 * The active filters in words, for captions and file names. Filters are built on another branch;
 * until their summary is wired in here, exports say how much is shown but not which filters.
 */
const FILTER_SUMMARY = "";

export function ExportButton() {
  const ready = useStore((s) => s.dataset !== null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="header-button"
        disabled={!ready}
        onClick={() => {
          // A hover's muting is transient: export the selection's highlighting, not where the pointer was.
          useStore.getState().hoverEntity(null);
          setOpen(true);
        }}
      >
        Export…
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog filterSummary={FILTER_SUMMARY} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

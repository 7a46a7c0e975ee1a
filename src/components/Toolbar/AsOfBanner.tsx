import { formatPartialDate } from "../../domain/time";
import { useStore } from "../../state/store";

/**
 * At a stop of the "as reported" clock: the canvas shows only what had been reported by then, each
 * link with the claim status it had then, not its overall one. Said over the canvas, so that a
 * reader who closed the timeline (the stop stays, like every filter) is never misled.
 */
export function AsOfBanner() {
  const stop = useStore((s) => s.view.filters.reportedBy);
  const setFilters = useStore((s) => s.setFilters);
  if (!stop) return null;
  const when = formatPartialDate(stop);
  return (
    <div className="focus-banner as-of-banner" data-testid="as-of-banner">
      <span>
        As of <strong>{when}</strong>: what was reported by then, each link with the claim status it had then.
      </span>
      <button type="button" onClick={() => setFilters({ reportedBy: null })}>
        Leave the clock
      </button>
    </div>
  );
}

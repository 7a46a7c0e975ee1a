// The legend sits under the canvas, like a map's key, always in sight of what it explains without
// covering any of it. Open, it is the short key (shapes, colours, line patterns) in a few rows, with
// the rest (widths, marks, what each type covers) one click away; it folds to one line. Folded or
// open is a remembered preference; until the reader chooses, phones start with it folded.
import { useState } from "react";
import { PHONE_QUERY, useMediaQuery } from "../../lib/useMediaQuery";
import { useStore } from "../../state/store";
import { Legend } from "./Legend";

export function LegendStrip() {
  const chosen = useStore((s) => s.prefs.legendOpen);
  const setOpen = useStore((s) => s.setLegendOpen);
  const phone = useMediaQuery(PHONE_QUERY);
  const open = chosen ?? !phone;
  const [whole, setWhole] = useState(false);
  return (
    <div className={`legend-strip${open ? " is-open" : ""}${open && whole ? " is-whole" : ""}`}>
      <div className="legend-buttons">
        {open && (
          <button
            type="button"
            className="legend-toggle"
            aria-expanded={whole}
            onClick={() => setWhole(!whole)}
          >
            {whole ? "Short key" : "Whole legend"}
          </button>
        )}
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide legend" : "Show legend"}
        </button>
      </div>
      {open && <Legend brief={!whole} />}
    </div>
  );
}

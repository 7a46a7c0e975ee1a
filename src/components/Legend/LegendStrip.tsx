// The legend sits under the canvas, like a map's key, always in sight of what it explains without
// covering any of it. Open, it is the short key (shapes, colours, line patterns) in a few rows, with
// the rest (widths, marks, what each type covers) one click away; it folds to one line. Folded or
// open is a remembered preference; until the reader chooses, phones start with it folded. Its
// height is CSS's (responsive.css, "The first paint"), known before it loads.
import { useState } from "react";
import { useStore } from "../../state/store";
import { Legend } from "./Legend";
import { useLegendOpen } from "./legendOpen";

export function LegendStrip() {
  const setOpen = useStore((s) => s.setLegendOpen);
  const open = useLegendOpen();
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

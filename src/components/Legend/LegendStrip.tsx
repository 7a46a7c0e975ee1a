// The legend sits under the canvas, like a map's key, always in sight of what it explains without
// covering any of it; it can be folded away (a remembered preference).
import { useStore } from "../../state/store";
import { Legend } from "./Legend";

export function LegendStrip() {
  const open = useStore((s) => s.prefs.legendOpen);
  const setOpen = useStore((s) => s.setLegendOpen);
  return (
    <div className={`legend-strip${open ? " is-open" : ""}`}>
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Hide legend" : "Show legend"}
      </button>
      {open && <Legend />}
    </div>
  );
}

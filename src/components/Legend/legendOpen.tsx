// Whether the legend strip is open: as the reader chose (a remembered preference), else open but on
// phones. Shared by the strip and the room App keeps for it before the strip's code is in (the
// first frame is fitted to the canvas' final size: the strip's height comes from CSS, not from
// what it holds). deploy/boot.ts makes the same choice for index.html's static frame.
import { PHONE_QUERY, useMediaQuery } from "../../lib/useMediaQuery";
import { useStore } from "../../state/store";

export function useLegendOpen(): boolean {
  const chosen = useStore((s) => s.prefs.legendOpen);
  const phone = useMediaQuery(PHONE_QUERY);
  return chosen ?? !phone;
}

/** The legend strip's room, empty: its frame while its code loads (same classes, same height). */
export function LegendRoom() {
  const open = useLegendOpen();
  return <div className={`legend-strip${open ? " is-open" : ""}`} />;
}

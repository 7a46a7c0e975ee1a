// A draggable, keyboard-operable divider that sets a side panel's width (a preference).
import { useRef } from "react";
import { PANEL_WIDTHS } from "../../state/preferences";
import { useStore } from "../../state/store";

const STEP = 24;

export function Splitter({ side }: { side: "left" | "right" }) {
  const width = useStore((s) => (side === "left" ? s.prefs.leftWidth : s.prefs.rightWidth));
  const setWidth = useStore((s) => s.setPanelWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  // Dragging right widens the left panel and narrows the right one.
  const sign = side === "left" ? 1 : -1;

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={side === "left" ? "Resize the search and filters panel" : "Resize the details panel"}
      aria-valuemin={PANEL_WIDTHS.min}
      aria-valuemax={PANEL_WIDTHS.max}
      aria-valuenow={width}
      tabIndex={0}
      className={`splitter splitter-${side}`}
      onKeyDown={(e) => {
        if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
          e.preventDefault();
          setWidth(side, width + (e.key === "ArrowRight" ? STEP : -STEP) * sign);
        }
      }}
      onPointerDown={(e) => {
        drag.current = { x: e.clientX, width };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (drag.current) setWidth(side, drag.current.width + (e.clientX - drag.current.x) * sign);
      }}
      onPointerUp={() => {
        drag.current = null;
      }}
    />
  );
}

// Over the embedded graph until the reader clicks or taps into it: the host page's scroll and
// pinch pass through untouched (cytoscape would take the wheel for zoom and, with its
// `touch-action: none`, every swipe). The click that activates is passed on to what lies under it,
// so one tap on an actor both activates and selects it. Leaving the frame (focus goes back to the
// page), Escape or "Done" puts the guard back.
import { useEffect, useRef, useState } from "react";
import { useStore } from "../../state/store";

/** Replays a click at a point as the canvas (or a zoom button) under it would have received it. */
function forwardClick(x: number, y: number) {
  const target = document.elementFromPoint(x, y);
  if (!target) return;
  const button = target.closest(".embed-canvas button");
  if (button instanceof HTMLButtonElement) {
    button.click();
    return;
  }
  if (!(target instanceof HTMLCanvasElement)) return;
  const init = { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, view: window };
  target.dispatchEvent(new MouseEvent("mousedown", { ...init, buttons: 1 }));
  target.dispatchEvent(new MouseEvent("mouseup", init));
}

export function ActivationGuard() {
  const [active, setActive] = useState(false);
  const pending = useRef<{ x: number; y: number } | null>(null);
  const guard = useRef<HTMLButtonElement>(null);
  const wasActive = useRef(false);

  useEffect(() => {
    if (!active) {
      // Back to the guard from inside the frame (Escape, Done): keep the keyboard where it was.
      if (wasActive.current && document.hasFocus()) guard.current?.focus({ preventScroll: true });
      wasActive.current = false;
      return;
    }
    wasActive.current = true;
    const point = pending.current;
    pending.current = null;
    if (point) forwardClick(point.x, point.y);
    const off = () => setActive(false);
    const onKey = (e: KeyboardEvent) => {
      // An Escape the story player took (it left the story) is not undone twice.
      if (e.key === "Escape" && !e.defaultPrevented && !useStore.getState().escape()) setActive(false);
    };
    window.addEventListener("blur", off);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("blur", off);
      window.removeEventListener("keydown", onKey);
    };
  }, [active]);

  if (active) {
    return (
      <button type="button" className="embed-done" onClick={() => setActive(false)}>
        Done <span className="visually-hidden">exploring: let the page scroll again</span>
      </button>
    );
  }
  return (
    <button
      ref={guard}
      type="button"
      className="embed-guard"
      data-testid="embed-guard"
      onClick={(e) => {
        // A pointer click is replayed on the graph; Enter or Space (detail 0) only activates.
        pending.current = e.detail > 0 ? { x: e.clientX, y: e.clientY } : null;
        setActive(true);
      }}
    >
      <span className="embed-guard-hint">Click or tap to explore</span>
      <span className="visually-hidden">: zoom, pan and select in the graph</span>
    </button>
  );
}

// While a layout is computed: what is happening, for how long, and a way to stop it. Nodes keep
// their positions when it is cancelled.
import { useEffect, useState } from "react";
import { useStore } from "../../state/store";
import { LAYOUT_LABELS } from "../../visuals/vocabulary";

export function LayoutProgress() {
  const task = useStore((s) => s.layoutTask);
  const cancel = useStore((s) => s.cancelLayout);
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!task) return;
    const timer = window.setInterval(() => setNow(performance.now()), 500);
    return () => window.clearInterval(timer);
  }, [task]);
  if (!task) return null;
  const seconds = Math.max(0, Math.floor((now - task.startedAt) / 1000));
  const what =
    task.phase === "loading"
      ? `Loading the ${LAYOUT_LABELS[task.layout].toLowerCase()} layout…`
      : `${LAYOUT_LABELS[task.layout]} layout of ${task.nodes.toLocaleString("en")} actors${
          task.offThread ? " (in the background)" : ""
        }…`;
  return (
    <div className="layout-progress">
      <progress aria-label="Layout in progress" />
      <span>
        {what} {seconds > 0 && `${seconds} s`}
      </span>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}

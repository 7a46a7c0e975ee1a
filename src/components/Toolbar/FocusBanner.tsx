import { FOCUS_DEPTHS, type FocusDepth } from "../../domain/view";
import { focusedEntity } from "../../state/selectors";
import { useStore } from "../../state/store";

/** While focused: whose neighbourhood is shown, to which depth, and how to leave. */
export function FocusBanner() {
  const focus = useStore((s) => s.view.focus);
  const name = useStore((s) => focusedEntity(s)?.name);
  const setFocus = useStore((s) => s.setFocus);
  if (!focus) return null;
  return (
    <div className="focus-banner">
      <span>
        Showing only <strong>{name}</strong> and its neighbours to depth
      </span>
      <span className="segmented" role="group" aria-label="Focus depth">
        {FOCUS_DEPTHS.map((d) => (
          <button
            key={d}
            type="button"
            aria-pressed={focus.depth === d}
            onClick={() => setFocus(focus.id, d as FocusDepth)}
          >
            {d}
          </button>
        ))}
      </span>
      <button type="button" onClick={() => setFocus(null)}>
        Leave focus <kbd>Esc</kbd>
      </button>
    </div>
  );
}

// Above the canvas: graph or list, the timeline, the layout, and "re-run on what is visible".
import { LAYOUT_NAMES, type LayoutName } from "../../domain/view";
import { useStore } from "../../state/store";
import { LAYOUT_LABELS } from "../../visuals/vocabulary";
import { LayoutProgress } from "./LayoutProgress";

export function ViewToolbar() {
  const panel = useStore((s) => s.prefs.panel);
  const setPanel = useStore((s) => s.setPanel);
  const layout = useStore((s) => s.view.layout);
  const setLayout = useStore((s) => s.setLayout);
  const rerun = useStore((s) => s.rerunLayout);
  const timelineOpen = useStore((s) => s.prefs.timelineOpen);
  const setTimelineOpen = useStore((s) => s.setTimelineOpen);
  return (
    <div className="view-toolbar">
      <div className="segmented" role="group" aria-label="Show as">
        <button type="button" aria-pressed={panel === "graph"} onClick={() => setPanel("graph")}>
          Graph
        </button>
        <button type="button" aria-pressed={panel === "list"} onClick={() => setPanel("list")}>
          List
        </button>
      </div>
      <button
        type="button"
        className="toggle"
        aria-pressed={timelineOpen}
        aria-controls={timelineOpen ? "timeline" : undefined}
        onClick={() => setTimelineOpen(!timelineOpen)}
      >
        Timeline
      </button>
      {panel === "graph" && (
        <>
          <label className="inline-field">
            <span>Layout</span>
            <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
              {LAYOUT_NAMES.map((name) => (
                <option key={name} value={name}>
                  {LAYOUT_LABELS[name]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={rerun} title="Lay out again what is visible now">
            Re-run layout on what is visible
          </button>
          <LayoutProgress />
        </>
      )}
    </div>
  );
}

// TimelinePanel (under the graph, loaded on first use)
//   ├─ two clocks: "When it happened" (HappenedAxis) and "As reported" (ReportedClock)
//   ├─ HappenedAxis   dated links on a time axis, grouped by family of link; undated ones counted;
//   │                 drag across it, or move the two range thumbs, to filter the graph by time
//   └─ ReportedClock  each article's publication, what it reported first and how sure it was;
//                     "Play" steps the graph through the network as the public learned it
import { useState } from "react";
import { HappenedAxis } from "./HappenedAxis";
import { ReportedClock } from "./ReportedClock";
import "./timeline.css";

type Clock = "happened" | "reported";

export function TimelinePanel() {
  const [clock, setClock] = useState<Clock>("happened");
  return (
    <section className="timeline" id="timeline" aria-label="Timeline">
      <div className="timeline-bar">
        <h2 className="timeline-title">Timeline</h2>
        <div className="segmented" role="group" aria-label="Which clock">
          <button type="button" aria-pressed={clock === "happened"} onClick={() => setClock("happened")}>
            When it happened
          </button>
          <button type="button" aria-pressed={clock === "reported"} onClick={() => setClock("reported")}>
            As reported
          </button>
        </div>
      </div>
      {clock === "happened" ? <HappenedAxis /> : <ReportedClock />}
    </section>
  );
}

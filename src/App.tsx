// App
//   ├─ Header         dataset title, counts, actions (open, export, shortcuts)
//   ├─ LoadingStatus / Notices / LoadProblems   a dataset being opened / why it could not be
//   ├─ left panel     SearchBox, FiltersPanel, PathFinder   (Splitters set the side panels' widths)
//   ├─ centre         ViewToolbar, FocusBanner, GraphCanvas (in GraphErrorBoundary) or ListView,
//   │                 TimelinePanel (dated links on a time axis; the two clocks), LegendStrip
//   │                 (every shape, colour and line style in use)
//   ├─ SidePanel      (right) tabs: Details (the selection and its excerpts), Article (the reader),
//   │                 Compare (where the sources differ), About
//   ├─ ShortcutsDialog (?) and the one Announcer (role=status)
//   └─ DropOverlay    files dragged over the window open as a dataset
import { lazy, Suspense, useRef } from "react";
import { GraphErrorBoundary } from "./components/GraphErrorBoundary";
import { Header } from "./components/Header/Header";
import { Splitter } from "./components/Layout/Splitter";
import { LoadProblems } from "./components/LoadProblems";
import { DropOverlay } from "./components/OpenDataset/DropOverlay";
import { LoadingStatus } from "./components/OpenDataset/LoadingStatus";
import { SearchBox } from "./components/Search/SearchBox";
import { useKeyboard } from "./components/Shortcuts/useKeyboard";
import { SidePanel } from "./components/SidePanel/SidePanel";
import { Announcer } from "./components/Status/Announcer";
import { Notices } from "./components/Status/Notices";
import { FocusBanner } from "./components/Toolbar/FocusBanner";
import { ViewToolbar } from "./components/Toolbar/ViewToolbar";
import { GraphCanvas } from "./graph/GraphCanvas";
import { useAfterFirstFrame } from "./lib/afterFirstFrame";
import { useStore } from "./state/store";

// Rarely opened views load on first use, and the left panel's filters, paths and legend just after
// the graph's first frame: all of them stay out of the first download (README, Performance).
const FiltersPanel = lazy(() =>
  import("./components/Filters/FiltersPanel").then((m) => ({ default: m.FiltersPanel })),
);
const LegendStrip = lazy(() =>
  import("./components/Legend/LegendStrip").then((m) => ({ default: m.LegendStrip })),
);
const ListView = lazy(() => import("./components/ListView/ListView").then((m) => ({ default: m.ListView })));
const PathFinder = lazy(() =>
  import("./components/Paths/PathFinder").then((m) => ({ default: m.PathFinder })),
);
const TimelinePanel = lazy(() =>
  import("./components/Timeline/TimelinePanel").then((m) => ({ default: m.TimelinePanel })),
);
const ShortcutsDialog = lazy(() =>
  import("./components/Shortcuts/ShortcutsDialog").then((m) => ({ default: m.ShortcutsDialog })),
);

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  const panel = useStore((s) => s.prefs.panel);
  const timelineOpen = useStore((s) => s.prefs.timelineOpen);
  const shortcutsOpen = useStore((s) => s.shortcutsOpen);
  const leftWidth = useStore((s) => s.prefs.leftWidth);
  const rightWidth = useStore((s) => s.prefs.rightWidth);
  // Filters, paths and legend render just after the graph's first frame (the graph comes first).
  const panelsReady = useAfterFirstFrame();
  useKeyboard(searchRef);
  return (
    <div className="app">
      <Header />
      <LoadingStatus />
      <LoadProblems />
      <Notices />
      <main
        className="workspace"
        style={{ gridTemplateColumns: `${leftWidth}px auto minmax(0, 1fr) auto ${rightWidth}px` }}
      >
        <aside className="panel side-panel" aria-label="Search and filters">
          <SearchBox inputRef={searchRef} />
          {panelsReady && (
            <Suspense fallback={<p className="muted">Loading filters…</p>}>
              <FiltersPanel />
              <PathFinder />
            </Suspense>
          )}
        </aside>
        <Splitter side="left" />
        <section className="graph-area" aria-label="Network">
          <ViewToolbar />
          <FocusBanner />
          <div className="view-body">
            {/* The canvas stays laid out under the list, so switching back keeps size and positions. */}
            <div
              className="graph-layer"
              inert={panel !== "graph"}
              aria-hidden={panel !== "graph" || undefined}
            >
              <GraphErrorBoundary>
                <GraphCanvas />
              </GraphErrorBoundary>
            </div>
            {panel === "list" && (
              <Suspense fallback={<p className="muted">Loading the list…</p>}>
                <ListView />
              </Suspense>
            )}
          </div>
          {timelineOpen && (
            <Suspense fallback={<p className="muted timeline-loading">Loading the timeline…</p>}>
              <TimelinePanel />
            </Suspense>
          )}
          {panel === "graph" && panelsReady && (
            <Suspense fallback={null}>
              <LegendStrip />
            </Suspense>
          )}
        </section>
        <Splitter side="right" />
        <SidePanel />
      </main>
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog />
        </Suspense>
      )}
      <Announcer />
      <DropOverlay />
    </div>
  );
}

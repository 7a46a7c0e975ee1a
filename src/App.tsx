// App
//   ├─ Header         dataset title, counts, actions (open, export, shortcuts)
//   ├─ LoadingStatus / Notices / LoadProblems   a dataset being opened / why it could not be
//   ├─ left panel     SearchBox, FiltersPanel, PathFinder   (Splitters set the side panels' widths)
//   ├─ centre         ViewToolbar, FocusBanner, GraphCanvas (in GraphErrorBoundary) or ListView,
//   │                 LegendStrip (every shape, colour and line style in use)
//   ├─ SidePanel      (right) tabs: Details (the selection and its excerpts), Article (the reader),
//   │                 Compare (where the sources differ), About
//   ├─ ShortcutsDialog (?) and the one Announcer (role=status)
//   └─ DropOverlay    files dragged over the window open as a dataset
import { useRef } from "react";
import { FiltersPanel } from "./components/Filters/FiltersPanel";
import { GraphErrorBoundary } from "./components/GraphErrorBoundary";
import { Header } from "./components/Header/Header";
import { Splitter } from "./components/Layout/Splitter";
import { LegendStrip } from "./components/Legend/LegendStrip";
import { ListView } from "./components/ListView/ListView";
import { LoadProblems } from "./components/LoadProblems";
import { DropOverlay } from "./components/OpenDataset/DropOverlay";
import { LoadingStatus } from "./components/OpenDataset/LoadingStatus";
import { PathFinder } from "./components/Paths/PathFinder";
import { SearchBox } from "./components/Search/SearchBox";
import { ShortcutsDialog } from "./components/Shortcuts/ShortcutsDialog";
import { useKeyboard } from "./components/Shortcuts/useKeyboard";
import { SidePanel } from "./components/SidePanel/SidePanel";
import { Announcer } from "./components/Status/Announcer";
import { Notices } from "./components/Status/Notices";
import { FocusBanner } from "./components/Toolbar/FocusBanner";
import { ViewToolbar } from "./components/Toolbar/ViewToolbar";
import { GraphCanvas } from "./graph/GraphCanvas";
import { useStore } from "./state/store";

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  const panel = useStore((s) => s.panel);
  const leftWidth = useStore((s) => s.leftWidth);
  const rightWidth = useStore((s) => s.rightWidth);
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
          <FiltersPanel />
          <PathFinder />
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
            {panel === "list" && <ListView />}
          </div>
          {panel === "graph" && <LegendStrip />}
        </section>
        <Splitter side="right" />
        <SidePanel />
      </main>
      <ShortcutsDialog />
      <Announcer />
      <DropOverlay />
    </div>
  );
}

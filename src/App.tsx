// App
//   ├─ Header         dataset title, counts, actions (open, export, shortcuts)
//   ├─ LoadingStatus / Notices / LoadProblems   a dataset being opened / why it could not be
//   ├─ left panel     SearchBox, FiltersPanel, PathFinder, Legend
//   ├─ centre         ViewToolbar, FocusBanner, GraphCanvas (in GraphErrorBoundary) or ListView
//   ├─ SidePanel      (right) tabs: Details (the selection and its excerpts), Article (the reader),
//   │                 Compare (where the sources differ), About
//   ├─ ShortcutsDialog (?) and the one Announcer (role=status)
//   └─ DropOverlay    files dragged over the window open as a dataset
import { lazy, Suspense, useRef } from "react";
import { FiltersPanel } from "./components/Filters/FiltersPanel";
import { GraphErrorBoundary } from "./components/GraphErrorBoundary";
import { Header } from "./components/Header/Header";
import { Legend } from "./components/Legend/Legend";
import { LoadProblems } from "./components/LoadProblems";
import { DropOverlay } from "./components/OpenDataset/DropOverlay";
import { LoadingStatus } from "./components/OpenDataset/LoadingStatus";
import { PathFinder } from "./components/Paths/PathFinder";
import { SearchBox } from "./components/Search/SearchBox";
import { useKeyboard } from "./components/Shortcuts/useKeyboard";
import { SidePanel } from "./components/SidePanel/SidePanel";
import { Announcer } from "./components/Status/Announcer";
import { Notices } from "./components/Status/Notices";
import { FocusBanner } from "./components/Toolbar/FocusBanner";
import { ViewToolbar } from "./components/Toolbar/ViewToolbar";
import { GraphCanvas } from "./graph/GraphCanvas";
import { useStore } from "./state/store";

// Rarely opened views load on first use, to keep them out of the first download.
const ListView = lazy(() => import("./components/ListView/ListView").then((m) => ({ default: m.ListView })));
const ShortcutsDialog = lazy(() =>
  import("./components/Shortcuts/ShortcutsDialog").then((m) => ({ default: m.ShortcutsDialog })),
);

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  const panel = useStore((s) => s.panel);
  const shortcutsOpen = useStore((s) => s.shortcutsOpen);
  useKeyboard(searchRef);
  return (
    <div className="app">
      <Header />
      <LoadingStatus />
      <LoadProblems />
      <Notices />
      <main className="workspace">
        <aside className="panel side-panel" aria-label="Search and filters">
          <SearchBox inputRef={searchRef} />
          <FiltersPanel />
          <PathFinder />
          <Legend />
        </aside>
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
        </section>
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

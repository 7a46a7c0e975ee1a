// App
//   ├─ Header        dataset title and counts, "Open dataset…"
//   ├─ LoadingStatus / LoadProblems   a dataset being opened / why it could not be
//   ├─ Legend        (left)   every shape, colour and line style in use
//   ├─ GraphCanvas   (centre) the cytoscape instance, zoom controls
//   ├─ DetailsPanel  (right)  the selected entity or relation, with its excerpts
//   └─ DropOverlay   files dragged over the window open as a dataset
import { DetailsPanel } from "./components/Details/DetailsPanel";
import { GraphErrorBoundary } from "./components/GraphErrorBoundary";
import { Header } from "./components/Header/Header";
import { Legend } from "./components/Legend/Legend";
import { LoadProblems } from "./components/LoadProblems";
import { DropOverlay } from "./components/OpenDataset/DropOverlay";
import { LoadingStatus } from "./components/OpenDataset/LoadingStatus";
import { GraphCanvas } from "./graph/GraphCanvas";

export function App() {
  return (
    <div className="app">
      <Header />
      <LoadingStatus />
      <LoadProblems />
      <main className="workspace">
        <aside className="panel side-panel" aria-label="Legend">
          <Legend />
        </aside>
        <section className="graph-area" aria-label="Network graph">
          <GraphErrorBoundary>
            <GraphCanvas />
          </GraphErrorBoundary>
        </section>
        <DetailsPanel />
      </main>
      <DropOverlay />
    </div>
  );
}

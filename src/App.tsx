// App
//   ├─ Header        dataset title and counts
//   ├─ Legend        (left)   every shape, colour and line style in use
//   ├─ GraphCanvas   (centre) the cytoscape instance, zoom controls
//   └─ DetailsPanel  (right)  the selected entity or relation, with its excerpts
import { DetailsPanel } from "./components/Details/DetailsPanel";
import { Header } from "./components/Header/Header";
import { Legend } from "./components/Legend/Legend";
import { LoadProblems } from "./components/LoadProblems";
import { GraphCanvas } from "./graph/GraphCanvas";

export function App() {
  return (
    <div className="app">
      <Header />
      <LoadProblems />
      <main className="workspace">
        <aside className="panel side-panel" aria-label="Legend">
          <Legend />
        </aside>
        <section className="graph-area" aria-label="Network graph">
          <GraphCanvas />
        </section>
        <DetailsPanel />
      </main>
    </div>
  );
}

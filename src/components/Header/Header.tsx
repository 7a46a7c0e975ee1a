import { count } from "../../lib/plural";
import { useStore } from "../../state/store";
import { ExportButton } from "../Export/ExportButton";
import { OpenDatasetButton } from "../OpenDataset/OpenDatasetButton";

export function Header() {
  const dataset = useStore((s) => s.dataset);
  const setShortcutsOpen = useStore((s) => s.setShortcutsOpen);
  return (
    <header className="app-header">
      <h1>
        <span className="brand">Throughline</span>
        {dataset && <span className="dataset-title">{dataset.title}</span>}
      </h1>
      {/* Header actions: one button per feature that opens a dialog or panel (open, export, …). */}
      <div className="header-actions">
        <OpenDatasetButton />
        <ExportButton />
        <button
          type="button"
          className="header-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => setShortcutsOpen(true)}
        >
          ?
        </button>
      </div>
      {dataset && (
        <p className="dataset-counts">
          {count(dataset.entities.length, "actor")} · {count(dataset.relations.length, "link")} ·{" "}
          {count(dataset.articles.length, "article")}
        </p>
      )}
    </header>
  );
}

import { useStore } from "../../state/store";
import { ExportButton } from "../Export/ExportButton";
import { OpenDatasetButton } from "../OpenDataset/OpenDatasetButton";
import { StoryButton } from "../Story/StoryButton";

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
        <StoryButton />
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
          {dataset.entities.length} actors · {dataset.relations.length} links · {dataset.articles.length}{" "}
          articles
        </p>
      )}
    </header>
  );
}

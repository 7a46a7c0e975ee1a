import { lazy, Suspense, useState } from "react";
import { count } from "../../lib/plural";
import { COMPACT_QUERY, useMediaQuery } from "../../lib/useMediaQuery";
import { useStore } from "../../state/store";
import { ExportButton } from "../Export/ExportButton";
import { OpenDatasetButton } from "../OpenDataset/OpenDatasetButton";
import { StoryButton } from "../Story/StoryButton";
import { EditSwitch } from "./EditSwitch";
import { ThemeToggle } from "./ThemeToggle";

const MenuButton = lazy(() => import("../Layout/Compact").then((m) => ({ default: m.MenuButton })));

export function Header() {
  const dataset = useStore((s) => s.dataset);
  const setShortcutsOpen = useStore((s) => s.setShortcutsOpen);
  // On phones and tablets the actions fold into a menu (its button loads with the compact layout).
  const compact = useMediaQuery(COMPACT_QUERY);
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className="app-header">
      <h1>
        <span className="brand">Throughline</span>
        {dataset && <span className="dataset-title">{dataset.title}</span>}
      </h1>
      {/* The Edit switch stays in sight at every width: it is the one action that changes what the
          whole app does, so it is not folded into the phone and tablet menu with the others. */}
      <EditSwitch />
      {compact && (
        <Suspense fallback={null}>
          <MenuButton open={menuOpen} setOpen={setMenuOpen} />
        </Suspense>
      )}
      {/* Header actions: one button per feature that opens a dialog or panel (open, export, …). */}
      <div id="header-actions" className={`header-actions${menuOpen ? " is-open" : ""}`}>
        <StoryButton />
        <OpenDatasetButton />
        <ExportButton />
        <ThemeToggle />
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

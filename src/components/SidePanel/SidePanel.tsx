// SidePanel (right): tabs for Details, the Article reader, the source Comparison and About.
import { type SidePanel as Tab, useStore } from "../../state/store";
import { AboutPanel } from "../About/AboutPanel";
import { ComparisonView } from "../Compare/ComparisonView";
import { DetailsPanel } from "../Details/DetailsPanel";
import { Reader } from "../Reader/Reader";

const TABS: { id: Tab; label: string }[] = [
  { id: "details", label: "Details" },
  { id: "reader", label: "Article" },
  { id: "compare", label: "Compare" },
  { id: "about", label: "About" },
];

export function SidePanel() {
  const tab = useStore((s) => s.sidePanel);
  const setTab = useStore((s) => s.setSidePanel);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const at = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(at + (e.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length];
    if (next) {
      setTab(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  };
  return (
    <aside className={`panel side-panel-right is-${tab}`} aria-label="Details">
      <div className="tabs" role="tablist" aria-label="Panel" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls="side-tabpanel"
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id="side-tabpanel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === "details" && <DetailsPanel />}
        {tab === "reader" && <Reader />}
        {tab === "compare" && <ComparisonView />}
        {tab === "about" && <AboutPanel />}
      </div>
    </aside>
  );
}

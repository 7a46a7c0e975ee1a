// SidePanel (right): tabs for Details, the Article reader, the source Comparison and About.
// Details is what a click shows, so it ships with the app; the other tabs load on first use.
import { lazy, type ReactNode, Suspense } from "react";
import { type SidePanel as Tab, useStore } from "../../state/store";
import { DetailsPanel } from "../Details/DetailsPanel";

const Reader = lazy(() => import("../Reader/Reader").then((m) => ({ default: m.Reader })));
const ComparisonView = lazy(() =>
  import("../Compare/ComparisonView").then((m) => ({ default: m.ComparisonView })),
);
const AboutPanel = lazy(() => import("../About/AboutPanel").then((m) => ({ default: m.AboutPanel })));

const TABS: { id: Tab; label: string }[] = [
  { id: "details", label: "Details" },
  { id: "reader", label: "Article" },
  { id: "compare", label: "Compare" },
  { id: "about", label: "About" },
];

/** `sheet` and `grip`: its place and handle as a sheet on phones and tablets (Layout/Compact.tsx). */
export function SidePanel({
  sheet,
  grip,
}: {
  sheet?: { className: string; tabIndex?: number; id?: string };
  grip?: ReactNode;
}) {
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
    <aside
      {...sheet}
      className={`panel side-panel-right is-${tab}${sheet?.className ?? ""}`}
      aria-label="Details"
    >
      {grip}
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
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {tab === "reader" && <Reader />}
          {tab === "compare" && <ComparisonView />}
          {tab === "about" && <AboutPanel />}
        </Suspense>
      </div>
    </aside>
  );
}

// EmbedApp (`?embed=1`): the graph and its excerpts for a story page, without the app's chrome.
//   ├─ bar          dataset title, Story (when the address named one: play it again after
//   │               leaving), "Open in Throughline ↗" (the same view or step, full app, new tab)
//   ├─ graph        FocusBanner, GraphCanvas, and the ActivationGuard over it until the reader
//   │               clicks or taps: until then the page's scroll and pinch pass through;
//   │               StoryLayer over both while a story plays (`?embed=1&story=<id>&step=<n>`)
//   ├─ panel        tabs: Details (the selection's excerpts) · Article (the reader) · Legend
//   └─ credits      the source articles
// Wide iframes put graph and panel side by side; below 500 px they stack (embed.css). The embed
// keeps every guarantee of the app: same CSP, same origin, dataset text rendered as text only.
import { lazy, Suspense, useEffect, useState } from "react";
import { EMBED_PARAMS, parseEmbedParams } from "../../domain/embed";
import { GraphCanvas } from "../../graph/GraphCanvas";
import { formatDate } from "../../lib/dates";
import { startEmbedBridge } from "../../state/embedBridge";
import { useStore } from "../../state/store";
import type { AppState } from "../../state/types";
import { storyFromQuery, urlFor } from "../../state/urlSync";
import { DetailsPanel } from "../Details/DetailsPanel";
import { GraphErrorBoundary } from "../GraphErrorBoundary";
import { LoadProblems } from "../LoadProblems";
import { LoadingStatus } from "../OpenDataset/LoadingStatus";
import { Announcer } from "../Status/Announcer";
import { StoryButton } from "../Story/StoryButton";
import { AsOfBanner } from "../Toolbar/AsOfBanner";
import { FocusBanner } from "../Toolbar/FocusBanner";
import { ActivationGuard } from "./ActivationGuard";
import "./embed.css";

const Reader = lazy(() => import("../Reader/Reader").then((m) => ({ default: m.Reader })));
const Legend = lazy(() => import("../Legend/Legend").then((m) => ({ default: m.Legend })));
const StoryLayer = lazy(() => import("../Story/StoryLayer").then((m) => ({ default: m.StoryLayer })));

/**
 * Called once the dataset and the address' view are in the store: starts the postMessage API
 * (README, "Embedding"). `reset` returns to the view the embed's address showed.
 */
export function startEmbed(): () => void {
  const { host } = parseEmbedParams(window.location.search);
  const start = () => {
    const initial = useStore.getState().view;
    return startEmbedBridge({ host, initialView: () => initial });
  };
  if (useStore.getState().dataset) return start();
  let stop: (() => void) | null = null;
  const unsubscribe = useStore.subscribe((s) => {
    if (s.dataset && !stop) {
      unsubscribe();
      stop = start();
    }
  });
  return () => {
    unsubscribe();
    stop?.();
  };
}

/** The same view (or story step) in the full app: this address without the embed's parameters. */
function fullAppUrl(state: AppState): string {
  const url = new URL(urlFor(state.view, window.location, state.playing), window.location.href);
  for (const p of EMBED_PARAMS) url.searchParams.delete(p);
  return url.href;
}

type Tab = "details" | "reader" | "legend";
const TABS: { id: Tab; label: string }[] = [
  { id: "details", label: "Details" },
  { id: "reader", label: "Article" },
  { id: "legend", label: "Legend" },
];

export default function EmbedApp() {
  const dataset = useStore((s) => s.dataset);
  const sidePanel = useStore((s) => s.sidePanel);
  const setSidePanel = useStore((s) => s.setSidePanel);
  const playing = useStore((s) => s.playing !== null);
  // An embed whose address names a story offers it again once the reader has left it.
  const [namedStory] = useState(() => storyFromQuery(window.location.search) !== null);
  const [legend, setLegend] = useState(false);
  const tab: Tab = legend ? "legend" : sidePanel === "reader" ? "reader" : "details";
  // The full-app link follows the view (its address is rewritten at most every 250 ms anyway).
  const [href, setHref] = useState(() => fullAppUrl(useStore.getState()));
  useEffect(() => useStore.subscribe((s) => setHref(fullAppUrl(s))), []);
  // A new selection brings its details forward, even from the legend.
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        if (s.view.selection !== prev.view.selection && s.view.selection) setLegend(false);
      }),
    [],
  );
  const choose = (t: Tab) => {
    setLegend(t === "legend");
    if (t !== "legend") setSidePanel(t);
  };

  return (
    <div className="embed">
      <header className="embed-bar">
        <p className="embed-title">{dataset?.title ?? "Throughline"}</p>
        {namedStory && !playing && <StoryButton />}
        <a className="embed-open" href={href} target="_blank" rel="noopener">
          Open in Throughline <span aria-hidden="true">↗</span>
        </a>
      </header>
      <LoadingStatus />
      <LoadProblems />
      <main className="embed-body">
        <section className="embed-graph" aria-label="Network">
          <FocusBanner />
          <AsOfBanner />
          <div className="embed-canvas">
            <GraphErrorBoundary>
              <GraphCanvas />
            </GraphErrorBoundary>
            <ActivationGuard />
            {playing && (
              <Suspense fallback={null}>
                <StoryLayer invite={false} escapeKey />
              </Suspense>
            )}
          </div>
        </section>
        <aside className="embed-panel" aria-label="Excerpts">
          <div className="tabs embed-tabs" role="tablist" aria-label="Panel">
            {TABS.map((t) => (
              <button
                key={t.id}
                id={`embed-tab-${t.id}`}
                type="button"
                role="tab"
                aria-selected={tab === t.id}
                aria-controls="embed-tabpanel"
                onClick={() => choose(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div
            id="embed-tabpanel"
            role="tabpanel"
            aria-labelledby={`embed-tab-${tab}`}
            className="embed-tabpanel"
          >
            {tab === "details" && <DetailsPanel />}
            <Suspense fallback={<p className="muted">Loading…</p>}>
              {tab === "reader" && <Reader />}
              {tab === "legend" && <Legend />}
            </Suspense>
          </div>
        </aside>
      </main>
      {dataset && (
        <footer className="embed-credits">
          <span>{dataset.articles.length === 1 ? "Source:" : "Sources:"}</span>{" "}
          {dataset.articles.map((a, i) => (
            <span key={a.id}>
              {i > 0 && "; "}
              {a.publisher}, <time dateTime={a.published}>{formatDate(a.published)}</time>
            </span>
          ))}
          . Every link quotes them word for word.
        </footer>
      )}
      <Announcer />
    </div>
  );
}

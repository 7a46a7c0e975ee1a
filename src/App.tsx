// App
//   ├─ SkipLinks      to the canvas and to the list, the first stops of Tab
//   ├─ Header         dataset title, counts, actions (open, edit, export, shortcuts)
//   ├─ EditMode       (edit mode only, loaded on demand) undo/redo, changes, save, new dataset
//   ├─ LoadingStatus / Notices / LoadProblems   a dataset being opened / why it could not be
//   ├─ left panel     SearchBox, FiltersPanel, PathFinder   (Splitters set the side panels' widths)
//   ├─ centre         ViewToolbar, FocusBanner, AsOfBanner, GraphCanvas (in GraphErrorBoundary) or ListView,
//   │                 StoryLayer (the story being played, or "Start here"), TimelinePanel (dated
//   │                 links on a time axis; the two clocks), LegendStrip (every shape, colour and
//   │                 line style in use)
//   ├─ SidePanel      (right) tabs: Details (the selection and its excerpts), Article (the reader),
//   │                 Compare (where the sources differ), About
//   ├─ ShortcutsDialog (?) and the one Announcer (role=status)
//   ├─ DropOverlay    files dragged over the window open as a dataset
//   └─ CompactBar     phones and tablets only: the side panels become sheets over the graph, and a
//                     bottom bar reaches Graph, List, Filters, Details, Article and Export
import { lazy, Suspense, useEffect, useRef } from "react";
import { GraphErrorBoundary } from "./components/GraphErrorBoundary";
import { Header } from "./components/Header/Header";
import { SkipLinks } from "./components/Layout/SkipLinks";
import { Splitter } from "./components/Layout/Splitter";
import { sheetProps, useSheets } from "./components/Layout/sheets";
import { LegendRoom } from "./components/Legend/legendOpen";
import { useKeyboard } from "./components/Shortcuts/useKeyboard";
import { AsOfBanner } from "./components/Toolbar/AsOfBanner";
import { FocusBanner } from "./components/Toolbar/FocusBanner";
import { ViewToolbar } from "./components/Toolbar/ViewToolbar";
import { GraphCanvas } from "./graph/GraphCanvas";
import { useAfterFirstFrame } from "./lib/afterFirstFrame";
import { COMPACT_QUERY, useMediaQuery } from "./lib/useMediaQuery";
import { useStore } from "./state/store";

// The first download is what the graph's first frame needs: the header, the canvas and its toolbar.
// Everything else loads just after that frame (search, the side panel, the story layer, the live
// region, drag and drop), when there is something to show (a load under way, its problems, a
// notice), or on first use (the list, the timeline, dialogs): docs/performance.md. Placeholders
// keep the room of what is still loading, so nothing moves when it arrives.
const SearchBox = lazy(() => import("./components/Search/SearchBox").then((m) => ({ default: m.SearchBox })));
const SidePanel = lazy(() =>
  import("./components/SidePanel/SidePanel").then((m) => ({ default: m.SidePanel })),
);
const StoryLayer = lazy(() =>
  import("./components/Story/StoryLayer").then((m) => ({ default: m.StoryLayer })),
);
const Announcer = lazy(() => import("./components/Status/Announcer").then((m) => ({ default: m.Announcer })));
const DropOverlay = lazy(() =>
  import("./components/OpenDataset/DropOverlay").then((m) => ({ default: m.DropOverlay })),
);
const LoadProblems = lazy(() =>
  import("./components/LoadProblems").then((m) => ({ default: m.LoadProblems })),
);
const LoadingStatus = lazy(() =>
  import("./components/OpenDataset/LoadingStatus").then((m) => ({ default: m.LoadingStatus })),
);
const Notices = lazy(() => import("./components/Status/Notices").then((m) => ({ default: m.Notices })));
const FiltersPanel = lazy(() =>
  import("./components/Filters/FiltersPanel").then((m) => ({ default: m.FiltersPanel })),
);
const LegendStrip = lazy(() =>
  import("./components/Legend/LegendStrip").then((m) => ({ default: m.LegendStrip })),
);
const ListView = lazy(() => import("./components/ListView/ListView").then((m) => ({ default: m.ListView })));
const PathFinder = lazy(() =>
  import("./components/Paths/PathFinder").then((m) => ({ default: m.PathFinder })),
);
const TimelinePanel = lazy(() =>
  import("./components/Timeline/TimelinePanel").then((m) => ({ default: m.TimelinePanel })),
);
// The bottom bar and the sheets' handles, on phones and tablets only.
const CompactBar = lazy(() => import("./components/Layout/Compact").then((m) => ({ default: m.CompactBar })));
const SheetGrip = lazy(() => import("./components/Layout/Compact").then((m) => ({ default: m.SheetGrip })));
// Edit mode: nothing of the editor loads before the header's Edit switch is turned on.
const EditMode = lazy(() => import("./components/Editor/EditMode"));
const DraftOffer = lazy(() => import("./components/Editor/DraftOffer"));
const ShortcutsDialog = lazy(() =>
  import("./components/Shortcuts/ShortcutsDialog").then((m) => ({ default: m.ShortcutsDialog })),
);

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  const panel = useStore((s) => s.prefs.panel);
  const timelineOpen = useStore((s) => s.prefs.timelineOpen);
  const shortcutsOpen = useStore((s) => s.shortcutsOpen);
  const leftWidth = useStore((s) => s.prefs.leftWidth);
  const rightWidth = useStore((s) => s.prefs.rightWidth);
  const sidePanel = useStore((s) => s.sidePanel);
  // Filters, paths and legend render just after the graph's first frame (the graph comes first).
  const panelsReady = useAfterFirstFrame();
  useKeyboard(searchRef);
  const compact = useMediaQuery(COMPACT_QUERY);
  const [sheets, setSheets] = useSheets(compact);
  const filtersSheet = sheetProps(compact, sheets, "filters");
  const sideSheet = sheetProps(compact, sheets, "side");
  // The side panel's frame while its code loads (SidePanel draws the same element).
  const sideShell = `panel side-panel-right is-${sidePanel}${sideSheet.className}`;
  const loading = useStore((s) => s.loading !== null);
  const hasProblems = useStore((s) => s.loadProblems.length > 0);
  const hasNotices = useStore((s) => s.notices.length > 0);
  const editing = useStore((s) => s.editing);
  const draftOffer = useStore((s) => s.draftOffer !== null);
  // Unsaved edits kept in this browser (state/draft.ts) are looked for once the graph is drawn.
  useEffect(() => {
    if (panelsReady) void import("./state/draft").then((m) => m.offerDraft());
  }, [panelsReady]);
  return (
    <div className={`app${compact ? " is-compact" : ""}`}>
      {/* In the first download: the first Tab of a page still loading must land on them. */}
      <SkipLinks onSkip={() => setSheets({ ...sheets, open: null })} />
      <Header />
      {draftOffer && (
        <Suspense fallback={null}>
          <DraftOffer />
        </Suspense>
      )}
      {editing && (
        <Suspense fallback={<p className="editor-loading">Loading the editor…</p>}>
          <EditMode />
        </Suspense>
      )}
      {loading && (
        <Suspense fallback={null}>
          <LoadingStatus />
        </Suspense>
      )}
      {hasProblems && (
        <Suspense fallback={null}>
          <LoadProblems />
        </Suspense>
      )}
      {hasNotices && (
        <Suspense fallback={null}>
          <Notices />
        </Suspense>
      )}
      <main
        className={`workspace${sidePanel === "reader" ? " is-reading" : ""}`}
        style={
          compact
            ? undefined
            : ({
                "--left-width": `${leftWidth}px`,
                "--right-width": `${rightWidth}px`,
              } as React.CSSProperties)
        }
      >
        <aside
          {...filtersSheet}
          className={`panel side-panel${filtersSheet.className}`}
          aria-label="Search and filters"
        >
          {compact && (
            <Suspense fallback={null}>
              <SheetGrip title="Search and filters" sheets={sheets} setSheets={setSheets} />
            </Suspense>
          )}
          {panelsReady ? (
            <Suspense fallback={<div className="search-box is-loading" />}>
              <SearchBox inputRef={searchRef} />
            </Suspense>
          ) : (
            <div className="search-box is-loading" />
          )}
          {panelsReady && (
            <Suspense fallback={<p className="muted">Loading filters…</p>}>
              <FiltersPanel />
              <PathFinder />
            </Suspense>
          )}
        </aside>
        <Splitter side="left" />
        <section className="graph-area" aria-label="Network">
          <ViewToolbar />
          <FocusBanner />
          <AsOfBanner />
          <div className="view-body" id="view-body" tabIndex={-1}>
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
            {panelsReady && (
              <Suspense fallback={null}>
                <StoryLayer />
              </Suspense>
            )}
          </div>
          {timelineOpen && (
            <Suspense fallback={<p className="muted timeline-loading">Loading the timeline…</p>}>
              <TimelinePanel />
            </Suspense>
          )}
          {/* The legend's room is kept from the first render (and index.html's frame), so the
              canvas has its final size when its first frame is fitted. */}
          {panel === "graph" &&
            (panelsReady ? (
              <Suspense fallback={<LegendRoom />}>
                <LegendStrip />
              </Suspense>
            ) : (
              <LegendRoom />
            ))}
        </section>
        <Splitter side="right" />
        {panelsReady ? (
          <Suspense fallback={<aside {...sideSheet} className={sideShell} aria-label="Details" />}>
            <SidePanel
              sheet={sideSheet}
              grip={
                compact && (
                  <Suspense fallback={null}>
                    <SheetGrip title="Details" sheets={sheets} setSheets={setSheets} />
                  </Suspense>
                )
              }
            />
          </Suspense>
        ) : (
          <aside {...sideSheet} className={sideShell} aria-label="Details" />
        )}
      </main>
      {compact && (
        <Suspense fallback={<div className="compact-bar" />}>
          <CompactBar sheets={sheets} setSheets={setSheets} />
        </Suspense>
      )}
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog />
        </Suspense>
      )}
      {panelsReady && (
        <Suspense fallback={null}>
          <Announcer />
          <DropOverlay />
        </Suspense>
      )}
    </div>
  );
}

// `npm run bench`: the app against bare cytoscape, measured in the same run, in headless Chromium.
//
// Builds the app (dist/) and the baseline page (tests/bench/baseline.html → bench-results/baseline/),
// writes the curated dataset's elements and seeded generated datasets (1k, 5k, 20k entities) to
// bench-results/data/, serves all three on loopback, and measures each figure BENCH_RUNS times
// (default 5), printing medians beside the baseline and writing bench-results/bench-<date>.json.
//
//   npm run bench                                # everything
//   npm run bench -- --sizes=curated,1000        # some sizes only
//   BENCH_RUNS=7 BENCH_PORT=4179 npm run bench   # more runs, another port
//   npm run bench -- --webgl --figures=load      # also the bare page with cytoscape's WebGL renderer
//   npm run bench -- --figures=search,text       # issue 20's figures only (no browser; see bounds.ts)
//   npm run bench -- --figures=limits            # issue 20: the longest main-thread task at the limits
//   npm run bench -- --figures=limits --limits=text,letters   # only the Article tab's datasets
//   npm run bench -- --sizes=curated,5000 --figures=time   # issue 18: brushing a time range
//   npm run bench -- --sizes=curated --figures=story   # story mode: its download, each step's time
//
// Not part of `npm test`: timings depend on the machine, so nothing here asserts on them.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { cpus, loadavg } from "node:os";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { readCurated } from "../../scripts/curated";
import { checkDataset } from "../../src/data/open/check";
import { FILE_LIMITS } from "../../src/data/open/limits";
import type { Dataset, LoadedDataset } from "../../src/data/types";
import { LAYOUT_NAMES } from "../../src/domain/view";
import { ANIMATE_MAX_NODES, runsOffThread } from "../../src/graph/layoutRunner";
import { toElements } from "../../src/graph/toElements";
import { CHROMIUM_PATH } from "../browser";
import { measureReadability, nothingMoving } from "../e2e/readability";
import { searchFigures, textDataset, textFigures, withLongExcerpts } from "./bounds";
import { GENERATED_YEARS, generateDataset } from "./generate";
import { changeWork, loadWork, pairedRatio, type TraceEvent } from "./trace";

const ROOT = process.cwd();
const OUT = join(ROOT, "bench-results");
const DATA = join(OUT, "data");
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const PORT = Number(process.env.BENCH_PORT ?? 4178);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const VIEWPORT = { width: 1440, height: 900 };
/** A measurement that takes longer than this is recorded as timed out. */
const LIMIT_MS = 240_000;

const sizeArg = process.argv.find((a) => a.startsWith("--sizes="))?.slice(8);
const SIZES = (sizeArg ?? "curated,1000,5000,20000").split(",").map((s) => s.trim());
/** Image export at 20k nodes takes minutes per run; opt in with --export-20k (or --export-max=N). */
const exportMax = process.argv.find((a) => a.startsWith("--export-max="))?.slice(13);
const EXPORT_MAX_NODES = process.argv.includes("--export-20k") ? Infinity : Number(exportMax ?? 5000);
/**
 * Which groups of figures to measure: load, embed, interact, story, time, export, preview (the
 * Export dialog's preview rows only; export includes them), layout, limits in the browser; search
 * (a keystroke at 5,000 actors with long excerpts) and text (checking and indexing N MB of article
 * text) without one (default: all).
 */
const figuresArg = process.argv.find((a) => a.startsWith("--figures="))?.slice(10);
const FIGURES = new Set(
  (figuresArg ?? "load,embed,interact,readability,story,time,export,layout,limits,search,text").split(","),
);
const BROWSER_FIGURES = [
  "load",
  "embed",
  "interact",
  "readability",
  "story",
  "time",
  "export",
  "preview",
  "layout",
  "limits",
].some((f) => FIGURES.has(f));
/** Which limits datasets `limits` opens: text, letters (the Article tab), search (default: all). */
const LIMITS = new Set(
  (process.argv.find((a) => a.startsWith("--limits="))?.slice(9) ?? "text,letters,search").split(","),
);
/** Figures measured on each size's pair of pages (the limits figures open their own). */
const CASE_FIGURES = [
  "load",
  "embed",
  "interact",
  "readability",
  "story",
  "time",
  "export",
  "preview",
  "layout",
].some((f) => FIGURES.has(f));
/** Total article text for the text figures, in MB (`--text-mb=10,40`). */
const textArg = process.argv.find((a) => a.startsWith("--text-mb="))?.slice(10);
const TEXT_MB = (textArg ?? "1,10,20,40").split(",").map(Number);
/**
 * `--webgl`: also measure the bare page with cytoscape's WebGL renderer against its canvas renderer
 * (react-cytoscapejs cannot turn WebGL on, so only the bare page can have it). Opt-in: on a machine
 * without a GPU, Chromium runs WebGL in software (SwiftShader), which says little about real GPUs.
 */
const WEBGL = process.argv.includes("--webgl");
/** The app is built here, not in dist/, so that the browser tests can build dist/ meanwhile. */
const APP = join(OUT, "app");

// ---------------------------------------------------------------------------------------------
// Data

interface Case {
  name: string;
  nodes: number;
  edges: number;
  appPath: string;
  basePath: string;
  /** The most common country and a surname: the filter and the search the bench applies. */
  country: string;
  search: string;
  /** The time range the bench brushes (ISO days, both included), as the timeline sets it. */
  time: { from: string; to: string };
}

function positionsFromLayoutFile(): LoadedDataset["positions"] {
  const file = JSON.parse(readFileSync(join(ROOT, "data/layout.json"), "utf8")) as {
    positions: Record<string, [number, number]>;
  };
  return Object.fromEntries(Object.entries(file.positions).map(([id, [x, y]]) => [id, { x, y }]));
}

function mostCommonCountry(dataset: { entities: { countries: string[] }[] }): string {
  const counts = new Map<string, number>();
  for (const e of dataset.entities) for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "US";
}

function prepareCases(): Case[] {
  mkdirSync(DATA, { recursive: true });
  return SIZES.map((size) => {
    if (size === "curated") {
      const dataset = { ...readCurated().dataset, positions: positionsFromLayoutFile() };
      const elements = toElements(dataset);
      writeFileSync(join(DATA, "curated.elements.json"), JSON.stringify(elements));
      return {
        name: "curated",
        nodes: dataset.entities.length,
        edges: dataset.relations.length,
        appPath: "/",
        basePath: "/baseline/baseline.html?elements=/bench-data/curated.elements.json",
        country: mostCommonCountry(dataset),
        search: "flynn",
        // The second half of 2016: the operations, the Baltic gathering, the interceptions.
        time: { from: "2016-07-01", to: "2016-12-31" },
      };
    }
    const n = Number(size);
    if (!Number.isInteger(n) || n < 10) throw new Error(`unknown size '${size}'`);
    const dataset = generateDataset(n);
    const { problems } = checkDataset(dataset, {});
    if (problems.length > 0) throw new Error(`generated ${n} is invalid: ${JSON.stringify(problems[0])}`);
    const loaded = {
      ...dataset,
      articles: dataset.articles.map((a) => ({ ...a, text: a.text ?? "" })),
    } as LoadedDataset;
    writeFileSync(join(DATA, `gen-${n}.json`), JSON.stringify(dataset));
    writeFileSync(join(DATA, `gen-${n}.elements.json`), JSON.stringify(toElements(loaded)));
    return {
      name: `${n / 1000}k`,
      nodes: n,
      edges: dataset.relations.length,
      appPath: `/?data=/bench-data/gen-${n}.json`,
      basePath: `/baseline/baseline.html?elements=/bench-data/gen-${n}.elements.json`,
      country: mostCommonCountry(dataset),
      search: "frost",
      // Two of the generated years (GENERATED_YEARS): most dated links fall outside it.
      time: { from: `${GENERATED_YEARS.from + 4}-01-01`, to: `${GENERATED_YEARS.from + 5}-12-31` },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Server: dist/ at /, the baseline at /baseline/, the data at /bench-data/. No compression (the
// download figure is gzipped here, from the files), no caching.

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
};

function fileFor(pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const [base, rest] = clean.startsWith("/baseline/")
    ? [join(OUT, "baseline"), clean.slice("/baseline/".length)]
    : clean.startsWith("/bench-data/")
      ? [DATA, clean.slice("/bench-data/".length)]
      : [APP, clean === "/" ? "index.html" : clean.slice(1)];
  const file = join(base, rest);
  if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", ORIGIN);
    const file = fileFor(url.pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(PORT, "127.0.0.1", () => resolve(server)));
}

const gzCache = new Map<string, number>();
function gzippedBytes(url: string): number {
  const file = fileFor(new URL(url).pathname);
  if (!file) return 0;
  let size = gzCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzCache.set(file, size);
  }
  return size;
}

// ---------------------------------------------------------------------------------------------
// In the page

/** Installed before any page script: long tasks, and the first frame cytoscape draws. */
const INIT = `(() => {
  const bench = (window.__bench = { longtasks: [], firstFrame: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  // The renderer records when it last finished drawing; polled every frame, the first value seen
  // once the graph has nodes is the first graph frame (ms since navigation).
  const poll = () => {
    const h = window.throughline || window.baseline;
    const cy = h && h.cy;
    if (cy && !cy.destroyed() && cy.nodes().length > 0) {
      // The app's instance may have drawn an empty frame before a ?data= dataset arrived.
      const r = cy.renderer(), since = h.elementsAt || 0;
      if (r && r.lastDrawTime > since) { bench.firstFrame = r.lastDrawTime; performance.mark("bench:first-frame"); return; }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** Resolves in the next animation frame after now, with performance.now() there. */
const NEXT_FRAME = "new Promise((r) => requestAnimationFrame(() => r(performance.now())))";

/** The longest long task that started in [from, to] (0 when none). */
async function longestTask(page: Page, from: number, to: number): Promise<number> {
  // Long tasks are reported a little after they end.
  await page.waitForTimeout(150);
  return page.evaluate(
    ([a, b]) =>
      Math.max(
        0,
        ...((window as unknown as { __bench: { longtasks: [number, number][] } }).__bench.longtasks
          .filter(([start, d]) => start + d >= a && start <= b)
          .map(([, d]) => d) as number[]),
      ),
    [from, to] as const,
  );
}

async function heapAfterLoad(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

// ---------------------------------------------------------------------------------------------
// Figures

type Samples = number[];
interface Row {
  size: string;
  figure: string;
  app: Samples;
  base: Samples | null;
  /** `n`: a count (names drawn, overlaps). */
  unit: "ms" | "KB" | "MB" | "n";
  note?: string;
}
const rows: Row[] = [];

function median(xs: Samples): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function record(row: Row) {
  rows.push(row);
  const base = row.base ? median(row.base) : Number.NaN;
  const app = median(row.app);
  const ratio = Number.isFinite(base) && base > 0 ? ` (${(app / base).toFixed(2)}×)` : "";
  console.log(
    `  ${row.size.padEnd(8)} ${row.figure.padEnd(34)} app ${fmt(app, row.unit).padStart(10)}   base ${fmt(base, row.unit).padStart(10)}${ratio}${row.note ? `  ${row.note}` : ""}`,
  );
}

function fmt(x: number, unit: string): string {
  if (!Number.isFinite(x)) return "—";
  if (unit === "ms") return `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;
  if (unit === "n") return String(Math.round(x));
  return `${x.toFixed(1)} ${unit}`;
}

async function withTimeout<T>(promise: Promise<T>, ms = LIMIT_MS): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  const result = await Promise.race([promise, timeout]);
  clearTimeout(timer);
  return result;
}

/** Opens a page in a fresh context (cold cache) and waits for its first graph frame. */
/** `returning`: as a reader who has answered the "Start here" invitation (none is shown). */
/** `traced`: the load under a Chromium trace, read by loadWork (the main thread's CPU to the frame). */
async function openFresh(
  browser: Browser,
  path: string,
  {
    returning = false,
    viewport = VIEWPORT,
    traced = false,
  }: { returning?: boolean; viewport?: typeof VIEWPORT; traced?: boolean } = {},
) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.addInitScript(INIT);
  if (returning)
    await context.addInitScript(
      `localStorage.setItem("throughline:story-intro-dismissed", JSON.stringify({ v: 1, data: true }))`,
    );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  if (traced) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(ORIGIN + path);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { firstFrame: number | null } }).__bench.firstFrame !== null,
    undefined,
    { timeout: LIMIT_MS, polling: 50 },
  );
  const firstFrame = await page.evaluate(
    () => (window as unknown as { __bench: { firstFrame: number } }).__bench.firstFrame,
  );
  let cpu = Number.NaN;
  if (traced) {
    // The frame's task ends after its callbacks; a task after it lets the trace see its end.
    await page.waitForTimeout(50);
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] };
    cpu = loadWork(trace.traceEvents)?.cpu ?? Number.NaN;
  }
  if (errors.length) console.warn(`    page errors on ${path}: ${errors.join("; ")}`);
  return { context, page, firstFrame, cpu };
}

/** The browser's first contentful paint, from navigation (ms): when the reader first sees anything. */
async function firstPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    undefined,
    { timeout: LIMIT_MS },
  );
  return (await handle.jsonValue()) as number;
}

/** JS, CSS and HTML the page started fetching before its first graph frame, gzipped (KB). */
async function downloadBeforeFrame(page: Page, firstFrame: number): Promise<number> {
  const urls = await page.evaluate((t) => {
    const nav = performance.getEntriesByType("navigation")[0]?.name;
    const res = performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime <= t)
      .map((e) => e.name);
    return [...(nav ? [nav] : []), ...res];
  }, firstFrame);
  const code = urls.filter((u) => /\.(js|css|html)$|\/$|\/\?/.test(new URL(u).pathname + new URL(u).search));
  return code.reduce((sum, u) => sum + gzippedBytes(u), 0) / 1024;
}

async function firstFrameFigures(browser: Browser, c: Case) {
  const app: { frame: Samples; cpu: Samples; paint: Samples; kb: Samples; heap: Samples } = {
    frame: [],
    cpu: [],
    paint: [],
    kb: [],
    heap: [],
  };
  const base: { frame: Samples; cpu: Samples; paint: Samples; kb: Samples; heap: Samples } = {
    frame: [],
    cpu: [],
    paint: [],
    kb: [],
    heap: [],
  };
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so that neither always meets a warmer machine.
    const order: [typeof app, string][] =
      i % 2
        ? [
            [base, c.basePath],
            [app, c.appPath],
          ]
        : [
            [app, c.appPath],
            [base, c.basePath],
          ];
    for (const [into, path] of order) {
      const { context, page, firstFrame, cpu } = await openFresh(browser, path, { traced: true });
      into.frame.push(firstFrame);
      into.cpu.push(cpu);
      into.paint.push(await firstPaint(page));
      into.kb.push(await downloadBeforeFrame(page, firstFrame));
      // At 20k the force layout runs in its worker for about 40 s after the first frame.
      if (into === app)
        await page.waitForFunction(() => window.throughline?.layoutDone === true, undefined, {
          timeout: LIMIT_MS,
        });
      into.heap.push((await heapAfterLoad(page)) / 1024 / 1024);
      await context.close();
    }
  }
  record({ size: c.name, figure: "first graph frame", app: app.frame, base: base.frame, unit: "ms" });
  record({
    size: c.name,
    figure: "  main-thread CPU to it",
    app: app.cpu,
    base: base.cpu,
    unit: "ms",
    note: `a trace of each load (waiting for the network or a core not counted); ${pairedRatio(app.cpu, base.cpu)}`,
  });
  record({
    size: c.name,
    figure: "first paint (anything on screen)",
    app: app.paint,
    base: base.paint,
    unit: "ms",
    note: "the browser's first-contentful-paint: the app's static frame, the bare page's graph",
  });
  record({ size: c.name, figure: "JS/CSS/HTML before it (gzip)", app: app.kb, base: base.kb, unit: "KB" });
  record({ size: c.name, figure: "JS heap after load", app: app.heap, base: base.heap, unit: "MB" });
}

/**
 * The embed (`?embed=1`, curated dataset only) against the same bare page: its first graph frame
 * and what it fetched before it. The embed's own chunk comes on top of the app's first download.
 */
async function embedFigures(browser: Browser, c: Case) {
  const embed: { frame: Samples; cpu: Samples; kb: Samples } = { frame: [], cpu: [], kb: [] };
  const base: { frame: Samples; cpu: Samples; kb: Samples } = { frame: [], cpu: [], kb: [] };
  const embedPath = `${c.appPath}${c.appPath.includes("?") ? "&" : "?"}embed=1`;
  for (let i = 0; i < RUNS; i++) {
    const order: [typeof embed, string][] = [
      [embed, embedPath],
      [base, c.basePath],
    ];
    if (i % 2) order.reverse();
    for (const [into, path] of order) {
      const { context, page, firstFrame, cpu } = await openFresh(browser, path, { traced: true });
      into.frame.push(firstFrame);
      into.cpu.push(cpu);
      into.kb.push(await downloadBeforeFrame(page, firstFrame));
      await context.close();
    }
  }
  const note = "app column = ?embed=1";
  record({
    size: c.name,
    figure: "embed: first graph frame",
    app: embed.frame,
    base: base.frame,
    unit: "ms",
    note,
  });
  record({
    size: c.name,
    figure: "  main-thread CPU to it",
    app: embed.cpu,
    base: base.cpu,
    unit: "ms",
    note: `${note}; a trace of each load; ${pairedRatio(embed.cpu, base.cpu)}`,
  });
  record({
    size: c.name,
    figure: "embed: JS/CSS/HTML before it (gzip)",
    app: embed.kb,
    base: base.kb,
    unit: "KB",
    note,
  });
}

/** One page of each kind, loaded, for the interaction figures. */
async function openPair(browser: Browser, c: Case) {
  const app = await openFresh(browser, c.appPath);
  await app.page.waitForFunction(() => window.throughline?.layoutDone === true, undefined, {
    timeout: LIMIT_MS,
  });
  const base = await openFresh(browser, c.basePath);
  await app.page.waitForTimeout(500);
  return { app, base };
}

/** The camera has stopped and the names are placed for where it stopped (two frames later). */
const SETTLED = `(async () => {
  while (!(${nothingMoving.toString()})(true)) await ${NEXT_FRAME};
  await ${NEXT_FRAME}; await ${NEXT_FRAME};
})()`;

/**
 * Issue 13, read off the live canvas (tests/e2e/readability.ts): at the curated size, the 20 best
 * connected actors named at first sight at three window sizes with nothing over anything, and a
 * filter that leaves a few actors laid out afresh (from the store change to the last frame of its
 * animation); at more than 2,000 actors, the 50 best connected named at the fitted view, and what
 * the name placement adds to a zoom step (the app's step, names placed, against the bare page's).
 */
async function readabilityFigures(browser: Browser, basePage: Page, c: Case) {
  const sizes =
    c.nodes > 2000
      ? [[1440, 900]]
      : [
          [1440, 900],
          [1920, 1080],
          [1024, 768],
        ];
  const top = c.nodes > 2000 ? 50 : 20;
  for (const [width = 1440, height = 900] of sizes) {
    const { context, page } = await openFresh(browser, c.appPath, {
      returning: true,
      viewport: { width, height },
    });
    await page.waitForFunction(() => window.throughline?.layoutDone === true, undefined, {
      timeout: LIMIT_MS,
    });
    await page.waitForTimeout(1000);
    // tsx keeps function names with a helper the page lacks (measureReadability's inner functions).
    await page.evaluate("globalThis.__name = (f) => f");
    await page.evaluate(SETTLED);
    const r = await measureReadability(page as never, top);
    record({
      size: c.name,
      figure: `${width}×${height}: top ${r.topChecked} named`,
      app: [r.topChecked - r.topUnreadable.length],
      base: null,
      unit: "n",
      note: `≥ 11 px; ${r.drawn} names drawn; overlaps: ${r.nodeOverlaps.length} shapes, ${r.labelOverlaps.length} names, ${r.labelOnNode.length} names on shapes`,
    });
    if (c.name === "curated" && width === 1440) {
      // A filter that leaves a few actors: the compact layout, from the store change to its end.
      const app: Samples = [];
      const long: Samples = [];
      let named = "";
      for (let i = 0; i < RUNS; i++) {
        const t = (await page.evaluate(`(async () => {
          const s = window.throughline.store.getState();
          await ${NEXT_FRAME};
          const t0 = performance.now();
          s.setFilters({ countries: ["PH"] });
          await ${NEXT_FRAME};
          await ${SETTLED};
          return { t0, t1: performance.now() };
        })()`)) as { t0: number; t1: number };
        app.push(t.t1 - t.t0);
        long.push(await longestTask(page, t.t0, t.t1));
        const f = await measureReadability(page as never, top);
        named = `${f.topChecked - f.topUnreadable.length} of ${f.shown} named, ${f.nodeOverlaps.length + f.labelOverlaps.length + f.labelOnNode.length} overlaps`;
        await page.evaluate(`window.throughline.store.getState().resetFilters()`);
        await page.evaluate(SETTLED);
      }
      record({
        size: c.name,
        figure: "filter PH → laid out afresh",
        app,
        base: null,
        unit: "ms",
        note: `animation included (280 ms, compact.ts COMPACT_MS); ${named}`,
      });
      record({ size: c.name, figure: "  longest task", app: long, base: null, unit: "ms" });
    }
    if (c.nodes > 2000) {
      // Zoom steps of 1.1× inwards from the fitted view, about the middle, each to the end of the
      // frame that draws it, names placed (useLabels places them before that frame is drawn; a
      // second frame is counted too, in case anything is drawn again) (one way: steps back and
      // forth would cross the zoom where line patterns switch, zoomDetail.ts, at every step).
      const step = (page: Page, handle: string) =>
        page.evaluate(`(async () => {
          const cy = window.${handle}.cy;
          await ${NEXT_FRAME};
          const t0 = performance.now();
          cy.zoom({ level: cy.zoom() * 1.1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
          await ${NEXT_FRAME}; const t1 = await ${NEXT_FRAME};
          return t1 - t0;
        })()`) as Promise<number>;
      const app: Samples = [];
      const base: Samples = [];
      const pass: Samples = [];
      const fitted = await basePage.evaluate(
        "({ zoom: window.baseline.cy.zoom(), pan: window.baseline.cy.pan() })",
      );
      const appFitted = await page.evaluate(
        "({ zoom: window.throughline.cy.zoom(), pan: window.throughline.cy.pan() })",
      );
      for (let i = 0; i < RUNS * 2; i++) {
        app.push(await step(page, "throughline"));
        base.push(await step(basePage, "baseline"));
      }
      await basePage.evaluate(`window.baseline.cy.viewport(${JSON.stringify(fitted)})`);
      // The pass alone, in steps of the app page only: right after a step of the bare page, the
      // other page's drawing still held the cores (2 on this machine), and the pass read 12–61 ms
      // for the same work. The same steps from the fitted view, twice.
      for (let round = 0; round < 2; round++) {
        await page.evaluate(`window.throughline.cy.viewport(${JSON.stringify(appFitted)})`);
        await page.waitForTimeout(500);
        for (let i = 0; i < RUNS * 2; i++) {
          await step(page, "throughline");
          pass.push((await page.evaluate("window.throughline.labelPassMs ?? NaN")) as number);
        }
      }
      record({
        size: c.name,
        figure: "zoom step, names placed",
        app,
        base,
        unit: "ms",
        note: "two frames; base: the same step on the bare page",
      });
      record({
        size: c.name,
        figure: "  name placement per zoom step",
        app: pass,
        base: null,
        unit: "ms",
        note: "the pass alone, timed in the page, the app's page only, 2 × 10 steps (goal ≤ 10 ms)",
      });
    }
    await context.close();
  }
}

async function rerenderFigure(appPage: Page, basePage: Page, c: Case) {
  const app: Samples = [];
  const base: Samples = [];
  let stable = true;
  for (let i = 0; i < RUNS; i++) {
    const r = await appPage.evaluate(`(async () => {
      const h = window.throughline;
      const before = h.elements, count = h.cy.elements().length;
      await ${NEXT_FRAME};
      const t0 = performance.now();
      h.rerender();
      await ${NEXT_FRAME}; const t1 = await ${NEXT_FRAME};
      return { ms: t1 - t0, stable: window.throughline.elements === before && h.cy.elements().length === count };
    })()`);
    const { ms, stable: same } = r as { ms: number; stable: boolean };
    app.push(ms);
    stable &&= same;
    base.push(
      (await basePage.evaluate(`(async () => {
        await ${NEXT_FRAME};
        const t0 = performance.now();
        await ${NEXT_FRAME}; const t1 = await ${NEXT_FRAME};
        return t1 - t0;
      })()`)) as number,
    );
  }
  record({
    size: c.name,
    figure: "re-render, nothing changed",
    app,
    base,
    unit: "ms",
    note: `two frames; base = two idle frames; elements identity ${stable ? "stable" : "CHANGED"}`,
  });
}

/** A store change (filter or search) against a raw cy.batch of the same class changes. */
async function classChangeFigure(
  appPage: Page,
  basePage: Page,
  c: Case,
  figure: string,
  apply: string,
  reset: string,
  cls: string,
  note?: string,
  /**
   * What the bare page toggles: "all" sets the class on every element to what it should be (as the
   * country filter and search rows always have), "flipped" adds it to exactly the elements that end
   * up with it, and nothing else: the least work the same class changes can be.
   */
  baseMode: "all" | "flipped" = "all",
) {
  const app: Samples = [];
  const appLong: Samples = [];
  const base: Samples = [];
  const baseLong: Samples = [];
  for (let i = 0; i < RUNS; i++) {
    const r = (await appPage.evaluate(`(async () => {
      const h = window.throughline, s = h.store.getState();
      await ${NEXT_FRAME};
      const t0 = await new Promise((r) => setTimeout(() => { const t = performance.now(); ${apply}; r(t); }));
      const t1 = await ${NEXT_FRAME};
      const ids = h.cy.elements(".${cls}").map((e) => e.id());
      return { t0, t1, ids };
    })()`)) as { t0: number; t1: number; ids: string[] };
    app.push(r.t1 - r.t0);
    appLong.push(await longestTask(appPage, r.t0, r.t1));
    await appPage.evaluate(`(() => { const s = window.throughline.store.getState(); ${reset}; })()`);
    await appPage.waitForTimeout(600);
    const b = (await basePage.evaluate(
      `(async (ids) => {
        const cy = window.baseline.cy, on = new Set(ids);
        await ${NEXT_FRAME};
        const t0 = await new Promise((r) => setTimeout(() => {
          const t = performance.now();
          ${
            baseMode === "all"
              ? `cy.batch(() => { cy.elements().forEach((e) => { e.toggleClass("${cls}", on.has(e.id())); }); });`
              : `cy.batch(() => { for (const id of ids) cy.getElementById(id).addClass("${cls}"); });`
          }
          r(t);
        }));
        const t1 = await ${NEXT_FRAME};
        return { t0, t1 };
      })(${JSON.stringify(r.ids)})`,
    )) as { t0: number; t1: number };
    base.push(b.t1 - b.t0);
    baseLong.push(await longestTask(basePage, b.t0, b.t1));
    await basePage.evaluate(`void window.baseline.cy.elements().removeClass("${cls}")`);
    await basePage.waitForTimeout(300);
  }
  record({ size: c.name, figure: `${figure}: change → next frame`, app, base, unit: "ms", note });
  record({ size: c.name, figure: `${figure}: longest task`, app: appLong, base: baseLong, unit: "ms" });
}

/**
 * Repetitions of each brushing figure (issue 18): ratios near the goal need more than the default
 * five on a shared machine (BENCH_TIME_RUNS, at least RUNS).
 */
const TIME_RUNS = Math.max(RUNS, Number(process.env.BENCH_TIME_RUNS ?? 11));
/** Trace categories for `tracedChange`: the main thread's tasks and the page's own marks. */
const TRACE_CATEGORIES = ["toplevel", "blink.user_timing"];

/** Runs `change` (page script that makes a change) under a trace; its work (changeWork). */
async function tracedChange(browser: Browser, page: Page, change: string) {
  await page.evaluate(NEXT_FRAME);
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.evaluate(`(async () => {
    const h = window.throughline || window.baseline;
    await ${NEXT_FRAME};
    await new Promise((r) => setTimeout(() => { performance.mark("bench:change"); ${change}; r(); }));
    await new Promise((r) => requestAnimationFrame(() => { performance.mark("bench:frame"); r(); }));
    // After a filter the app moves the camera onto what is shown (300 ms, the links hidden while it
    // moves at this size): the change is drawn whole in the first frame after the camera stops.
    while (h.cy.animated() || (window.throughline && window.throughline.layoutDone !== true)) await ${NEXT_FRAME};
    const still = performance.now();
    await (${FRAME_AFTER})(still);
    await new Promise((r) => requestAnimationFrame(() => { performance.mark("bench:settled"); r(); }));
    // The frame's task ends after its callbacks; a task after it lets the trace see its end.
    await new Promise((r) => setTimeout(r, 50));
  })()`);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] };
  await page.evaluate(
    `for (const m of ["bench:change", "bench:frame", "bench:settled"]) performance.clearMarks(m)`,
  );
  const work = changeWork(trace.traceEvents);
  const settled = changeWork(trace.traceEvents, "bench:settled");
  if (!work || !settled) throw new Error("the trace has no change and frame marks");
  return { ...work, settledCpu: settled.cpu };
}

/**
 * One brushing figure: `TIME_RUNS` pairs, the app's change and the bare page's class toggles one
 * right after the other (which goes first alternates), each under a trace. Records the span to the
 * end of the next frame (wall) and the main thread's CPU time in it, with the ratio of medians and
 * the median of the pairs' ratios (noise that strikes both of a pair cancels out of that one).
 */
async function brushFigure(
  browser: Browser,
  appPage: Page,
  basePage: Page,
  c: Case,
  figure: string,
  apply: string,
  reset: string,
  baseToggle: string,
  note: string,
) {
  const wall = { app: [] as Samples, base: [] as Samples };
  const cpu = { app: [] as Samples, base: [] as Samples };
  const settled = { app: [] as Samples, base: [] as Samples };
  const app = async () => {
    const w = await tracedChange(browser, appPage, `const s = window.throughline.store.getState(); ${apply}`);
    wall.app.push(w.wall);
    cpu.app.push(w.cpu);
    settled.app.push(w.settledCpu);
    await appPage.evaluate(`(() => { const s = window.throughline.store.getState(); ${reset}; })()`);
    await appPage.waitForTimeout(700);
  };
  const base = async () => {
    const w = await tracedChange(browser, basePage, `const cy = window.baseline.cy; ${baseToggle}`);
    wall.base.push(w.wall);
    cpu.base.push(w.cpu);
    settled.base.push(w.settledCpu);
    await basePage.evaluate(`void window.baseline.cy.elements().removeClass("is-hidden")`);
    await basePage.waitForTimeout(400);
  };
  for (let i = 0; i < TIME_RUNS; i++) {
    if (i % 2) {
      await base();
      await app();
    } else {
      await app();
      await base();
    }
  }
  const load = cpus().length ? ` · load ${loadavg()[0]?.toFixed(1)}` : "";
  record({
    size: c.name,
    figure: `${figure}: change → frame drawn`,
    app: wall.app,
    base: wall.base,
    unit: "ms",
    note: `${note}; ${pairedRatio(wall.app, wall.base)}${load}`,
  });
  record({
    size: c.name,
    figure: `${figure}: main-thread CPU`,
    app: cpu.app,
    base: cpu.base,
    unit: "ms",
    note: pairedRatio(cpu.app, cpu.base),
  });
  record({
    size: c.name,
    figure: `${figure}: CPU until the camera stops`,
    app: settled.app,
    base: settled.base,
    unit: "ms",
    note: `${pairedRatio(settled.app, settled.base)}; to the first frame drawn after it`,
  });
}

/**
 * Issue 18: brushing a time range, with the timeline closed (the filter alone, as a permalink or a
 * story step applies it) and open (as a reader brushes it: the axis also redraws which marks are
 * off). The bare page toggles the same `is-hidden` classes in one cy.batch: on every element, as the
 * country filter's row does, and on exactly the elements that flip (the least work there is).
 */
async function timeFigures(browser: Browser, appPage: Page, basePage: Page, c: Case) {
  const apply = `s.setFilters({ time: ${JSON.stringify(c.time)} })`;
  const reset = "s.setFilters({ time: null })";
  // What the range hides: the bare page hides the same elements.
  const { hidden, left } = (await appPage.evaluate(`(async () => {
    const h = window.throughline, s = h.store.getState();
    ${apply};
    await ${NEXT_FRAME};
    const hidden = h.cy.elements(".is-hidden").map((e) => e.id());
    const left = h.store.getState().visibility.relations.size;
    s.setFilters({ time: null });
    return { hidden, left };
  })()`)) as { hidden: string[]; left: number };
  await appPage.waitForTimeout(800);
  await basePage.evaluate(`window.__hidden = new Set(${JSON.stringify(hidden)})`);
  const every = `cy.batch(() => { cy.elements().forEach((e) => { e.toggleClass("is-hidden", window.__hidden.has(e.id())); }); });`;
  const flips = `cy.batch(() => { for (const id of window.__hidden) cy.getElementById(id).addClass("is-hidden"); });`;
  const range = `time range ${c.time.from}..${c.time.to}`;
  const leaves = `leaves ${left} of ${c.edges} links (${hidden.length} elements hidden)`;
  await brushFigure(
    browser,
    appPage,
    basePage,
    c,
    range,
    apply,
    reset,
    every,
    `${leaves}; base: every element`,
  );
  await brushFigure(
    browser,
    appPage,
    basePage,
    c,
    `${range} (base: flips only)`,
    apply,
    reset,
    flips,
    `${leaves}; base: only the elements that flip`,
  );
  await appPage.evaluate("window.throughline.store.getState().setTimelineOpen(true)");
  await appPage.waitForSelector("#timeline svg", { timeout: LIMIT_MS });
  const marks = await appPage.locator("#timeline .tl-mark").count();
  await appPage.waitForTimeout(800);
  await brushFigure(
    browser,
    appPage,
    basePage,
    c,
    `${range}, timeline open`,
    apply,
    reset,
    flips,
    `${marks} marks on the axis; base: only the elements that flip`,
  );
  await appPage.evaluate("window.throughline.store.getState().setTimelineOpen(false)");
  await appPage.waitForTimeout(300);
}

/**
 * Story mode, curated dataset. What playing the story downloads: the player's own chunk (its JS and
 * CSS, from the build) and everything the page fetched from the Story click to the player on screen
 * (the player and the story's data), gzipped; the goal is 15 KB. Then each step, from the reader's
 * Next click (and, once more through the story, the → key) until the camera has stopped and the
 * frame that shows the step is drawn (reveal classes, view, the 250 ms camera move, the card's new
 * text); the goal is 300 ms. The bare page does the same class toggles and camera move, with
 * cytoscape alone, from a timer.
 */
async function storyFigures(browser: Browser, appPage: Page, basePage: Page, c: Case) {
  await storyDownloadFigures(browser, c);
  const started = await appPage.evaluate(`(async () => {
    const s = window.throughline.store.getState();
    const id = s.storyCatalog[0] && s.storyCatalog[0].id;
    return id ? await s.startStory(id, 0) : false;
  })()`);
  if (!started) throw new Error("no story to play");
  await appPage.waitForSelector('[data-testid="story-player"] .story-next', { timeout: LIMIT_MS });
  await appPage.waitForTimeout(800);
  const steps = (await appPage.evaluate(
    "window.throughline.store.getState().playing.story.steps.length",
  )) as number;
  const moves: [string, string][] = [
    ["Next click", `document.querySelector('[data-testid="story-player"] .story-next').click()`],
    [
      "→ key",
      `document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }))`,
    ],
  ];
  for (const [how, move] of moves) {
    await appPage.evaluate("window.throughline.store.getState().goToStep(0)");
    await appPage.waitForTimeout(800);
    const app: Samples = [];
    const appLong: Samples = [];
    const base: Samples = [];
    let landed = true;
    for (let n = 1; n < steps; n++) {
      const r = (await appPage.evaluate(`(async () => {
        const h = window.throughline, cy = h.cy;
        await ${NEXT_FRAME};
        // From a task of the page's own, as the reader's input would be.
        const t0 = await new Promise((r) => setTimeout(() => { const t = performance.now(); ${move}; r(t); }));
        await new Promise((r) => { const poll = () => (cy.animated() ? requestAnimationFrame(poll) : r()); requestAnimationFrame(poll); });
        const t1 = await (${FRAME_AFTER})(performance.now() - 1);
        const untold = cy.elements(".is-untold").map((e) => e.id());
        return { t0, t1, untold, zoom: cy.zoom(), pan: cy.pan(), step: h.store.getState().playing.step };
      })()`)) as {
        t0: number;
        t1: number;
        untold: string[];
        zoom: number;
        pan: { x: number; y: number };
        step: number;
      };
      landed &&= r.step === n;
      app.push(r.t1 - r.t0);
      appLong.push(await longestTask(appPage, r.t0, r.t1));
      const b = (await basePage.evaluate(
        `(async ({ untold, zoom, pan }) => {
          const cy = window.baseline.cy, off = new Set(untold);
          await ${NEXT_FRAME};
          const t0 = await new Promise((r) => setTimeout(() => {
            const t = performance.now();
            cy.batch(() => { cy.elements().forEach((e) => { e.toggleClass("is-untold", off.has(e.id())); }); });
            cy.animate({ zoom, pan }, { duration: 250 });
            r(t);
          }));
          await new Promise((r) => { const poll = () => (cy.animated() ? requestAnimationFrame(poll) : r()); requestAnimationFrame(poll); });
          const t1 = await (${FRAME_AFTER})(performance.now() - 1);
          return { t0, t1 };
        })(${JSON.stringify({ untold: r.untold, zoom: r.zoom, pan: r.pan })})`,
      )) as { t0: number; t1: number };
      base.push(b.t1 - b.t0);
    }
    const note = `${steps - 1} steps (goal ≤ 300 ms); base = the same class toggles and a 250 ms cy.animate to the same zoom and pan${landed ? "" : "; SOME STEPS DID NOT LAND"}`;
    record({
      size: c.name,
      figure: `story step (${how}) → camera still, frame drawn`,
      app,
      base,
      unit: "ms",
      note,
    });
    record({
      size: c.name,
      figure: `story step (${how}): longest task`,
      app: appLong,
      base: null,
      unit: "ms",
    });
  }
  await appPage.evaluate("window.throughline.store.getState().leaveStory()");
}

/** The player's chunk, and what a reader's first Story click downloads, gzipped (KB). */
async function storyDownloadFigures(browser: Browser, c: Case) {
  const assets = join(APP, "assets");
  // The player's code and its styles (story.css, shared with the "Start here" invitation).
  const own = readdirSync(assets).filter((f) => /^(StoryPlayer|story)-.*\.(js|css)$/.test(f));
  if (own.length === 0) throw new Error("no StoryPlayer chunk in the build");
  const ownKb =
    own.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0) / 1024;
  record({
    size: c.name,
    figure: "story player chunk (gzip)",
    app: [ownKb],
    base: null,
    unit: "KB",
    note: `${own.join(" + ")}; goal ≤ 15 KB`,
  });
  const fetched: Samples = [];
  let names: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openFresh(browser, c.appPath);
    await page.waitForFunction(() => window.throughline?.layoutDone === true, undefined, {
      timeout: LIMIT_MS,
    });
    // The panels (and the header's Story entry) load just after the first frame.
    const story = page.getByRole("button", { name: "Story", exact: true });
    await story.waitFor({ timeout: LIMIT_MS });
    await page.waitForTimeout(1000);
    const mark = (await page.evaluate("performance.now()")) as number;
    await story.click();
    await page.waitForSelector('[data-testid="story-player"] .story-next', { timeout: LIMIT_MS });
    await page.waitForTimeout(500);
    const urls = (await page.evaluate(
      (t) =>
        performance
          .getEntriesByType("resource")
          .filter((e) => e.startTime >= t)
          .map((e) => e.name),
      mark,
    )) as string[];
    const code = urls.filter((u) => /\.(js|css|json)$/.test(new URL(u).pathname));
    names = code.map((u) => new URL(u).pathname.replace(/^\/assets\//, ""));
    fetched.push(code.reduce((sum, u) => sum + gzippedBytes(u), 0) / 1024);
    await context.close();
  }
  record({
    size: c.name,
    figure: "story: fetched on the first Story click (gzip)",
    app: fetched,
    base: null,
    unit: "KB",
    note: names.join(" + ") || "nothing",
  });
}

/**
 * In the page: resolves with performance.now() at the end of the first frame the renderer draws
 * after `since` (or `since` itself when nothing is drawn within 3 s: nothing moved).
 */
const FRAME_AFTER = `(since) => new Promise((resolve) => {
  const r = (window.throughline || window.baseline).cy.renderer();
  const giveUp = performance.now() + 3000;
  const poll = () => {
    if (r.lastDrawTime > since) resolve(Math.max(r.lastDrawTime, since));
    else if (performance.now() > giveUp) resolve(since);
    else requestAnimationFrame(poll);
  };
  poll();
})`;

/**
 * Each layout, from the click to the end of the frame that shows its result (a layout is not done
 * for the reader until it is drawn; at 5k entities that frame can cost more than the layout).
 */
async function layoutFigures(appPage: Page, basePage: Page, c: Case) {
  // The moment the app says a layout is done, recorded by a setter on its test handle.
  await appPage.evaluate(`(() => {
    const h = window.throughline;
    let done = h.layoutDone;
    Object.defineProperty(h, "layoutDone", {
      configurable: true,
      get: () => done,
      set: (value) => { done = value; if (value) window.__layoutDoneAt = performance.now(); },
    });
  })()`);
  for (const name of LAYOUT_NAMES) {
    const app: Samples = [];
    const appLong: Samples = [];
    const base: Samples = [];
    const baseLong: Samples = [];
    for (let i = 0; i < RUNS; i++) {
      // Started from a task of the page's own (a timer), as a click would, so long tasks count.
      const a = (await withTimeout(
        appPage.evaluate(`new Promise((resolve) => setTimeout(() => {
          const h = window.throughline, s = h.store.getState();
          window.__layoutDoneAt = 0;
          const t0 = performance.now();
          if (s.view.layout !== ${JSON.stringify(name)}) s.setLayout(${JSON.stringify(name)}); else s.rerunLayout();
          const wait = () => window.__layoutDoneAt
            ? (${FRAME_AFTER})(window.__layoutDoneAt).then((t1) => resolve({ t0, t1 }))
            : setTimeout(wait, 5);
          wait();
        }))`),
      )) as { t0: number; t1: number } | null;
      app.push(a ? a.t1 - a.t0 : Number.NaN);
      appLong.push(a ? await longestTask(appPage, a.t0, a.t1) : Number.NaN);
      const b = (await withTimeout(
        basePage.evaluate(`new Promise((resolve) => setTimeout(async () => {
          const t0 = performance.now();
          await window.baseline.runLayout(${JSON.stringify(name)});
          const t1 = await (${FRAME_AFTER})(performance.now());
          resolve({ t0, t1 });
        }))`),
      )) as { t0: number; t1: number } | null;
      base.push(b ? b.t1 - b.t0 : Number.NaN);
      baseLong.push(b ? await longestTask(basePage, b.t0, b.t1) : Number.NaN);
    }
    const note = runsOffThread(name, c.nodes, c.edges)
      ? "app: Web Worker"
      : c.nodes <= ANIMATE_MAX_NODES
        ? "app: animated for 450 ms, as a reader sees it"
        : undefined;
    record({ size: c.name, figure: `layout ${name}`, app, base, unit: "ms", note });
    record({
      size: c.name,
      figure: `layout ${name}: longest task`,
      app: appLong,
      base: baseLong,
      unit: "ms",
    });
  }
}

/**
 * Time in the app's page from a click on the dialog's Export button (dispatched in the page, so that
 * Playwright's own checks before a click are not counted) to the click on the download link that
 * hands the file to the browser: the plan shown, drawn, encoded and saved.
 */
const EXPORT_CLICK = `() => new Promise((resolve) => {
  const button = document.querySelector(".export-actions .primary");
  let t0 = 0;
  const onClick = (event) => {
    const a = event.target;
    if (!(a instanceof HTMLAnchorElement) || !a.download) return;
    document.removeEventListener("click", onClick, true);
    resolve(performance.now() - t0);
  };
  document.addEventListener("click", onClick, true);
  t0 = performance.now();
  button.click();
})`;

async function exportFigures(appPage: Page, basePage: Page, c: Case) {
  await appPage.getByRole("button", { name: "Export…" }).click();
  const dialog = appPage.getByRole("dialog", { name: "Export" });
  await dialog.waitFor();
  await dialog.getByRole("radio", { name: /The whole graph/ }).check();
  await dialog.getByRole("radio", { name: "Natural size" }).check();
  const exportReady = () =>
    appPage.waitForFunction(
      () => !(document.querySelector(".export-actions .primary") as HTMLButtonElement | null)?.disabled,
      null,
      { timeout: LIMIT_MS },
    );
  const kinds: { label: string; format: string | RegExp; scale: number | null }[] = [
    { label: "PNG 1×", format: "PNG", scale: 1 },
    { label: "PNG 4×", format: "PNG", scale: 4 },
    { label: "SVG", format: /SVG/, scale: null },
  ];
  for (const kind of kinds) {
    await dialog.getByRole("radio", { name: kind.format }).check();
    if (kind.scale) await dialog.getByRole("radio", { name: `${kind.scale}×` }).check();
    const largest = dialog.getByRole("alert").getByRole("button", { name: /largest that works/ });
    let note = "";
    if (await largest.isVisible()) {
      await largest.click();
      note = "clamped to the largest scale that fits";
    }
    await exportReady();
    const pixels = (await dialog.getByTestId("export-size").textContent())?.match(/[\d,]+ × [\d,]+ px/)?.[0];
    const app: Samples = [];
    const bytes: number[] = [];
    const base: Samples | null = kind.scale ? [] : null;
    let baseSize = "";
    for (let i = 0; i < RUNS; i++) {
      // The app and the bare page take turns, so that both meet the same moments of a shared machine.
      const [download, ms] = await Promise.all([
        appPage.waitForEvent("download", { timeout: LIMIT_MS }),
        withTimeout(appPage.evaluate(`(${EXPORT_CLICK})()`) as Promise<number>),
      ]);
      const path = await download.path();
      app.push(ms ?? Number.NaN);
      bytes.push(path ? statSync(path).size : 0);
      await exportReady();
      if (base && kind.scale) {
        const b = (await basePage.evaluate(async (scale) => {
          const t0 = performance.now();
          // Capped like the app's clamp (Chromium: 268,435,456 px per canvas), or it draws nothing.
          // Near that cap the browser may still fail to encode it: no figure then.
          const blob = await window.baseline?.cy
            .png({ full: true, scale, maxWidth: 16000, maxHeight: 16000, output: "blob-promise" })
            .catch(() => null);
          if (!blob || blob.size === 0) return { ms: Number.NaN, size: "" };
          const ms = performance.now() - t0;
          const bitmap = await createImageBitmap(blob);
          return {
            ms,
            size: `${bitmap.width.toLocaleString("en-US")} × ${bitmap.height.toLocaleString("en-US")} px`,
          };
        }, kind.scale)) as { ms: number; size: string };
        base.push(b.ms);
        baseSize = b.size;
      }
    }
    const kb = Math.round(median(bytes) / 1024);
    const sizes = pixels ? ` (${pixels}${baseSize ? `; cy.png ${baseSize}` : ""})` : "";
    record({
      size: c.name,
      figure: `export ${kind.label}`,
      app,
      base,
      unit: "ms",
      note: `${kb} KB file${sizes}${note ? `; ${note}` : ""}${kind.scale ? "; app = click → file handed to the browser, base = cy.png alone, taking turns" : "; no bare SVG exporter"}${base && !base.some(Number.isFinite) ? " (the bare page's cy.png failed at this size)" : ""}`,
    });
    if (bytes.some((b) => b === 0)) console.warn(`    EMPTY FILE from export ${kind.label} at ${c.name}`);
  }

  // A subset laid out afresh for the image (the country filter's set, by seeded fcose): from choosing
  // that scope to the file, so its layout, label placement, drawing and encoding are all included.
  await dialog.getByRole("radio", { name: "PNG" }).check();
  await dialog.getByRole("radio", { name: "1×" }).check();
  const shownCount = (await appPage.evaluate((country) => {
    const store = window.throughline?.store;
    store?.getState().setFilters({ countries: [country] });
    return store?.getState().visibility.entities.size ?? 0;
  }, c.country)) as number;
  const subset: Samples = [];
  for (let i = 0; i < RUNS; i++) {
    // The whole graph in between, so that the subset's picture is made afresh every run.
    await dialog.getByRole("radio", { name: /The whole graph/ }).check();
    await exportReady();
    const t0 = Date.now();
    await dialog.getByRole("radio", { name: /Only what the filters show/ }).check();
    const [download] = await Promise.all([
      appPage.waitForEvent("download", { timeout: LIMIT_MS }),
      dialog.getByRole("button", { name: "Export", exact: true }).click(),
    ]);
    await download.path();
    subset.push(Date.now() - t0);
  }
  record({
    size: c.name,
    figure: `export subset PNG 1× (${c.country}, laid out afresh)`,
    app: subset,
    base: null,
    unit: "ms",
    note: `${shownCount} actors; from choosing the scope to the file, layout included; goal ≤ 1 s`,
  });
  await appPage.evaluate(() => window.throughline?.store.getState().setFilters({ countries: [] }));
  await appPage.keyboard.press("Escape");
}

/**
 * From an option changed in the page to the first frame after the dialog's preview was redrawn
 * (`window.throughline.previewDrawnAt`). `type` adds a letter to a text field as typing does.
 */
const PREVIEW_AFTER = `async (el, kind) => {
  const h = window.throughline;
  const t0 = performance.now();
  if (kind === "type") {
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    set.call(el, el.value.length > 40 ? "W" : el.value + "w");
    el.dispatchEvent(new Event("input", { bubbles: true }));
  } else el.click();
  return await new Promise((resolve) => {
    const poll = () => {
      if ((h.previewDrawnAt ?? 0) > t0) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 30000) resolve(Number.NaN);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}`;

/**
 * The Export dialog's live preview (issue 15: ≤ 300 ms at curated size as options change): each
 * option change to the frame after the redrawn preview, against cytoscape's own picture of the whole
 * graph at the preview's size on the bare page (cy.png at most 520 × 420 px, decoded and drawn into
 * a canvas, to the next frame), taking turns. Changes that only re-frame the picture are timed on
 * one page; those that make the picture again (footnote numbers, a subset laid out afresh) each on a
 * fresh page, since the dialog keeps the last few pictures and a second time would find it made.
 */
async function previewFigures(browser: Browser, appPage: Page, basePage: Page, c: Case) {
  const open = async (page: Page) => {
    await page.getByRole("button", { name: "Export…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await dialog.waitFor();
    await dialog.getByRole("radio", { name: "PNG" }).check();
    await dialog.getByRole("radio", { name: /The whole graph/ }).check();
    await dialog.getByRole("radio", { name: "Natural size" }).check();
    await dialog.getByRole("radio", { name: "1×" }).check();
    const footnotes = dialog.getByRole("checkbox", { name: /^Footnotes/ });
    if (await footnotes.isChecked()) await footnotes.uncheck();
    return dialog;
  };
  const settled = async (page: Page) => {
    await page.waitForFunction(
      () => document.querySelector(".export-preview")?.getAttribute("aria-busy") === "false",
      null,
      { timeout: LIMIT_MS },
    );
    await page.waitForTimeout(150);
  };
  // A function made from the string, so that tsx's helpers are not in what the page runs.
  const measure = new Function("el", "kind", `return (${PREVIEW_AFTER})(el, kind)`) as (
    el: Element,
    kind: string,
  ) => Promise<number>;
  const time = async (page: Page, target: Locator, kind: "click" | "type") => {
    await settled(page);
    const handle = await target.elementHandle();
    return handle ? await handle.evaluate(measure, kind) : Number.NaN;
  };
  const baseRun = async () =>
    (await basePage.evaluate(async () => {
      const t0 = performance.now();
      const blob = await window.baseline?.cy.png({
        full: true,
        maxWidth: 520,
        maxHeight: 420,
        output: "blob-promise",
      });
      if (!blob) return Number.NaN;
      const bitmap = await createImageBitmap(blob);
      const canvas = document.createElement("canvas");
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext("2d")?.drawImage(bitmap, 0, 0);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - t0;
    })) as number;
  const goal = "base = cy.png at the preview's size, drawn; goal ≤ 300 ms";

  const dialog = await open(appPage);
  const reframing: { label: string; targets: Locator[]; kind: "click" | "type"; note: string }[] = [
    {
      label: "title typed",
      targets: [dialog.getByLabel("Title (optional)")],
      kind: "type",
      note: "a letter added",
    },
    {
      label: "legend off / on",
      targets: [dialog.getByRole("checkbox", { name: "Legend" })],
      kind: "click",
      note: "",
    },
    {
      label: "size natural ↔ social card",
      targets: [
        dialog.getByRole("radio", { name: /Social card/ }),
        dialog.getByRole("radio", { name: "Natural size" }),
      ],
      kind: "click",
      note: "",
    },
  ];
  for (const change of reframing) {
    const app: Samples = [];
    const base: Samples = [];
    for (let i = 0; i < RUNS * 2; i++) {
      app.push(await time(appPage, change.targets[i % change.targets.length] as Locator, change.kind));
      base.push(await baseRun());
    }
    record({
      size: c.name,
      figure: `export preview: ${change.label}`,
      app,
      base,
      unit: "ms",
      note: `${RUNS * 2} changes${change.note ? ` (${change.note})` : ""}; the picture is kept, the frame redone; ${goal}`,
    });
  }
  await appPage.keyboard.press("Escape");

  // Changes that make the picture again, each the first time on a fresh page.
  const remaking: {
    label: string;
    note: string;
    prepare?: (page: Page) => Promise<void>;
    target: (d: Locator) => Locator;
  }[] = [
    {
      label: "footnotes on",
      note: "the picture made again: links numbered, labels placed around the numbers",
      target: (d) => d.getByRole("checkbox", { name: /^Footnotes/ }),
    },
    {
      label: `scope → only what the filters show (${c.country})`,
      note: "a subset laid out afresh (fcose from seeded positions) and its picture made",
      prepare: async (page) => {
        await page.evaluate(
          (country) => window.throughline?.store.getState().setFilters({ countries: [country] }),
          c.country,
        );
      },
      target: (d) => d.getByRole("radio", { name: /Only what the filters show/ }),
    },
  ];
  for (const change of remaking) {
    const app: Samples = [];
    const base: Samples = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = await openFresh(browser, c.appPath);
      await fresh.page.waitForFunction(() => window.throughline?.layoutDone === true, undefined, {
        timeout: LIMIT_MS,
      });
      await change.prepare?.(fresh.page);
      const d = await open(fresh.page);
      app.push(await time(fresh.page, change.target(d), "click"));
      await fresh.context.close();
      base.push(await baseRun());
    }
    record({
      size: c.name,
      figure: `export preview: ${change.label}`,
      app,
      base,
      unit: "ms",
      note: `${RUNS} fresh pages; ${change.note}; ${goal}`,
    });
  }
}

/**
 * The bare page with WebGL (app column) against the bare page with the canvas renderer (base
 * column): the first frame, a full redraw, and a raw batch hiding two thirds of the entities.
 */
async function webglFigures(browser: Browser, c: Case) {
  const frames: Record<"webgl" | "canvas", { first: Samples; redraw: Samples; batch: Samples }> = {
    webgl: { first: [], redraw: [], batch: [] },
    canvas: { first: [], redraw: [], batch: [] },
  };
  for (let i = 0; i < RUNS; i++) {
    for (const kind of ["webgl", "canvas"] as const) {
      const path = c.basePath.replace("?", `?webgl=${kind === "webgl" ? 1 : 0}&`);
      const { context, page, firstFrame } = await openFresh(browser, path);
      await page.waitForTimeout(1000);
      const r = (await page.evaluate(`(async () => {
        const cy = window.baseline.cy, r = cy.renderer();
        const frame = async (change) => {
          await ${NEXT_FRAME};
          const t0 = await new Promise((res) => setTimeout(() => { const t = performance.now(); change(); res(t); }));
          await (${FRAME_AFTER})(t0);
          return performance.now() - t0;
        };
        const redraw = await frame(() => { r.redrawHint("eles", true); r.redraw(); });
        // Every third entity stays (with the relations between those), as a filter would leave.
        const keep = new Set(cy.nodes().filter((n, i) => i % 3 === 0).map((n) => n.id()));
        const batch = await frame(() => cy.batch(() => {
          cy.nodes().forEach((n) => { n.toggleClass("is-hidden", !keep.has(n.id())); });
          cy.edges().forEach((e) => { e.toggleClass("is-hidden", !keep.has(e.data("source")) || !keep.has(e.data("target"))); });
        }));
        return { redraw, batch };
      })()`)) as { redraw: number; batch: number };
      frames[kind].first.push(firstFrame);
      frames[kind].redraw.push(r.redraw);
      frames[kind].batch.push(r.batch);
      await context.close();
    }
  }
  const note = "app column = bare page with WebGL; base = bare page, canvas";
  const { webgl, canvas } = frames;
  record({
    size: c.name,
    figure: "WebGL: first graph frame",
    app: webgl.first,
    base: canvas.first,
    unit: "ms",
    note,
  });
  record({
    size: c.name,
    figure: "WebGL: full redraw",
    app: webgl.redraw,
    base: canvas.redraw,
    unit: "ms",
    note,
  });
  record({
    size: c.name,
    figure: "WebGL: hide ⅔ of entities, batch → frame",
    app: webgl.batch,
    base: canvas.batch,
    unit: "ms",
    note,
  });
}

// ---------------------------------------------------------------------------------------------

function table(): string {
  const lines = [
    "| size | figure | app (median) | bare page (median) | ratio | note |",
    "| --- | --- | ---: | ---: | ---: | --- |",
  ];
  for (const r of rows) {
    const app = median(r.app);
    const base = r.base ? median(r.base) : Number.NaN;
    const ratio =
      Number.isFinite(base) && base > 0 && Number.isFinite(app) ? `${(app / base).toFixed(2)}×` : "—";
    lines.push(
      `| ${r.size} | ${r.figure} | ${fmt(app, r.unit)} | ${fmt(base, r.unit)} | ${ratio} | ${r.note ?? ""} |`,
    );
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Issue 20 at the limits, in the browser: the longest main-thread task of (a) the Article tab's
// quote index, (b) marking its excerpts and (c) folding the search text, beside the same work as it
// ran before (tests/bench/mainThreadBaseline.ts, bundled into the same page), and the page's heap.

const LIMITS_DIR = join(DATA, "limits");
/** Served at /baseline/ (the page's CSP runs scripts of its own origin only). */
const BEFORE_JS = join(OUT, "baseline", "main-thread-baseline.js");

/** The datasets at the limits, written under /bench-data/limits/. */
function prepareLimits() {
  mkdirSync(join(LIMITS_DIR, "articles"), { recursive: true });
  const write = (name: string, dataset: Dataset, texts: Record<string, string>) => {
    for (const [id, text] of Object.entries(texts))
      writeFileSync(join(LIMITS_DIR, "articles", `${name}-${id}.txt`), text);
    const withFiles = {
      ...dataset,
      articles: dataset.articles.map((a) => ({
        ...a,
        text: undefined,
        file: `articles/${name}-${a.id}.txt`,
      })),
    };
    const { problems } = checkDataset(withFiles, texts);
    if (problems.length > 0)
      throw new Error(`limits dataset ${name} is invalid: ${JSON.stringify(problems[0])}`);
    writeFileSync(join(LIMITS_DIR, `${name}.json`), JSON.stringify(withFiles));
  };
  // (a), (b): all the article text there may be (20 MB), in articles of the largest size (2 MB);
  // 1,000 of the 1,750 quotes in the first one, which the Article tab opens on.
  const mb = FILE_LIMITS.totalText / (1024 * 1024);
  const text = textDataset(mb, FILE_LIMITS.textBytes / (1024 * 1024), 1000);
  write("text", text.dataset, text.texts);
  // The worst of the pathological ones that loads: a 2 MB article of one letter, and three links
  // in four quoting one, two or three letters of it (each occurs two million times).
  const base = generateDataset(1000);
  const article = base.articles[0] as Dataset["articles"][number];
  const letters = `${article.text ?? ""}\n${"a".repeat(FILE_LIMITS.textBytes - (article.text ?? "").length - 1024)}`;
  const relations = base.relations.map((r, i) =>
    i % 4 === 0 ? r : { ...r, evidence: r.evidence.map((e) => ({ ...e, quote: "a".repeat(1 + (i % 3)) })) },
  );
  write("letters", { ...base, relations }, { [article.id]: letters });
  // (c): 5,000 actors and 8,750 long excerpts (about 610 characters each), embedded.
  writeFileSync(join(LIMITS_DIR, "search.json"), JSON.stringify(withLongExcerpts(generateDataset(5000))));
  execSync(
    `npx esbuild tests/bench/mainThreadBaseline.ts --bundle --format=iife --global-name=throughlineBefore --log-level=warning --outfile=${BEFORE_JS}`,
    { stdio: "inherit" },
  );
}

/** Runs `expr` (a script using `before`, `s` = the store's state) in the page; how long it took. */
async function timeBefore(page: Page, expr: string): Promise<number> {
  if (!(await page.evaluate(() => "throughlineBefore" in window)))
    await page.addScriptTag({ url: "/baseline/main-thread-baseline.js" });
  return page.evaluate(`(async () => {
    await ${NEXT_FRAME};
    const before = window.throughlineBefore, s = window.throughline.store.getState();
    const t0 = performance.now();
    ${expr};
    return performance.now() - t0;
  })()`) as Promise<number>;
}

async function heapMB(page: Page): Promise<number> {
  return (await heapAfterLoad(page)) / 1024 / 1024;
}

async function openLimits(browser: Browser, name: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(INIT);
  await context.addInitScript(
    `localStorage.setItem("throughline:story-intro-dismissed", JSON.stringify({ v: 1, data: true }))`,
  );
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/?data=/bench-data/limits/${name}.json`);
  try {
    await page.waitForFunction(
      () => {
        const s = window.throughline?.store.getState();
        return (
          window.throughline?.layoutDone === true &&
          s?.loading === null &&
          !!s.dataset?.title.includes("Generated")
        );
      },
      undefined,
      { timeout: LIMIT_MS, polling: 100 },
    );
  } catch (error) {
    const alert = await page.getByRole("alert").allTextContents();
    throw new Error(`${name} did not open: ${alert.join(" ") || String(error)}`);
  }
  await page.waitForTimeout(500);
  return { context, page };
}

/**
 * From a click on the Article tab to its marks on screen and the whole text drawn (a long article
 * is drawn in blocks after its first marks show; the reader's text is `aria-busy` until the last
 * one is): the time and the longest task.
 */
async function articleTab(page: Page): Promise<{ ms: number; longest: number; marks: number }> {
  await page.getByRole("tab", { name: "Article" }).waitFor();
  const t0 = (await page.evaluate(NEXT_FRAME)) as number;
  await page.getByRole("tab", { name: "Article" }).click();
  await page.locator(".reader-text mark.excerpt-highlight").first().waitFor({ timeout: LIMIT_MS });
  await page.locator(".reader-text[aria-busy=false]").waitFor({ timeout: LIMIT_MS });
  const t1 = (await page.evaluate(
    `(async () => { await ${NEXT_FRAME}; return ${NEXT_FRAME}; })()`,
  )) as number;
  const marks = await page.locator(".reader-text mark.excerpt-highlight").count();
  return { ms: t1 - t0, longest: await longestTask(page, t0, t1), marks };
}

async function limitsFigures(browser: Browser) {
  const runs = Math.min(RUNS, 3);
  const textMB = FILE_LIMITS.totalText / (1024 * 1024);
  const articleMB = FILE_LIMITS.textBytes / (1024 * 1024);
  const size = "limits";
  for (const name of (["text", "letters"] as const).filter((n) => LIMITS.has(n))) {
    console.log(
      `limits: ${name === "text" ? `${textMB} MB of text in ${articleMB} MB articles, 1,750 quotes` : "a 2 MB article of one letter, 1,312 one-to-three-letter quotes"}`,
    );
    const tab: Samples = [];
    const longest: Samples = [];
    const beforeIndex: Samples = [];
    const beforeMarks: Samples = [];
    const heap: Samples = [];
    let marks = 0;
    for (let run = 0; run < runs; run++) {
      const { context, page } = await openLimits(browser, name);
      const r = await articleTab(page);
      tab.push(r.ms);
      longest.push(r.longest);
      marks = r.marks;
      heap.push(await heapMB(page));
      const open = "s.reader.article ?? s.dataset.articles[0].id";
      beforeIndex.push(await timeBefore(page, `before.quoteIndex(s.articleTexts[${open}])`));
      beforeMarks.push(await timeBefore(page, `before.readerBefore(s.dataset, s.articleTexts, ${open})`));
      await context.close();
    }
    const what =
      name === "text" ? `${articleMB} MB article, 1,000 of 1,750 quotes in it` : "2 MB of one letter";
    record({
      size,
      figure: `(a) quote index, ${what}: longest task`,
      app: longest,
      base: beforeIndex,
      unit: "ms",
      note: "app: the whole Article tab opening; base = the index alone, on the main thread",
    });
    record({
      size,
      figure: `(b) mark excerpts, ${what}: longest task`,
      app: longest,
      base: beforeMarks,
      unit: "ms",
      note: `app: same opening, ${marks} marks drawn; base = every article's places, names and segments, on the main thread (no drawing)`,
    });
    record({
      size,
      figure: `Article tab (${name}): click → marks and whole text drawn`,
      app: tab,
      base: null,
      unit: "ms",
    });
    record({
      size,
      figure: `JS heap, Article tab open (${name})`,
      app: heap,
      base: null,
      unit: "MB",
      note: "page's heap after a GC (CDP Runtime.getHeapUsage); the workers end after their job",
    });
  }
  if (!LIMITS.has("search")) return;
  console.log("limits: 5,000 actors, 8,750 long excerpts: folding the search text");
  const fold: Samples = [];
  const foldMs: Samples = [];
  const beforeFold: Samples = [];
  const keystroke: Samples = [];
  const heap: Samples = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openLimits(browser, "search");
    await page.waitForFunction(
      () => window.throughline?.store.getState().searchProgress === null,
      undefined,
      { timeout: LIMIT_MS },
    );
    // Again, alone: the same dataset set anew (same elements, nothing redrawn) folds its text again.
    const t0 = (await page.evaluate(NEXT_FRAME)) as number;
    await page.evaluate(() => {
      const s = window.throughline?.store.getState();
      if (s?.dataset) s.setDataset(s.dataset);
    });
    await page.waitForFunction(
      () => window.throughline?.store.getState().searchProgress === null,
      undefined,
      { timeout: LIMIT_MS, polling: 20 },
    );
    const t1 = (await page.evaluate(NEXT_FRAME)) as number;
    foldMs.push(t1 - t0);
    fold.push(await longestTask(page, t0, t1));
    // A search typed now (the domain's part; the graph's dimming is the "search" row of interact).
    keystroke.push(
      await page.evaluate(() => {
        const s = window.throughline?.store.getState();
        const t = performance.now();
        s?.setSearch("officials in the frost");
        return performance.now() - t;
      }),
    );
    heap.push(await heapMB(page));
    beforeFold.push(await timeBefore(page, "before.buildSearchText(s.dataset)"));
    await context.close();
  }
  record({
    size,
    figure: "(c) fold the search text, 5k long: longest task",
    app: fold,
    base: beforeFold,
    unit: "ms",
    note: "app: in slices after the dataset opens; base = all at once on the first search, as before",
  });
  record({ size, figure: "(c) fold the search text: start → ready", app: foldMs, base: null, unit: "ms" });
  record({
    size,
    figure: "search at 5k long, text ready: setSearch",
    app: keystroke,
    base: null,
    unit: "ms",
    note: "store change incl. the graph's dimming (cytoscape restyle)",
  });
  record({
    size,
    figure: "JS heap, 5k long, search ready",
    app: heap,
    base: null,
    unit: "MB",
    note: "page's heap after a GC",
  });
}

/** Issue 20's figures, measured in this process (no browser). */
function nodeFigures() {
  if (FIGURES.has("search")) {
    console.log("search: 5,000 actors, long excerpts");
    for (const row of searchFigures(RUNS)) record(row);
  }
  if (FIGURES.has("text")) {
    for (const mb of TEXT_MB) {
      console.log(`text: ${mb} MB of article text`);
      for (const row of textFigures(RUNS, mb)) record(row);
    }
  }
}

async function main() {
  const started = Date.now();
  nodeFigures();
  if (!BROWSER_FIGURES) {
    finish(started, "(none)");
    return;
  }
  console.log("Building the app and the baseline page…");
  execSync(`npx vite build --logLevel warn --outDir ${APP} --emptyOutDir`, { stdio: "inherit" });
  execSync("npx vite build -c tests/bench/vite.config.ts", { stdio: "inherit" });
  console.log("Writing datasets…");
  const cases = CASE_FIGURES ? prepareCases() : [];
  if (FIGURES.has("limits")) prepareLimits();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  const version = browser.version();
  console.log(`Chromium ${version}, ${RUNS} runs per figure, on ${ORIGIN}\n`);
  try {
    if (FIGURES.has("limits")) await limitsFigures(browser);
    for (const c of cases) {
      console.log(`${c.name}: ${c.nodes} entities, ${c.edges} relations`);
      const step = async (name: string, what: () => Promise<void>) => {
        try {
          await what();
        } catch (error) {
          console.warn(`  ${c.name.padEnd(8)} ${name} failed: ${String(error).split("\n")[0]}`);
        }
      };
      if (FIGURES.has("load")) await step("first frame", () => firstFrameFigures(browser, c));
      if (FIGURES.has("embed") && c.name === "curated") await step("embed", () => embedFigures(browser, c));
      if (WEBGL) await step("webgl", () => webglFigures(browser, c));
      const { app, base } = await openPair(browser, c);
      if (FIGURES.has("interact")) {
        await step("re-render", () => rerenderFigure(app.page, base.page, c));
        await step("filter", () =>
          classChangeFigure(
            app.page,
            base.page,
            c,
            `country filter (${c.country})`,
            `s.setFilters({ countries: [${JSON.stringify(c.country)}] })`,
            "s.setFilters({ countries: [] })",
            "is-hidden",
          ),
        );
        await step("search", () =>
          classChangeFigure(
            app.page,
            base.page,
            c,
            `search "${c.search}"`,
            `s.setSearch(${JSON.stringify(c.search)})`,
            's.setSearch("")',
            "is-dimmed",
          ),
        );
      }
      if (FIGURES.has("readability"))
        await step("readability", () => readabilityFigures(browser, base.page, c));
      if (FIGURES.has("time")) await step("time", () => timeFigures(browser, app.page, base.page, c));
      if (FIGURES.has("story") && c.name === "curated")
        await step("story", () => storyFigures(browser, app.page, base.page, c));
      if (FIGURES.has("export")) {
        if (c.nodes <= EXPORT_MAX_NODES) await step("export", () => exportFigures(app.page, base.page, c));
        else console.log(`  ${c.name.padEnd(8)} export skipped (run with --export-20k)`);
      }
      if ((FIGURES.has("export") || FIGURES.has("preview")) && c.name === "curated")
        await step("preview", () => previewFigures(browser, app.page, base.page, c));
      if (FIGURES.has("layout")) await step("layouts", () => layoutFigures(app.page, base.page, c));
      await app.context.close();
      await base.context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  finish(started, version);
}

function finish(started: number, version: string) {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const result = {
    date: new Date().toISOString(),
    chromium: version,
    runs: RUNS,
    cpus: cpus().length,
    rows: rows.map((r) => ({
      ...r,
      appMedian: median(r.app),
      baseMedian: r.base ? median(r.base) : null,
    })),
  };
  writeFileSync(join(OUT, `bench-${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(OUT, "latest.md"), `${table()}\n`);
  console.log(`\n${table()}\n`);
  console.log(
    `Wrote bench-results/bench-${stamp}.json and bench-results/latest.md in ${Math.round((Date.now() - started) / 1000)} s.`,
  );
}

await main();

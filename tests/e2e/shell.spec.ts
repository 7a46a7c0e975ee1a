// Issue 14, "No blank page, no jump": the built index.html paints the app's frame before any script
// runs (the header with the product name, the panels, the toolbar, the canvas area in the theme's
// paper and the legend's room), in the reader's theme with no flash, and the app takes that frame
// over without moving it; the legend's room is there from the first frame, so the graph is fitted
// once, to the canvas' final size.
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { THEMES } from "../../src/visuals/tokens";
import { ORIGIN } from "./helpers";

const SIZES = [
  { width: 1440, height: 900, mobile: false },
  { width: 1024, height: 768, mobile: true },
  { width: 390, height: 844, mobile: true },
];

/** The frame's boxes a reader would see move, by selector (absent ones are null). */
const FRAME = [
  ".app-header",
  ".workspace",
  ".side-panel",
  ".side-panel-right",
  ".graph-area",
  ".view-toolbar",
  ".view-body",
  ".legend-strip",
  ".compact-bar",
];

const boxes = (page: Page) =>
  page.evaluate((selectors) => {
    const out: Record<string, { x: number; y: number; width: number; height: number } | null> = {};
    for (const s of selectors) {
      const el = document.querySelector(s);
      const r = el?.getBoundingClientRect();
      out[s] = r && r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }
    return out;
  }, FRAME);

type Boxes = Awaited<ReturnType<typeof boxes>>;

/** Each box where it was, to a pixel (sub-pixel rounding aside). */
function sameBoxes(frame: Boxes, app: Boxes, selectors: string[]) {
  for (const selector of selectors) {
    const a = frame[selector];
    const b = app[selector];
    expect(b === null, `${selector}: drawn in both or in neither`).toBe(a === null);
    if (!a || !b) continue;
    for (const k of ["x", "y", "width", "height"] as const)
      expect(Math.abs(a[k] - b[k]), `${selector} ${k}: frame ${a[k]}, app ${b[k]}`).toBeLessThanOrEqual(1);
  }
}

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** A returning reader (no "Start here" card over the canvas), with these stored preferences. */
async function newReader(
  browser: import("@playwright/test").Browser,
  size: (typeof SIZES)[number],
  options: { colorScheme: "light" | "dark"; prefs?: Record<string, unknown> },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    isMobile: size.mobile,
    hasTouch: size.mobile,
    colorScheme: options.colorScheme,
  });
  await context.addInitScript((prefs) => {
    window.localStorage.setItem("throughline:story-intro-dismissed", JSON.stringify({ v: 1, data: true }));
    if (prefs) window.localStorage.setItem("throughline:preferences", JSON.stringify({ v: 1, data: prefs }));
  }, options.prefs ?? null);
  return context;
}

/** The page as it paints before any script of the app has run (every module refused). */
async function openWithoutScripts(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto(`${ORIGIN}/`);
  await expect(page.locator(".shell")).toBeVisible();
  return page;
}

for (const size of SIZES) {
  for (const scheme of ["light", "dark"] as const) {
    test(`index.html paints the app's frame before any script, and the app keeps it, at ${size.width}×${size.height}, ${scheme}`, async ({
      browser,
    }) => {
      const context = await newReader(browser, size, { colorScheme: scheme });
      const early = await openWithoutScripts(context);
      await expect(early.locator(".app-header .brand")).toHaveText("Throughline");
      await expect(early.getByText("Loading the network…")).toBeVisible();
      const paper = rgb(THEMES[scheme].ui.paper);
      expect(await early.locator(".graph-area").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        paper,
      );
      const frame = await boxes(early);
      expect(frame[".app-header"]).not.toBeNull();
      expect(frame[".view-body"]).not.toBeNull();
      expect(frame[".legend-strip"]).not.toBeNull();
      await early.screenshot({ path: `test-results/screens/shell-${size.width}-${scheme}-early.png` });
      await early.close();

      const page = await context.newPage();
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction(() => window.throughline?.layoutDone === true);
      // The real legend and the left panel's search box are in: everything of the first load.
      await page.locator(".legend-strip .legend-toggle").first().waitFor();
      await expect(page.locator(".shell")).toHaveCount(0);
      sameBoxes(frame, await boxes(page), FRAME);
      await page.screenshot({ path: `test-results/screens/shell-${size.width}-${scheme}-app.png` });
      await context.close();
    });
  }
}

test("a theme the reader chose is painted from the first frame, against the system's", async ({
  browser,
}) => {
  const size = SIZES[0] as (typeof SIZES)[number];
  for (const [system, chosen] of [
    ["light", "dark"],
    ["dark", "light"],
  ] as const) {
    const context = await newReader(browser, size, { colorScheme: system, prefs: { theme: chosen } });
    const page = await openWithoutScripts(context);
    expect(await page.locator(".graph-area").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      rgb(THEMES[chosen].ui.paper),
    );
    await context.close();
  }
});

test("the frame takes the reader's panel widths and a folded legend", async ({ browser }) => {
  const size = SIZES[0] as (typeof SIZES)[number];
  const prefs = { leftWidth: 320, rightWidth: 480, legendOpen: false };
  const context = await newReader(browser, size, { colorScheme: "light", prefs });
  const early = await openWithoutScripts(context);
  const frame = await boxes(early);
  expect(frame[".side-panel"]?.width).toBe(320);
  expect(frame[".side-panel-right"]?.width).toBe(480);
  await early.close();
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await page.locator(".legend-strip .legend-toggle").first().waitFor();
  await expect(page.getByRole("button", { name: "Show legend" })).toBeVisible();
  sameBoxes(frame, await boxes(page), [".side-panel", ".side-panel-right", ".view-body", ".legend-strip"]);
  await context.close();
});

test("the first frame is fitted once, to the canvas' final size: the legend arriving refits nothing (1024×768)", async ({
  browser,
}) => {
  const context = await newReader(browser, SIZES[1] as (typeof SIZES)[number], { colorScheme: "light" });
  // In the page, at the first animation frame once the graph is laid out: the zoom and the canvas'
  // height the reader first sees (before any panel loaded after the first frame).
  await context.addInitScript(() => {
    const w = window as unknown as { __first?: { zoom: number; height: number } };
    const look = () => {
      const t = window.throughline;
      if (t?.layoutDone && t.cy) {
        w.__first = { zoom: t.cy.zoom(), height: t.cy.height() };
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => (window as unknown as { __first?: unknown }).__first !== undefined);
  // Everything of the first load is in: the legend and the search box.
  await page.locator(".legend-strip .legend").waitFor();
  await page.locator(".search-box input").waitFor({ state: "attached" });
  // Two frames for a resize to be observed and acted on.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
  const first = await page.evaluate(
    () => (window as unknown as { __first: { zoom: number; height: number } }).__first,
  );
  const now = await page.evaluate(() => ({
    zoom: window.throughline?.cy.zoom() ?? 0,
    height: window.throughline?.cy.height() ?? 0,
  }));
  expect(now.height).toBe(first.height);
  expect(now.zoom).toBeCloseTo(first.zoom, 6);
  await context.close();
});

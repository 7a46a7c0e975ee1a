// Issue 14, phones and tablets: with touch emulation at 390×844, 375×667 and 1024×768 a reader opens
// every view from the bottom bar, taps an actor and a link, filters by country and exports a PNG;
// nothing scrolls sideways, every dialog and sheet fits the screen, every tap target is ≥ 44 px.
import { expect, type Page, test } from "@playwright/test";
import { dataset, openApp, pointOf } from "./helpers";
import { nothingMoving } from "./readability";

const DEVICES = [
  { name: "phone 390×844", width: 390, height: 844 },
  { name: "small phone 375×667", width: 375, height: 667 },
  { name: "tablet 1024×768", width: 1024, height: 768 },
];

const bar = (page: Page) => page.getByRole("navigation", { name: "Views" });
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });

/** With touch emulation, a page wider than the device is zoomed out, so compare with the device. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

async function expectInsideViewport(page: Page, selector: string, width: number, height: number) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
}

/** Visible controls smaller than 44 × 44 px (words marked inside the article's running text excepted). */
function smallTapTargets(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        "button, select, input:not([type=hidden]), summary, a[href], [role=button], [role=tab], label.facet-option",
      ),
    ]
      .filter((el) => el.closest(".reader-text") === null && el.closest(".skip-links") === null)
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
      .map((el) => {
        // A checkbox's target is its whole label.
        const target = el.matches("input[type=checkbox], input[type=radio]")
          ? (el.closest("label") ?? el)
          : el;
        const r = target.getBoundingClientRect();
        return {
          what: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 30)}"`,
          w: Math.round(r.width),
          h: Math.round(r.height),
        };
      })
      .filter((t) => t.w < 44 || t.h < 43.5),
  );
}

for (const device of DEVICES) {
  test.describe(device.name, () => {
    test.use({
      viewport: { width: device.width, height: device.height },
      hasTouch: true,
      isMobile: true,
    });

    test("the graph fills the screen and every view is one tap away", async ({ page }) => {
      const { consoleErrors } = await openApp(page);
      await expectNoSidewaysScroll(page, device.width);
      // One column: the canvas spans the width and most of the height.
      const size = await page.evaluate(() => ({
        w: window.throughline?.cy.width() ?? 0,
        h: window.throughline?.cy.height() ?? 0,
      }));
      expect(size.w).toBe(device.width);
      expect(size.h).toBeGreaterThan(device.height * 0.4);
      await expect(bar(page)).toBeVisible();
      expect(await smallTapTargets(page)).toEqual([]);

      // Tap an actor: its details open as a sheet over the graph, half height.
      const relation = dataset.relations.find((r) => r.id === "flynn-kislyak-intercepted-contact");
      if (!relation) throw new Error("the dataset has no Flynn–Kislyak relation");
      const source = dataset.entities.find((e) => e.id === relation.source);
      const at = await pointOf(page, relation.source);
      await page.touchscreen.tap(at.x, at.y);
      await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(source?.name ?? "");
      const sheet = await details(page).boundingBox();
      expect(sheet?.height).toBeLessThan(device.height * 0.7);
      await expectInsideViewport(page, ".side-panel-right", device.width, device.height);
      expect(await smallTapTargets(page)).toEqual([]);

      // Then one of its links: the excerpts, verbatim.
      await details(page).locator(".relation-item", { hasText: relation.label }).first().tap();
      await expect(details(page).locator("blockquote").first()).toHaveText(relation.evidence[0]?.quote ?? "");
      await expectNoSidewaysScroll(page, device.width);

      // Full height, then closed with its button.
      await details(page).getByRole("button", { name: "Show Details at full height" }).tap();
      await expect(details(page)).toHaveClass(/is-full/);
      await details(page).getByRole("button", { name: "Close Details" }).tap();
      await expect(details(page)).toBeHidden();
      await expect(bar(page).getByRole("button", { name: "Details" })).toBeFocused();

      // Article: the reader, full height, the selected link's excerpts marked.
      await bar(page).getByRole("button", { name: "Article" }).tap();
      await expect(details(page).locator(".reader-text mark").first()).toBeVisible();
      await expectNoSidewaysScroll(page, device.width);
      expect(await smallTapTargets(page)).toEqual([]);

      // Filters: search and filters in a sheet; Russia only.
      await bar(page).getByRole("button", { name: "Filters" }).tap();
      const filters = page.getByRole("complementary", { name: "Search and filters" });
      await expect(filters).toBeVisible();
      await expect(details(page)).toBeHidden();
      await filters.locator("summary", { hasText: /^Country/ }).tap();
      await filters.getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
      await expect(page.getByTestId("shown-count")).not.toContainText(`${dataset.entities.length} of`);
      await expectNoSidewaysScroll(page, device.width);
      expect(await smallTapTargets(page)).toEqual([]);

      // Graph closes the sheet; List shows the list.
      await bar(page).getByRole("button", { name: "Graph" }).tap();
      await expect(filters).toBeHidden();
      const shown = await page.evaluate(() => window.throughline?.cy.nodes(":visible").length ?? 0);
      expect(shown).toBeLessThan(dataset.entities.length);
      await bar(page).getByRole("button", { name: "List" }).tap();
      await expect(page.getByRole("table", { name: /Actors shown/ })).toBeVisible();
      await expectNoSidewaysScroll(page, device.width);
      await bar(page).getByRole("button", { name: "Graph" }).tap();

      // The header's actions sit in a menu.
      await expect(page.getByRole("button", { name: "Open dataset…" })).toBeHidden();
      await page.getByRole("button", { name: "Menu" }).tap();
      await expect(page.getByRole("button", { name: "Open dataset…" })).toBeVisible();
      await expectInsideViewport(page, ".header-actions", device.width, device.height);
      await page.getByRole("button", { name: "Menu" }).tap();

      // Export: the dialog fits the screen and saves a PNG.
      await bar(page).getByRole("button", { name: "Export" }).tap();
      const dialog = page.getByRole("dialog", { name: "Export" });
      await expect(dialog).toBeVisible();
      await expectInsideViewport(page, "dialog.export-dialog", device.width, device.height);
      const download = page.waitForEvent("download");
      await dialog.getByRole("button", { name: "Export", exact: true }).tap();
      expect((await download).suggestedFilename()).toMatch(/\.png$/);
      await expectNoSidewaysScroll(page, device.width);
      expect(consoleErrors).toEqual([]);
    });

    test("pinch zooms, a tap on a line selects the link, drag pans", async ({ page }) => {
      await openApp(page);
      const relation = dataset.relations.find((r) => r.id === "flynn-kislyak-intercepted-contact");
      if (!relation) throw new Error("the dataset has no Flynn–Kislyak relation");
      const camera = () =>
        page.evaluate(() => {
          const cy = window.throughline?.cy;
          return { zoom: cy?.zoom() ?? 0, x: cy?.pan().x ?? 0, y: cy?.pan().y ?? 0 };
        });
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) =>
        cdp.send("Input.dispatchTouchEvent", {
          type,
          touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
        });

      // Pinch on the line, two fingers moving apart: the whole graph is too small to aim at one line.
      const before = await camera();
      const at = await pointOf(page, relation.id);
      await touch("touchStart", [
        { x: at.x - 20, y: at.y },
        { x: at.x + 20, y: at.y },
      ]);
      for (let step = 1; step <= 8; step++)
        await touch("touchMove", [
          { x: at.x - 20 - step * 15, y: at.y },
          { x: at.x + 20 + step * 15, y: at.y },
        ]);
      await touch("touchEnd", []);
      const pinched = await camera();
      expect(pinched.zoom).toBeGreaterThan(before.zoom * 2);

      const mid = await pointOf(page, relation.id);
      await page.touchscreen.tap(mid.x, mid.y);
      await expect(details(page).locator("blockquote").first()).toHaveText(relation.evidence[0]?.quote ?? "");
      await details(page).getByRole("button", { name: "Close Details" }).tap();

      // Drag: one finger on an empty spot (the fitted graph's bottom-left margin) moves the view.
      // The camera going back from the link (closing the details) stops first; then Fit, whose
      // animation starts with the click a tap makes, which may come after tap() returns: wait for the
      // camera to leave the pinched view, then to stop.
      await page.waitForFunction(nothingMoving, true);
      const pinchedView = await camera();
      await page.getByRole("button", { name: "Fit the graph to the window" }).tap();
      await expect.poll(camera).not.toEqual(pinchedView);
      await page.waitForFunction(nothingMoving, true);
      const box = await page.locator(".graph-canvas").boundingBox();
      if (!box) throw new Error("no canvas");
      const start = await camera();
      const empty = { x: box.x + 12, y: box.y + box.height - 12 };
      await touch("touchStart", [empty]);
      for (let step = 1; step <= 6; step++)
        await touch("touchMove", [{ x: empty.x + step * 10, y: empty.y - step * 10 }]);
      await touch("touchEnd", []);
      const dragged = await camera();
      expect(dragged.x - start.x).toBeGreaterThan(30);
      expect(start.y - dragged.y).toBeGreaterThan(30);
    });
  });
}

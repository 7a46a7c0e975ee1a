// Issue 18, "Time": the timeline under the graph, driven as a reader would.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { dataset, openApp, pointOf } from "./helpers";

type Dated = { id: string; date?: unknown; evidence: { date?: unknown }[] };
const relations = dataset.relations as unknown as Dated[];
const dated = relations.filter((r) => r.date !== undefined || r.evidence.some((e) => e.date !== undefined));
const undated = relations.length - dated.length;

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });

/** Opens the timeline unless it is open already (being open is remembered across visits). */
async function openTimeline(page: Page) {
  const toggle = page.getByRole("button", { name: "Timeline", exact: true });
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  await expect(timeline(page).locator("svg")).toBeVisible();
}

/** Ids of the relations the canvas shows (not is-hidden). */
function shownEdges(page: Page) {
  return page.evaluate(() =>
    (
      window.throughline?.cy
        ?.edges()
        .filter((e) => !e.hasClass("is-hidden"))
        .map((e) => e.id()) ?? []
    ).sort(),
  );
}

test("places every dated link on the axis, counts the undated ones, and remembers being open", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  await expect(timeline(page).locator(".tl-mark")).toHaveCount(dated.length);
  await expect(timeline(page)).toContainText(`${undated} links with no date`);
  await page.reload();
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  await expect(timeline(page).locator("svg")).toBeVisible();
});

test("choosing a mark opens its link, whose date reads in words beside the article's own", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  await timeline(page).locator('.tl-mark[data-relation="western-ally-us-intelligence-operations"]').click();
  const details = page.locator("#details-section");
  await expect(details).toContainText("since Aug 2016 (for the last seven months");
  await expect(details).not.toContainText("[object Object]");
});

test("the range thumbs filter the graph by time, with the keyboard, and the range is in the address", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  const all = await shownEdges(page);
  expect(all).toHaveLength(relations.length);
  // Move the end of the range to the axis' first day: only links that reach back to it stay.
  const to = timeline(page).getByRole("slider", { name: "To" });
  await to.focus();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/[?&]time=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
  const narrowed = await shownEdges(page);
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(dated.length);
  // No undated link is on screen while a time range is set.
  const datedIds = new Set(dated.map((r) => r.id));
  expect(narrowed.every((id) => datedIds.has(id))).toBe(true);
  // The permalink restores it.
  const url = page.url();
  await page.goto(url);
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  expect(await shownEdges(page)).toEqual(narrowed);
  await openTimeline(page);
  await timeline(page).getByRole("button", { name: "Clear time range" }).click();
  await expect.poll(() => shownEdges(page)).toHaveLength(relations.length);
  await expect(page).not.toHaveURL(/time=/);
});

test("hovering a mark lights its link on the canvas, and hovering the link lights the mark", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  // A mark whose line can be hovered on the canvas: its midpoint in view and clear of every shape.
  const ids = await timeline(page)
    .locator(".tl-mark")
    .evaluateAll((marks) => marks.map((m) => m.getAttribute("data-relation") ?? ""));
  const id = await page.evaluate((candidates) => {
    const cy = window.throughline?.cy;
    if (!cy) return null;
    return (
      candidates.find((edgeId) => {
        const p = cy.getElementById(edgeId).renderedMidpoint();
        if (p.x < 40 || p.y < 40 || p.x > cy.width() - 70 || p.y > cy.height() - 20) return false;
        return cy.nodes().every((n) => {
          const b = n.renderedBoundingBox({ includeLabels: true });
          return p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4;
        });
      }) ?? null
    );
  }, ids);
  if (!id) throw new Error("no dated link can be hovered on the canvas");
  const mark = timeline(page).locator(`.tl-mark[data-relation="${id}"]`);
  await mark.hover();
  await expect
    .poll(() =>
      page.evaluate((edge) => window.throughline?.cy?.getElementById(edge).hasClass("is-highlighted"), id),
    )
    .toBe(true);
  await page.mouse.move(5, 5);
  await expect(timeline(page).locator(".tl-mark.is-hovered")).toHaveCount(0);
  const { x, y } = await pointOf(page, id);
  await page.mouse.move(x, y);
  await expect(timeline(page).locator(`.tl-mark.is-hovered[data-relation="${id}"]`)).toHaveCount(1);
});

test("as reported: the day before Newsweek shows no link, its day all of them, and the rewrite's overstatement is named", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  await timeline(page).getByRole("button", { name: "As reported" }).click();
  const stop = timeline(page).getByRole("button", { name: /15 Feb 2017/ });
  await stop.click();
  await expect(page).toHaveURL(/reported=2017-02-15/);
  await expect.poll(async () => (await shownEdges(page)).length).toBe(relations.length);
  await expect(timeline(page)).toContainText(/unconfirmed → .*reported.*more surely/);
  await page.goto("/?reported=2017-02-14");
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  expect(await shownEdges(page)).toEqual([]);
});

test("axe finds nothing to fix with the timeline open", async ({ page }) => {
  await openApp(page);
  await openTimeline(page);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
});

test("works at 390 px wide", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await openApp(page);
  await openTimeline(page);
  const box = await timeline(page).boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(390);
  await expect(timeline(page).locator(".tl-mark")).toHaveCount(dated.length);
  await context.close();
});

// Issue 14, "Room for reading", driven as a reader would at 1440×900: the article reader is wide with
// the graph alongside; one excerpt is active, with one outline round the whole of it, names and all;
// clicking a highlight selects its link and the reader's foot names it; "Only this link's excerpts"
// leaves that link's highlights alone; path results are read in the Details panel, not below the
// filters.
import { expect, type Page, test } from "@playwright/test";
import { dataset, openApp } from "./helpers";

const NEWSWEEK = "newsweek-2017-02-15";
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const marks = (page: Page) => page.locator(".reader-text mark.excerpt-highlight");

async function openArticle(page: Page, path: string) {
  await openApp(page, path);
  await details(page).getByRole("tab", { name: "Article" }).click();
  await expect(marks(page).first()).toBeVisible();
}

const selection = (page: Page) => page.evaluate(() => window.throughline?.store.getState().view.selection);

test("the reader is at least 560 px wide at 1280 and 1440 px, with the graph alongside", async ({ page }) => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openArticle(page, "/");
    const text = await page.locator(".reader-text").boundingBox();
    const canvas = await page.locator(".graph-canvas").boundingBox();
    expect(text?.width, `reader at ${width} px`).toBeGreaterThanOrEqual(560);
    expect(canvas?.width, `graph at ${width} px`).toBeGreaterThanOrEqual(380);
    // Side by side, not over each other.
    expect((canvas?.x ?? 0) + (canvas?.width ?? 0)).toBeLessThanOrEqual(text?.x ?? 0);
  }
});

test("clicking a highlight makes it the active excerpt: one outline round it, names and all, its link selected and named", async ({
  page,
}) => {
  const relation = dataset.relations.find((r) => r.id === "flynn-kislyak-intercepted-contact");
  const quote = relation?.evidence.findIndex((e) => e.article === NEWSWEEK) ?? -1;
  expect(quote).toBeGreaterThanOrEqual(0);
  await openArticle(page, "/");
  // The bar at the reader's foot invites a click while nothing is selected.
  const bar = page.getByTestId("reader-bar");
  await expect(bar).toContainText("Click a highlight to see the link it supports.");
  await expect(bar.getByRole("switch", { name: "Only this link's excerpts" })).toBeDisabled();

  const highlight = page.locator(`.reader-text mark[data-evidence="${relation?.id}#${quote}"]`).first();
  await highlight.scrollIntoViewIfNeeded();
  // Click on its words, not on a name inside it (a name selects its actor).
  const box = await highlight.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const first = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    if (!first) return null;
    range.setStart(first, 0);
    range.setEnd(first, 2);
    const r = range.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  expect(box).not.toBeNull();
  await page.mouse.click(box?.x ?? 0, box?.y ?? 0);
  await expect.poll(() => selection(page)).toEqual({ kind: "relation", id: relation?.id });

  // The active excerpt: names marked inside it, over several lines, and one outline round all of it.
  const active = page.locator(".reader-text .is-emphasised");
  await expect(active.first()).toBeVisible();
  expect(await active.locator(".mention").count()).toBeGreaterThan(0);
  const outline = page.getByTestId("excerpt-outline").locator("path");
  await expect(outline).toHaveCount(1);
  const geometry = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>(".reader-text .is-emphasised")];
    const range = document.createRange();
    range.setStartBefore(all[0] as HTMLElement);
    range.setEndAfter(all[all.length - 1] as HTMLElement);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const path = document.querySelector("[data-testid=excerpt-outline] path")?.getBoundingClientRect();
    const outlines = all.map((el) => getComputedStyle(el).outlineStyle);
    return {
      path: path && { left: path.left, top: path.top, right: path.right, bottom: path.bottom },
      rects: rects.map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })),
      lines: new Set(rects.map((r) => Math.round(r.top / 10))).size,
      outlines,
    };
  });
  expect(geometry.lines).toBeGreaterThan(1);
  // The marks draw no outline of their own: the one path encloses every box of the excerpt.
  expect(new Set(geometry.outlines)).toEqual(new Set(["none"]));
  for (const r of geometry.rects) {
    expect(r.left).toBeGreaterThanOrEqual((geometry.path?.left ?? 0) - 0.5);
    expect(r.right).toBeLessThanOrEqual((geometry.path?.right ?? 0) + 0.5);
    expect(r.top).toBeGreaterThanOrEqual((geometry.path?.top ?? 0) - 0.5);
    expect(r.bottom).toBeLessThanOrEqual((geometry.path?.bottom ?? 0) + 0.5);
  }
  const union = {
    top: Math.min(...geometry.rects.map((r) => r.top)),
    bottom: Math.max(...geometry.rects.map((r) => r.bottom)),
  };
  // …and no more than it (the padding aside).
  expect(geometry.path?.top).toBeGreaterThan(union.top - 6);
  expect(geometry.path?.bottom).toBeLessThan(union.bottom + 6);

  // The reader's foot names the link, in view wherever the text is scrolled.
  await expect(bar).toContainText("Michael Flynn");
  await expect(bar).toContainText("Sergey Kislyak");
  await expect(bar).toBeInViewport();
  await page.locator(".side-panel-right").evaluate((el) => el.scrollBy(0, 2000));
  await expect(bar).toBeInViewport();
  // Its name leads to the link's details.
  await bar.getByRole("button", { name: /Michael Flynn/ }).click();
  await expect(details(page).getByRole("tab", { name: "Details" })).toHaveAttribute("aria-selected", "true");
  await expect(details(page).getByText(/^Link ·/)).toBeVisible();
});

test("Enter on a highlight activates it too, and ‹ › step through the link's excerpts in the article", async ({
  page,
}) => {
  const id = "western-ally-us-intelligence-operations";
  const here =
    dataset.relations.find((r) => r.id === id)?.evidence.filter((e) => e.article === NEWSWEEK) ?? [];
  expect(here.length).toBe(3);
  await openArticle(page, "/");
  const first = page.locator(`.reader-text mark[data-evidence="${id}#0"]`).first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => selection(page)).toEqual({ kind: "relation", id });
  const bar = page.getByTestId("reader-bar");
  await expect(bar).toContainText("excerpt 1 of 3 here");
  const activeText = () =>
    page.locator(".reader-text .is-emphasised").evaluateAll((els) => els.map((e) => e.textContent).join(""));
  expect(here.map((e) => e.quote)).toContain(await activeText());
  await bar.getByRole("button", { name: "Next excerpt of this link" }).click();
  await expect(bar).toContainText("excerpt 2 of 3 here");
  expect(await activeText()).toBe(here[1]?.quote);
  await expect(page.locator(".reader-text .is-emphasised").first()).toBeInViewport();
  await expect(page.getByTestId("excerpt-outline").locator("path")).toHaveCount(1);
});

test("“Only this link's excerpts” leaves the selected link's highlights alone, and is remembered", async ({
  page,
}) => {
  const id = "western-ally-us-intelligence-operations";
  const quotes = dataset.relations
    .find((r) => r.id === id)
    ?.evidence.filter((e) => e.article === NEWSWEEK)
    .map((e) => e.quote);
  await openArticle(page, `/?relation=${id}`);
  const all = await marks(page).count();
  expect(all).toBeGreaterThan(100);
  const onlyLink = page.getByRole("switch", { name: "Only this link's excerpts" });
  await onlyLink.check();
  await expect(marks(page)).toHaveCount(quotes?.length ?? 0);
  for (const text of await marks(page).allTextContents()) expect(quotes).toContain(text);
  await expect(page.locator(".reader-header")).toContainText(`${quotes?.length} of `);

  // Another link chosen on the canvas: its excerpts alone (it has one in this article).
  const other = "flynn-russian-official-contact";
  expect(dataset.relations.find((r) => r.id === other)?.evidence.map((e) => e.article)).toEqual([NEWSWEEK]);
  await page.evaluate(
    (rid) => window.throughline?.store.getState().select({ kind: "relation", id: rid }),
    other,
  );
  await expect(marks(page)).toHaveCount(1);

  // Kept across a reload; off again, every excerpt is back.
  await page.reload();
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  await details(page).getByRole("tab", { name: "Article" }).click();
  await expect(onlyLink).toBeChecked();
  await onlyLink.uncheck();
  await expect(marks(page)).toHaveCount(all);
});

test("path results are read in the Details panel, each step in view without scrolling past the filters", async ({
  page,
}) => {
  await openArticle(page, "/");
  const finder = page.getByRole("region", { name: "Paths between two actors" });
  for (const [label, name] of [
    ["From", "Rex Tillerson"],
    ["To", "Vladimir Putin"],
  ] as const) {
    await finder.getByRole("combobox", { name: label }).fill(name);
    await page
      .getByRole("option", { name: new RegExp(name) })
      .first()
      .click();
  }
  // The panel turns to Details, where the chain is told at the top.
  await expect(details(page).getByRole("tab", { name: "Details" })).toHaveAttribute("aria-selected", "true");
  const results = details(page).getByRole("region", { name: /Rex Tillerson.*Vladimir Putin/ });
  await expect(results.getByText("1 shortest path, 2 steps each")).toBeVisible();
  const steps = results.locator(".path").first().locator(".path-step");
  await expect(steps).toHaveCount(2);
  expect(await details(page).evaluate((el) => el.scrollTop)).toBe(0);
  for (let i = 0; i < (await steps.count()); i++) {
    await expect(steps.nth(i)).toBeInViewport({ ratio: 1 });
    const box = await steps.nth(i).boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
  }
  // The left column keeps only the finder's summary, not the steps.
  await expect(finder.locator(".path-step")).toHaveCount(0);
});

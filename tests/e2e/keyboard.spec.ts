// Issue 14, keyboard and screen readers: skip links, focus that never falls to the page body, a
// visible focus ring on every control, a short way from the search box to an actor's links, the
// canvas driven by arrow keys, and axe without a single violation at three sizes.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { clickNode, openApp } from "./helpers";

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search actors and excerpts" });
const focusedIsBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

test("skip links lead to the graph and to the list", async ({ page }) => {
  await openApp(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the graph" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#graph-canvas")).toBeFocused();

  await page.getByRole("link", { name: "Skip to the graph" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to the list" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "List of actors and links" })).toBeFocused();
  await expect(page.getByRole("table", { name: /Actors shown/ })).toBeVisible();
});

test("from the search box to the chosen actor's first link in at most 5 Tab presses", async ({ page }) => {
  await openApp(page);
  await searchBox(page).focus();
  await page.keyboard.type("sechin");
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Igor Sechin");
  // Focus moves to the chosen actor's details (a frame after they show): the Tabs count from there.
  // A Tab pressed before that move went from the search box instead.
  await expect(page.locator("#details-section")).toBeFocused();
  const firstLink = details(page).locator(".relation-list button").first();
  let presses = 0;
  for (; presses < 5; presses++) {
    if (await firstLink.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(firstLink).toBeFocused();
  expect(presses).toBeLessThanOrEqual(5);
});

test("focus never falls to the page body: a link opened from the details, a path cleared, filters reset", async ({
  page,
}) => {
  await openApp(page);
  await clickNode(page, "igor-sechin");
  const first = details(page).locator(".relation-list button").first();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(details(page).getByText(/^Link ·/)).toBeVisible();
  // Focus moved to the link's details.
  await expect(page.locator("#details-section")).toBeFocused();

  // A name in the link's heading: the actor's details, focused.
  await details(page).locator("#details-title button").first().focus();
  await page.keyboard.press("Enter");
  await expect(details(page).locator(".relation-list")).toBeVisible();
  await expect(page.locator("#details-section")).toBeFocused();

  // "Path from here", a destination, then Clear path: the button that vanished hands focus on.
  await details(page).getByRole("button", { name: "Path from here" }).click();
  const paths = page.getByRole("region", { name: "Paths between two actors" });
  await paths.getByRole("combobox", { name: "To" }).fill("putin");
  await page.keyboard.press("Enter");
  const clear = page.getByRole("button", { name: "Clear path" }).first();
  await clear.focus();
  await page.keyboard.press("Enter");
  await expect(clear).toBeHidden();
  // The safety net hands focus on after the action's re-render: on a loaded machine that can take
  // longer than a fixed wait.
  await expect.poll(() => focusedIsBody(page)).toBe(false);

  // Reset disables itself once nothing is filtered.
  const filters = page.getByRole("region", { name: "Filters" });
  await filters.locator("summary", { hasText: /^Country/ }).click();
  await filters.getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
  const reset = filters.getByRole("button", { name: "Reset" });
  await reset.focus();
  await page.keyboard.press("Enter");
  await expect(reset).toBeDisabled();
  // The safety net hands focus on after the action's re-render: on a loaded machine that can take
  // longer than a fixed wait.
  await expect.poll(() => focusedIsBody(page)).toBe(false);
});

test("the canvas takes focus; arrow keys move between actors, announced; Enter opens the details", async ({
  page,
}) => {
  await openApp(page);
  const canvas = page.locator("#graph-canvas");
  await canvas.focus();
  const status = page.getByTestId("announcer");
  const cursor = () => page.evaluate(() => window.throughline?.cy.$(".is-cursor").map((n) => n.id()) ?? []);
  await page.keyboard.press("ArrowRight");
  await expect(status).toContainText("Enter for details.");
  const first = await cursor();
  expect(first).toHaveLength(1);
  const startX = await page.evaluate(
    (id) => window.throughline?.cy.getElementById(id).position("x") ?? 0,
    first[0] ?? "",
  );
  await page.keyboard.press("ArrowRight");
  await expect.poll(cursor).not.toEqual(first);
  const second = (await cursor())[0] ?? "";
  // The move went right.
  expect(
    await page.evaluate((id) => window.throughline?.cy.getElementById(id).position("x") ?? 0, second),
  ).toBeGreaterThan(startX);
  const name = await page.evaluate(
    (id) => window.throughline?.store.getState().index?.entityById.get(id)?.name ?? "",
    second,
  );
  await expect(status).toContainText(name);
  await page.keyboard.press("Enter");
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(name);
  await expect(canvas).toBeFocused();
  // Leaving the canvas takes the cursor away.
  await page.keyboard.press("Tab");
  await expect.poll(cursor).toEqual([]);
});

test("every control shows a 2 px focus ring with at least 3:1 contrast", async ({ page }) => {
  await openApp(page);
  await clickNode(page, "igor-sechin");
  const filters = page.getByRole("region", { name: "Filters" });
  await filters.locator("summary", { hasText: /^Country/ }).click();
  // Something filtered, so that Reset is enabled.
  await filters.getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
  const selectors = [
    ".skip-link",
    ".header-button",
    ".combobox input",
    ".facet summary",
    ".facet-option input",
    ".shown-count button",
    ".view-toolbar button",
    ".view-toolbar select",
    "#graph-canvas",
    ".graph-controls button",
    ".legend-toggle",
    ".splitter",
    "[role=tab]",
    ".entity-actions button",
    ".relation-list button:not(:disabled)",
  ];
  const problems: string[] = [];
  for (const selector of selectors) {
    const target = page.locator(selector).first();
    // Keyboard focus (Tab from the element before it), so :focus-visible applies as it would.
    await target.evaluate((el) => (el as HTMLElement).focus({ focusVisible: true } as FocusOptions));
    const ring = await target.evaluate((el) => {
      const style = getComputedStyle(el);
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r = 0, g = 0, b = 0]: number[]) => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      // The colour the ring is drawn on: the nearest opaque background around the element (or the
      // element's own, for a ring drawn inside it).
      let bg = [255, 255, 255];
      const inside = Number.parseFloat(style.outlineOffset) < 0;
      for (let a = inside ? el : el.parentElement; a; a = a.parentElement) {
        const c = rgb(getComputedStyle(a).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
          bg = c.slice(0, 3);
          break;
        }
      }
      const [hi, lo] = [lum(rgb(style.outlineColor)), lum(bg)].sort((x, y) => y - x) as [number, number];
      return {
        width: Number.parseFloat(style.outlineWidth),
        style: style.outlineStyle,
        contrast: (hi + 0.05) / (lo + 0.05),
      };
    });
    if (ring.style === "none" || ring.width < 2 || ring.contrast < 3)
      problems.push(`${selector}: ${ring.style} ${ring.width}px, contrast ${ring.contrast.toFixed(2)}`);
  }
  expect(problems).toEqual([]);
});

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
}

for (const size of SIZES)
  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds no violation of any impact at ${size.width}×${size.height}, ${colorScheme} theme`, async ({
      browser,
    }) => {
      // Five full axe runs: slow on a busy two-core machine.
      test.setTimeout(480_000);
      const compact = size.width <= 1100;
      const context = await browser.newContext({
        viewport: size,
        hasTouch: compact,
        isMobile: size.width < 600,
        colorScheme,
      });
      const page = await context.newPage();
      await openApp(page);
      expect(await violations(page)).toEqual([]);
      // An actor, then one of its links.
      await clickNode(page, "igor-sechin");
      await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Igor Sechin");
      expect(await violations(page)).toEqual([]);
      await details(page).locator(".relation-list button").first().click();
      await expect(details(page).locator("blockquote").first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      // The article, with its highlights.
      await details(page).getByRole("tab", { name: "Article" }).click();
      await expect(details(page).locator(".reader-text mark").first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
      // The list.
      if (compact)
        await page.getByRole("navigation", { name: "Views" }).getByRole("button", { name: "List" }).click();
      else await page.getByRole("button", { name: "List", exact: true }).click();
      await expect(page.getByRole("table", { name: /Actors shown/ })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  }

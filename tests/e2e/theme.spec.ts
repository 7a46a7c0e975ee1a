// Issue 14, the dark theme: it follows the system, a header toggle overrides it and is remembered,
// and the canvas, the panels and the legend all switch, from the same token sets.
import { expect, type Page, test } from "@playwright/test";
import { THEMES } from "../../src/visuals/tokens";
import { openApp } from "./helpers";

/** What the reader sees: the page's paper, a person's fill on the canvas, the legend's person icon. */
const colours = (page: Page) =>
  page.evaluate(() => {
    const cy = window.throughline?.cy;
    const person = cy?.nodes('[type = "person"]').first();
    const probe = document.createElement("div");
    probe.style.color = getComputedStyle(document.documentElement).getPropertyValue("--paper");
    document.body.append(probe);
    const paper = getComputedStyle(probe).color;
    probe.style.color = person?.style("background-color") ?? "";
    const canvasPerson = getComputedStyle(probe).color;
    probe.remove();
    return { paper, canvasPerson, body: getComputedStyle(document.body).backgroundColor };
  });

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

test.describe("with a dark system theme", () => {
  test.use({ colorScheme: "dark" });

  test("the page and the canvas are dark; the toggle switches both to light and is remembered", async ({
    page,
  }) => {
    await openApp(page);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await colours(page)).toEqual({
      paper: rgb(THEMES.dark.ui.paper),
      canvasPerson: rgb(THEMES.dark.entity.person),
      body: expect.any(String),
    });

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => colours(page).then((c) => c.canvasPerson)).toBe(rgb(THEMES.light.entity.person));
    expect((await colours(page)).paper).toBe(rgb(THEMES.light.ui.paper));
    // The same elements, restyled: no rebuild of the graph.
    expect(await page.evaluate(() => window.throughline?.cy.nodes().length)).toBeGreaterThan(50);

    await page.reload();
    await page.waitForFunction(() => window.throughline?.layoutDone === true);
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "false");
    expect((await colours(page)).canvasPerson).toBe(rgb(THEMES.light.entity.person));
  });
});

test("with a light system theme, the toggle turns the whole app dark", async ({ page }) => {
  await openApp(page);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  expect((await colours(page)).canvasPerson).toBe(rgb(THEMES.light.entity.person));
  await toggle.click();
  // The page's colours change at once, the canvas' once React has given it the dark stylesheet.
  await expect
    .poll(() => colours(page).then((c) => [c.paper, c.canvasPerson]))
    .toEqual([rgb(THEMES.dark.ui.paper), rgb(THEMES.dark.entity.person)]);
  // The legend's icons draw from the same tokens.
  const icon = page.getByRole("region", { name: "Legend" }).locator(".legend-icon path").first();
  await expect
    .poll(() => icon.evaluate((el) => getComputedStyle(el).fill))
    .toBe(rgb(THEMES.dark.entity.person));
});

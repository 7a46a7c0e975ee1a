// Larger datasets than the curated one: layouts above 300 entities run in a Web Worker, so the page
// stays responsive, and their result is what the same layout gives on the page.
import { expect, test } from "@playwright/test";
import { generateDataset } from "../bench/generate";
import { ORIGIN, openApp } from "./helpers";

test("above 300 entities, force and the other layouts run in a worker, with progress, and land", async ({
  page,
}) => {
  const data = generateDataset(400);
  await page.route(`${ORIGIN}/big.json`, (route) => route.fulfill({ json: data }));
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  const { consoleErrors, offOrigin } = await openApp(page, "/?data=big.json");
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  expect(await page.evaluate(() => window.throughline?.cy.nodes().length)).toBe(400);
  const layoutWorkers = () => workers.filter((url) => /\/assets\/layout\.worker-/.test(url)).length;
  expect(layoutWorkers()).toBe(1); // the first force layout

  // The progress line may come and go between two polls: record every text it shows.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector(".layout-progress")?.textContent;
      if (text) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole("combobox", { name: "Layout" }).selectOption({ label: "Grid" });
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.some((text) => /Grid layout of 400 actors \(in the background\)/.test(text))).toBe(true);
  await expect(page.getByText(/Grid layout of 400 actors/)).toHaveCount(0);
  expect(layoutWorkers()).toBe(2);
  // A grid: 400 entities on a few dozen rows and columns, none on top of another.
  const grid = await page.evaluate(() => {
    const nodes = window.throughline?.cy.nodes() ?? [];
    const xs = new Set(nodes.map((n) => Math.round(n.position("x"))));
    const ys = new Set(nodes.map((n) => Math.round(n.position("y"))));
    const spots = new Set(nodes.map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`));
    return { columns: xs.size, rows: ys.size, spots: spots.size };
  });
  expect(grid.spots).toBe(400);
  expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(400);
  expect(grid.columns).toBeLessThan(60);
  expect(grid.rows).toBeLessThan(60);
  expect(consoleErrors).toEqual([]);
  expect(offOrigin).toEqual([]);
});

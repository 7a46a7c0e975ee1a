import { expect, test } from "@playwright/test";
import { clickNode, dataset, escapeRegExp, openApp, pointOf, settledCanvas } from "./helpers";
import { nothingMoving } from "./readability";

test("loads with no console error and no request outside its origin", async ({ page }) => {
  const { consoleErrors, offOrigin } = await openApp(page);
  await expect(page.getByRole("heading", { name: /Throughline/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
  expect(offOrigin).toEqual([]);
});

test("draws every entity of the dataset, inside the window", async ({ page }) => {
  await openApp(page);
  // As it stays: the panels that mount after the first frame resize the canvas, which refits.
  await settledCanvas(page);
  const drawn = await page.evaluate(() => {
    const cy = window.throughline?.cy;
    if (!cy) return null;
    const bb = cy.nodes().renderedBoundingBox({});
    return { nodes: cy.nodes().length, edges: cy.edges().length, bb, w: cy.width(), h: cy.height() };
  });
  expect(drawn?.nodes).toBe(dataset.entities.length);
  expect(drawn?.edges).toBe(dataset.relations.length);
  // Fitted: the whole graph is within the canvas.
  expect(drawn?.bb.x1).toBeGreaterThanOrEqual(-1);
  expect(drawn?.bb.y1).toBeGreaterThanOrEqual(-1);
  expect(drawn?.bb.x2).toBeLessThanOrEqual((drawn?.w ?? 0) + 1);
  expect(drawn?.bb.y2).toBeLessThanOrEqual((drawn?.h ?? 0) + 1);
});

test("the layout is the same from run to run", async ({ browser }) => {
  const positions: string[] = [];
  for (let run = 0; run < 2; run++) {
    const page = await browser.newPage();
    await openApp(page);
    positions.push(
      await page.evaluate(() =>
        JSON.stringify(
          window.throughline?.cy
            .nodes()
            .map((n) => [n.id(), Math.round(n.position("x")), Math.round(n.position("y"))]),
        ),
      ),
    );
    await page.close();
  }
  expect(positions[1]).toBe(positions[0]);
});

test("selecting an entity lists its relations; choosing one shows its excerpts verbatim", async ({
  page,
}) => {
  await openApp(page);
  const relation =
    dataset.relations.find((r) => r.id === "flynn-kislyak-intercepted-contact") ?? dataset.relations[0];
  if (!relation) throw new Error("the dataset has no relation");
  const source = dataset.entities.find((e) => e.id === relation.source);
  await clickNode(page, relation.source);
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(source?.name ?? "");
  await details
    .getByRole("button", { name: new RegExp(escapeRegExp(relation.label)) })
    .first()
    .click();
  await expect(details.getByText(/^Link ·/)).toBeVisible();
  const quotes = details.locator("blockquote");
  await expect(quotes).toHaveCount(relation.evidence.length);
  for (const [i, evidence] of relation.evidence.entries()) {
    await expect(quotes.nth(i)).toHaveText(evidence.quote);
  }
  // The canvas marks the selected relation.
  const selected = await page.evaluate(() => window.throughline?.cy.$(".is-selected").map((e) => e.id()));
  expect(selected).toEqual([relation.id]);
});

test("clicking an edge on the canvas selects that relation", async ({ page }) => {
  await openApp(page);
  const relation = dataset.relations[0];
  if (!relation) throw new Error("the dataset has no relation");
  await clickNode(page, relation.id);
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.locator("blockquote").first()).toHaveText(relation.evidence[0]?.quote ?? "");
});

test("hovering an entity highlights its neighbourhood", async ({ page }) => {
  await openApp(page);
  const relation = dataset.relations[0];
  if (!relation) throw new Error("the dataset has no relation");
  const p = await pointOf(page, relation.source);
  await page.mouse.move(p.x, p.y);
  await expect
    .poll(() =>
      page.evaluate(
        (ids) => {
          const cy = window.throughline?.cy;
          return {
            neighbourHighlighted: cy?.getElementById(ids.target).hasClass("is-highlighted"),
            someMuted: (cy?.$(".is-muted").length ?? 0) > 0,
          };
        },
        { target: relation.target },
      ),
    )
    .toEqual({ neighbourHighlighted: true, someMuted: true });
});

test("the legend explains shapes, colours and line styles", async ({ page }) => {
  await openApp(page);
  const legend = page.getByRole("region", { name: "Legend" });
  await expect(legend.getByRole("heading", { name: "Actors" })).toBeVisible();
  await expect(legend.getByText("Person", { exact: true })).toBeVisible();
  await expect(legend.getByText(/not named in the articles/i)).toBeVisible();
  await expect(legend.getByText(/Unconfirmed/)).toBeVisible();
});

test("beside the article (1440×900) and in a narrow window (1180×800), the short key shows whole, claims included", async ({
  page,
}) => {
  // The Article tab narrows the centre column to about 570 px: the key wraps onto more rows, and its
  // last, the claims' line patterns, was below the fold of the strip (seen only by scrolling it).
  const whole = () =>
    page.evaluate(() => {
      const strip = document.querySelector(".legend-strip");
      const last = [...document.querySelectorAll(".legend-strip li")].at(-1);
      if (!strip || !last) return { fits: false, lastInside: false };
      const box = strip.getBoundingClientRect();
      const item = last.getBoundingClientRect();
      return { fits: strip.scrollHeight <= strip.clientHeight + 1, lastInside: item.bottom <= box.bottom };
    });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await page.getByRole("tab", { name: "Article" }).click();
  await expect(
    page.getByRole("region", { name: "Legend" }).getByText("Reported", { exact: true }),
  ).toBeVisible();
  await expect.poll(whole).toEqual({ fits: true, lastInside: true });
  await page.setViewportSize({ width: 1180, height: 800 });
  await page.getByRole("tab", { name: "Details" }).click();
  await expect.poll(whole).toEqual({ fits: true, lastInside: true });
});

test("the legend is a short key of at most 15 % of the canvas; the rest is one click away; folded, the graph takes the room", async ({
  page,
}) => {
  await openApp(page);
  const share = () =>
    page.evaluate(() => {
      const strip = document.querySelector(".legend-strip")?.getBoundingClientRect();
      const canvas = document.getElementById("graph-canvas")?.getBoundingClientRect();
      if (!strip || !canvas) return 1;
      return (strip.width * strip.height) / (canvas.width * canvas.height + strip.width * strip.height);
    });
  expect(await share()).toBeLessThanOrEqual(0.15);
  const legend = page.getByRole("region", { name: "Legend" });
  // The short key: shapes, colours and patterns, without the details or the canvas' workings.
  await expect(legend.getByText(/Reported by 1 independent outlet/)).toHaveCount(0);
  await expect(legend.getByText(/Zoomed far out/)).toHaveCount(0);
  await page.getByRole("button", { name: "Whole legend" }).click();
  await expect(legend.getByText(/Reported by 1 independent outlet/)).toBeVisible();
  await expect(legend.getByText(/surveillance/).first()).toBeVisible();
  await page.getByRole("button", { name: "Short key" }).click();

  // Where the graph is as wide as the canvas allows, the key's height is what it gives back.
  await page.setViewportSize({ width: 1024, height: 768 });
  // The canvas has taken the new size (cytoscape's own width, set where the graph is refitted to it),
  // so the zoom read next is the one for this window, not the last.
  await expect.poll(() => page.evaluate(() => window.throughline?.cy.width() ?? 0)).toBe(1024);
  await settledCanvas(page);
  const zoomBefore = await page.evaluate(() => window.throughline?.cy.zoom() ?? 0);
  await page.getByRole("button", { name: "Hide legend" }).click();
  // Folded to one line (a 44 px tap target here), and the whole graph is fitted again to the room
  // it gave back.
  const folded = await page.locator(".legend-strip").boundingBox();
  expect(folded?.height ?? 99).toBeLessThanOrEqual(60);
  await expect
    .poll(() => page.evaluate(() => window.throughline?.cy.zoom() ?? 0))
    .toBeGreaterThan(zoomBefore * 1.02);
});

test("zoom controls zoom in, out and fit", async ({ page }) => {
  await openApp(page);
  const zoom = () => page.evaluate(() => window.throughline?.cy.zoom() ?? 0);
  const start = await zoom();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(zoom).toBeGreaterThan(start * 1.1);
  await page.getByRole("button", { name: "Zoom out" }).click();
  await page.getByRole("button", { name: "Zoom out" }).click();
  await expect.poll(zoom).toBeLessThan(start * 0.95);
  const fit = page.getByRole("button", { name: "Fit the graph to the window" });
  // The zoom once the fit's animation has ended (cytoscape says so: two equal reads some time apart
  // could both fall between two frames of a starved animation).
  const settled = async () => {
    await page.waitForFunction(nothingMoving, true);
    return zoom();
  };
  const beforeFit = await zoom();
  await fit.click();
  const fitted = await settled();
  expect(fitted).not.toBe(beforeFit);
  // Fit frames every actor, and gives the same frame from wherever the reader was.
  const outside = await page.evaluate(() => {
    const cy = window.throughline?.cy;
    if (!cy) return -1;
    return cy.nodes(":visible").filter((n) => {
      const p = n.renderedPosition();
      return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
    }).length;
  });
  expect(outside).toBe(0);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await fit.click();
  expect(Math.abs((await settled()) - fitted) / fitted).toBeLessThan(0.02);
});

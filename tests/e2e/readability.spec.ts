// Issue 13, read off the live canvas: names drawn at a readable size, nothing drawn over anything
// else, and a selection framed and undone.
import { expect, type Page, test } from "@playwright/test";
import { openApp, pointOf } from "./helpers";
import { measureReadability, nothingMoving } from "./readability";

// The camera has stopped and the names have been placed for where it stopped (the label pass runs
// on the next animation frame after the view moves).
const still = async (page: Page) => {
  await page.waitForFunction(() => {
    const cy = window.throughline?.cy;
    return !!cy && !cy.animated();
  });
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
};

for (const [width, height] of [
  [1440, 900],
  [1920, 1080],
  [1024, 768],
] as const) {
  test(`first frame at ${width}×${height}: the 20 best connected named, every drawn name ≥ 11 px, nothing over anything`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await still(page);
    const r = await measureReadability(page);
    console.log(`${width}×${height}: ${JSON.stringify(r)}`);
    expect(r.drawn).toBeGreaterThan(0);
    expect(r.smallestPx).toBeGreaterThanOrEqual(11);
    expect(r.labelOverlaps).toEqual([]);
    expect(r.labelOnNode).toEqual([]);
    expect(r.nodeOverlaps).toEqual([]);
    expect(r.topChecked).toBe(20);
    expect(r.topUnreadable).toEqual([]);
  });
}

test("a name left out for lack of room shows whole, at 12 px, when the pointer is on its actor", async ({
  page,
}) => {
  await openApp(page);
  await still(page);
  const hidden = await page.evaluate(() => {
    const cy = window.throughline?.cy;
    // Every actor carries the class; a drawn name is a bypass over it (labels.ts).
    return (
      cy
        ?.nodes()
        .not(".is-hidden")
        .filter((n) => n.style("label") === "")
        .first()
        .id() ?? null
    );
  });
  if (!hidden) throw new Error("every name is drawn: nothing to hover");
  const p = await pointOf(page, hidden);
  await page.mouse.move(p.x, p.y);
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const cy = window.throughline?.cy;
        const n = cy?.getElementById(id);
        if (!cy || !n) return null;
        return {
          label: String(n.style("label")).replace(/\s+/g, " "),
          px: Math.round(n.numericStyle("font-size") * cy.zoom()),
        };
      }, hidden),
    )
    .toMatchObject({ px: 12 });
  const name = await page.evaluate(
    (id) => String(window.throughline?.cy.getElementById(id).data("name")),
    hidden,
  );
  const shown = await page.evaluate(
    (id) => String(window.throughline?.cy.getElementById(id).style("label")).replace(/\s+/g, " "),
    hidden,
  );
  expect(shown).toBe(name.replace(/\s+/g, " "));
});

test("selecting a link frames its two ends, dims the rest and draws it on top; Esc puts the view back", async ({
  page,
}) => {
  await openApp(page, "/");
  await still(page);
  const before = await page.evaluate(() => ({
    zoom: window.throughline?.cy.zoom(),
    pan: window.throughline?.cy.pan(),
  }));
  await page.evaluate(() => {
    window.throughline?.store
      .getState()
      .select({ kind: "relation", id: "flynn-kislyak-intercepted-contact" });
  });
  await page.waitForTimeout(100);
  await still(page);
  const framed = await page.evaluate(() => {
    const cy = window.throughline?.cy;
    if (!cy) throw new Error("no canvas");
    const edge = cy.getElementById("flynn-kislyak-intercepted-contact");
    const ends = edge.connectedNodes().renderedBoundingBox({ includeLabels: false });
    const maxOtherZ = Math.max(
      ...cy
        .elements()
        .not(edge)
        .not(edge.connectedNodes())
        .map((e) => e.numericStyle("z-index")),
    );
    return {
      zoom: cy.zoom(),
      inside: ends.x1 >= 30 && ends.y1 >= 30 && ends.x2 <= cy.width() - 30 && ends.y2 <= cy.height() - 30,
      muted: cy.$(".is-muted").length,
      others: cy.elements().length - 3,
      onTop: edge.numericStyle("z-index") > maxOtherZ,
      labelPx: edge.numericStyle("font-size") * cy.zoom(),
    };
  });
  expect(framed.inside).toBe(true);
  expect(framed.zoom).toBeGreaterThan(before.zoom ?? 0);
  expect(framed.muted).toBe(framed.others);
  expect(framed.onTop).toBe(true);
  // 12 px, give or take floating point (font size × zoom).
  expect(framed.labelPx).toBeGreaterThanOrEqual(11.99);
  await page.keyboard.press("Escape");
  await page.waitForTimeout(100);
  await still(page);
  const after = await page.evaluate(() => ({
    zoom: window.throughline?.cy.zoom(),
    pan: window.throughline?.cy.pan(),
  }));
  expect(after.zoom).toBeCloseTo(before.zoom ?? 0, 3);
  expect(after.pan?.x).toBeCloseTo(before.pan?.x ?? 0, 0);
  expect(after.pan?.y).toBeCloseTo(before.pan?.y ?? 0, 0);
});

/** Waits until the framing or compact layout after a view change has finished moving anything. */
const settled = async (page: Page) => {
  await page.waitForFunction(nothingMoving, true);
  await still(page);
};

const positions = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.throughline?.cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    return out;
  });

for (const [width, height] of [
  [1440, 900],
  [1920, 1080],
  [1024, 768],
] as const) {
  test(`filtered views at ${width}×${height} are laid out afresh: every actor named, nothing over anything`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    await settled(page);
    for (const filters of [
      { countries: ["PH"] },
      { organizations: ["trump-organization"] },
      { statuses: ["unconfirmed"] },
    ]) {
      await page.evaluate((f) => window.throughline?.store.getState().setFilters(f as never), filters);
      await page.waitForTimeout(50);
      await settled(page);
      const r = await measureReadability(page);
      const label = JSON.stringify(filters);
      expect(r.shown, label).toBeLessThanOrEqual(20);
      expect(r.topChecked, label).toBe(r.shown);
      expect(r.topUnreadable, label).toEqual([]);
      expect(r.smallestPx, label).toBeGreaterThanOrEqual(11);
      expect(r.nodeOverlaps, label).toEqual([]);
      expect(r.labelOverlaps, label).toEqual([]);
      expect(r.labelOnNode, label).toEqual([]);
      await page.evaluate(() => window.throughline?.store.getState().resetFilters());
      await page.waitForTimeout(50);
      await settled(page);
    }
  });
}

test("a compact filtered view is the same every time, and clearing the filter puts every actor back", async ({
  page,
}) => {
  await openApp(page);
  await settled(page);
  const home = await positions(page);
  const philippines = async () => {
    await page.evaluate(() => window.throughline?.store.getState().setFilters({ countries: ["PH"] }));
    await page.waitForTimeout(50);
    await settled(page);
    return positions(page);
  };
  const first = await philippines();
  // Laid out afresh: the Philippine actors moved, and closer together than in the whole graph.
  const shown = await page.evaluate(() =>
    window.throughline?.cy
      .nodes()
      .not(".is-hidden")
      .map((n) => n.id()),
  );
  expect(shown?.length).toBe(7);
  const spread = (at: Record<string, { x: number; y: number }>) => {
    const xs = (shown ?? []).map((id) => at[id]?.x ?? 0);
    const ys = (shown ?? []).map((id) => at[id]?.y ?? 0);
    return Math.max(...xs) - Math.min(...xs) + Math.max(...ys) - Math.min(...ys);
  };
  expect(spread(first)).toBeLessThan(spread(home));
  await page.evaluate(() => window.throughline?.store.getState().resetFilters());
  await page.waitForTimeout(50);
  await settled(page);
  expect(await positions(page)).toEqual(home);
  expect(await philippines()).toEqual(first);
});

test("organization filter: the Trump Organization with the actors linked to it; Members only narrows it", async ({
  page,
}) => {
  await openApp(page);
  const filters = page.locator(".filters");
  await filters.locator("details.facet > summary", { hasText: /^Organization/ }).click();
  await filters.getByRole("checkbox", { name: /^Trump Organization \(Company\)/ }).check();
  await settled(page);
  const shownIds = () =>
    page.evaluate(
      () =>
        window.throughline?.cy
          .nodes()
          .not(".is-hidden")
          .map((n) => n.id())
          .sort() ?? [],
    );
  const linked = await shownIds();
  for (const id of ["trump-organization", "donald-trump", "century-properties", "jose-antonio"])
    expect(linked, id).toContain(id);
  const links = await page.evaluate(() => window.throughline?.cy.edges().not(".is-hidden").length ?? 0);
  expect(links).toBeGreaterThan(3);
  await filters.getByRole("switch", { name: /Members only/ }).check();
  await settled(page);
  const members = await shownIds();
  expect(members.length).toBeLessThan(linked.length);
  expect(members).toContain("trump-organization");
  expect(members).not.toContain("century-properties");
  await expect(page).toHaveURL(/org-scope=members/);
});

test("a filter on links hides the actors it leaves unlinked and says how many; Show them brings them back", async ({
  page,
}) => {
  await openApp(page);
  const filters = page.locator(".filters");
  await filters.locator("details.facet > summary", { hasText: /^Claim status/ }).click();
  await filters.getByRole("checkbox", { name: /^Unconfirmed/ }).check();
  await expect(page.getByTestId("unlinked-hidden")).toContainText("58 actors without a visible link hidden");
  await expect(page.getByTestId("shown-count")).toContainText("15 of 73 actors");
  await page.getByTestId("unlinked-hidden").getByRole("button", { name: "Show them" }).click();
  await expect(page.getByTestId("shown-count")).toContainText("73 of 73 actors");
  await expect(page.getByTestId("unlinked-hidden")).toHaveCount(0);
  await expect(page).toHaveURL(/isolated=show/);
});

test("after every layout, nothing is drawn over anything", async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await settled(page);
  for (const layout of ["concentric", "circle", "grid", "breadthfirst", "force"] as const) {
    await page.evaluate((l) => window.throughline?.store.getState().setLayout(l), layout);
    await page
      .waitForFunction(() => window.throughline?.layoutDone === false, undefined, { timeout: 5000 })
      .catch(() => undefined);
    await settled(page);
    const r = await measureReadability(page);
    console.log(`${layout}: ${r.drawn} names drawn, top ${r.topChecked - r.topUnreadable.length} of 20`);
    expect(r.drawn, layout).toBeGreaterThan(0);
    expect(r.smallestPx, layout).toBeGreaterThanOrEqual(11);
    expect(r.nodeOverlaps, layout).toEqual([]);
    expect(r.labelOverlaps, layout).toEqual([]);
    expect(r.labelOnNode, layout).toEqual([]);
  }
});

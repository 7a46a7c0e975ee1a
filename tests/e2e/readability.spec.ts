// Issue 13, read off the live canvas: names drawn at a readable size, nothing drawn over anything
// else, and a selection framed and undone.
import { expect, type Page, test } from "@playwright/test";
import { openApp, pointOf } from "./helpers";
import { measureReadability } from "./readability";

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
    return cy?.nodes(".is-unlabelled").not(".is-hidden").first().id() ?? null;
  });
  if (!hidden) throw new Error("every name is drawn: nothing to hover");
  const p = await pointOf(page, hidden);
  await page.mouse.move(p.x, p.y);
  await expect
    .poll(
      () =>
        page.evaluate((id) => {
          const cy = window.throughline?.cy;
          const n = cy?.getElementById(id);
          if (!cy || !n) return null;
          return {
            label: String(n.style("label")).replace(/\s+/g, " "),
            px: Math.round(n.numericStyle("font-size") * cy.zoom()),
          };
        }, hidden),
      { timeout: 2000 },
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

// Issue 13, point 2, in a large graph (over 2,000 actors): the 50 best connected are named at the
// fitted view, at 11 px or more, no name over another. Their crowded middle has no room beside
// each of them, so some names are drawn away from their actor with a leader line (labels.ts,
// leaders.ts): the test reads the names off the live canvas and the lines off their own canvas.
import { expect, test } from "@playwright/test";
import type cytoscape from "cytoscape";
import { generateDataset } from "../bench/generate";
import { ORIGIN, openApp, pointOf } from "./helpers";
import { measureReadability, nothingMoving } from "./readability";

test("a graph of 2,200 actors names its 50 best connected at first sight, some with a leader line", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const data = generateDataset(2200);
  await page.route(`${ORIGIN}/large.json`, (route) => route.fulfill({ json: data }));
  const { consoleErrors } = await openApp(page, "/?data=large.json");
  await page.waitForFunction(() => window.throughline?.layoutDone === true, undefined, { timeout: 200_000 });
  await page.waitForFunction(nothingMoving, true, { timeout: 30_000 });
  const r = await measureReadability(page, 50);
  expect(r.shown).toBe(2200);
  expect(r.topUnreadable).toEqual([]);
  expect(r.labelOverlaps).toEqual([]);
  expect(r.smallestPx).toBeGreaterThanOrEqual(11);

  // The names drawn away from their actor, and a line drawn from each actor towards its name.
  const leaders = await page.evaluate(() => {
    const cy = window.throughline?.cy;
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.graph-leaders");
    if (!cy || !canvas) return null;
    const ctx = canvas.getContext("2d");
    const ratio = canvas.width / cy.width();
    const away = cy.nodes().filter((n: cytoscape.NodeSingular) => {
      const label = String(n.style("label") ?? "");
      return label !== "" && n.style("text-valign") === "center" && n.style("text-halign") === "center";
    });
    return away.map((n: cytoscape.NodeSingular) => {
      const p = n.renderedPosition();
      const box = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      // The line runs from the actor's outline towards the name's centre, to the name's edge.
      const d = { x: centre.x - p.x, y: centre.y - p.y };
      const length = Math.hypot(d.x, d.y) || 1;
      const r = n.renderedOuterWidth() / 2;
      const from = { x: p.x + (d.x / length) * r, y: p.y + (d.y / length) * r };
      const hw = (box.x2 - box.x1) / 2;
      const hh = (box.y2 - box.y1) / 2;
      const e = { x: from.x - centre.x, y: from.y - centre.y };
      const k = Math.min(e.x ? hw / Math.abs(e.x) : Infinity, e.y ? hh / Math.abs(e.y) : Infinity);
      const to = { x: centre.x + e.x * k, y: centre.y + e.y * k };
      // Is there ink around a few points along it? (A 1 px line, antialiased.)
      let inked = 0;
      for (const t of [0.25, 0.5, 0.75]) {
        const x = Math.round((from.x + (to.x - from.x) * t) * ratio);
        const y = Math.round((from.y + (to.y - from.y) * t) * ratio);
        const pixels = ctx?.getImageData(x - 2, y - 2, 5, 5).data ?? new Uint8ClampedArray();
        let alpha = 0;
        for (let i = 3; i < pixels.length; i += 4) alpha = Math.max(alpha, pixels[i] ?? 0);
        if (alpha > 0) inked += 1;
      }
      return {
        id: n.id(),
        distance: Math.hypot(centre.x - p.x, centre.y - p.y),
        line: Math.hypot(to.x - from.x, to.y - from.y),
        inked,
      };
    });
  });
  expect(leaders).not.toBeNull();
  expect((leaders ?? []).filter((leader) => leader.line >= 8).length).toBeGreaterThan(0);
  for (const leader of leaders ?? []) {
    // Away: further than a name beside its actor would be.
    expect(leader.distance, leader.id).toBeGreaterThan(12);
    if (leader.line >= 8) expect(leader.inked, `${leader.id}: its leader line`).toBe(3);
  }

  // An actor among the least connected (a dot, far down the list the names are placed from) is
  // named whole at 12 px when the pointer is on it, and loses its name when the pointer leaves.
  // (Dots crowd: the actor under the pointer is the one the app reports hovered.)
  const unnamed = await page.evaluate(() => {
    const cy = window.throughline?.cy;
    const inView = (n: cytoscape.NodeSingular) => {
      const p = n.renderedPosition();
      return p.x > 40 && p.y > 40 && p.x < (cy?.width() ?? 0) - 40 && p.y < (cy?.height() ?? 0) - 40;
    };
    return (
      cy
        ?.nodes()
        .filter((n) => n.degree(false) <= 1 && n.style("label") === "" && inView(n))
        .map((n) => n.id()) ?? []
    );
  });
  expect(unnamed.length, "unnamed actors with one link in view").toBeGreaterThan(0);
  const at = await pointOf(page, unnamed[0] ?? "");
  await page.mouse.move(at.x, at.y);
  await expect
    .poll(() => page.evaluate(() => window.throughline?.store.getState().hoveredEntityId ?? null))
    .not.toBeNull();
  const dot = await page.evaluate(() => {
    const cy = window.throughline?.cy;
    const id = window.throughline?.store.getState().hoveredEntityId ?? "";
    const n = cy?.getElementById(id);
    return { id, degree: n?.degree(false) ?? -1, name: String(n?.data("name")).replace(/\s+/g, " ") };
  });
  expect(dot.degree, `${dot.id}: a dot`).toBeLessThanOrEqual(2);
  const nameOf = (id: string) =>
    page.evaluate((id) => {
      const cy = window.throughline?.cy;
      const n = cy?.getElementById(id);
      if (!cy || !n) return null;
      const label = String(n.style("label")).replace(/\s+/g, " ");
      return { label, px: Math.round(n.numericStyle("font-size") * cy.zoom()) };
    }, id);
  await expect.poll(() => nameOf(dot.id)).toEqual({ label: dot.name, px: 12 });
  await page.mouse.move(2, 2);
  if (unnamed.includes(dot.id)) await expect.poll(() => nameOf(dot.id).then((n) => n?.label)).toBe("");
  expect(consoleErrors).toEqual([]);
});

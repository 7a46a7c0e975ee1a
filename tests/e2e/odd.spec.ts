// Issue 13, item 6: users' datasets with long and odd names, and the smallest graphs, open framed
// and readable (read off the live canvas, as readability.spec.ts does for the curated set).
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { openApp, pointOf } from "./helpers";
import { measureReadability, nothingMoving } from "./readability";

const MINIMAL = JSON.parse(readFileSync("data/examples/minimal.json", "utf8")) as {
  entities: { id: string; name: string }[];
  relations: { id: string; source: string; target: string }[];
};

/** 200 characters of words, as a long official name is. */
const LONG_NAME = (
  "The Joint Standing Committee of the Regional Port Authority and the Northern Harbour Development " +
  "Board for the Oversight of Dredging Contracts, Public Tenders, Concessions and Maritime Infrastructure"
).slice(0, 200);

function variant(kind: "one actor" | "isolated actors" | "one link") {
  const data = structuredClone(MINIMAL);
  const [port, works, lima] = data.entities;
  if (!port || !works || !lima) throw new Error("minimal.json changed");
  port.name = LONG_NAME;
  if (kind === "one actor") {
    data.entities = [port];
    data.relations = [];
  } else if (kind === "isolated actors") {
    data.relations = [];
  } else {
    data.entities = [port, works];
    data.relations = data.relations.filter((r) => r.source === "port-authority");
    (lima as { organizations?: string[] }).organizations = [];
  }
  return {
    name: "odd.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(data, null, 2)),
    nodes: data.entities.length,
  };
}

const settled = async (page: Page, nodes: number) => {
  await expect.poll(() => page.evaluate(() => window.throughline?.cy.nodes().length ?? 0)).toBe(nodes);
  await page.waitForFunction(nothingMoving, true);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
};

for (const kind of ["one actor", "isolated actors", "one link"] as const) {
  test(`a dataset of ${kind}, with a 200-character name, opens framed and named`, async ({ page }) => {
    await openApp(page);
    const file = variant(kind);
    await page.getByTestId("open-dataset-input").setInputFiles(file);
    await settled(page, file.nodes);
    const r = await measureReadability(page);
    expect(r.topChecked).toBe(file.nodes);
    expect(r.topUnreadable).toEqual([]);
    expect(r.nodeOverlaps).toEqual([]);
    expect(r.labelOverlaps).toEqual([]);
    expect(r.labelOnNode).toEqual([]);
    const view = await page.evaluate(() => {
      const cy = window.throughline?.cy;
      if (!cy) throw new Error("no canvas");
      const bb = cy.nodes().renderedBoundingBox({ includeLabels: false });
      const label = String(cy.getElementById("port-authority").style("label"));
      return { bb, width: cy.width(), height: cy.height(), lines: label.split("\n") };
    });
    // Framed: every shape inside the canvas.
    expect(view.bb.x1).toBeGreaterThanOrEqual(0);
    expect(view.bb.y1).toBeGreaterThanOrEqual(0);
    expect(view.bb.x2).toBeLessThanOrEqual(view.width);
    expect(view.bb.y2).toBeLessThanOrEqual(view.height);
    // The long name: three lines at most, the last ending with an ellipsis.
    expect(view.lines.length).toBe(3);
    expect(view.lines[2]).toMatch(/…$/);
    expect(LONG_NAME.startsWith(view.lines[0] ?? "-")).toBe(true);
    // Whole when the pointer is on it: a lone actor too, at its very centre (hitTest.ts).
    // A notice about the file (its warnings) may still push the canvas down: point again until
    // the pointer is on the actor.
    await expect(async () => {
      const at = await pointOf(page, "port-authority");
      await page.mouse.move(at.x + 2, at.y + 2);
      await page.mouse.move(Math.round(at.x), Math.round(at.y));
      expect(
        await page.evaluate(() =>
          String(window.throughline?.cy.getElementById("port-authority").style("label")).replace(/\s+/g, " "),
        ),
      ).toBe(LONG_NAME.replace(/\s+/g, " "));
    }).toPass({ timeout: 20_000 });
    // And a click there selects it.
    const at = await pointOf(page, "port-authority");
    await page.mouse.click(Math.round(at.x), Math.round(at.y));
    await expect(
      page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }),
    ).toHaveText(LONG_NAME);
  });
}

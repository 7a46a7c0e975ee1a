// Shared by the browser tests: the dataset as the tests read it, and how a user reaches the graph.

import { readFileSync } from "node:fs";
import { type Download, expect, type Frame, type Locator, type Page } from "@playwright/test";
import { nothingMoving } from "./readability";

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

export const dataset = JSON.parse(readFileSync("data/graph.json", "utf8")) as {
  entities: { id: string; name: string }[];
  relations: {
    id: string;
    source: string;
    target: string;
    label: string;
    status: string;
    evidence: { article: string; quote: string }[];
  }[];
};

/**
 * Opens the app, collecting console errors and every request that leaves the page's origin. As a
 * returning reader, unless `firstVisit`: the "Start here" invitation to the story (shown on a first
 * visit, over the canvas) is already dismissed.
 */
export async function openApp(page: Page, path = "/", { firstVisit = false } = {}) {
  if (!firstVisit)
    await page.addInitScript(() =>
      window.localStorage.setItem("throughline:story-intro-dismissed", JSON.stringify({ v: 1, data: true })),
    );
  const consoleErrors: string[] = [];
  const offOrigin: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["http:", "https:"].includes(url.protocol)) return; // data: and blob: stay local
    if (url.origin !== ORIGIN) offOrigin.push(r.url());
  });
  await page.goto(path);
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  // The panels around the canvas mount just after its first frame and resize it: wait for them, or
  // a click aimed at a node can land where the node was.
  await page.locator(".legend-strip, .list-view").first().waitFor();
  // The legend's room is there from the first render now; the panels' code comes a moment later
  // (with the page's live region, which the canvas' keys speak through): wait for it too.
  await page.getByTestId("announcer").waitFor({ state: "attached" });
  return { consoleErrors, offOrigin };
}

/**
 * Where an element is drawn, in page coordinates (a node's centre, an edge's midpoint), once nothing
 * moves: no layout running (a filter's compact layout starts only once its code has loaded, after a
 * moment of stillness), no camera moving (framing after a filter, revealing a selection).
 */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(nothingMoving, true);
  const read = () =>
    page.evaluate((elementId) => {
      const cy = window.throughline?.cy;
      const element = cy?.getElementById(elementId);
      const rect = cy?.container()?.getBoundingClientRect();
      if (!element || element.empty() || !rect) return null;
      const edge = element.edges()[0];
      const node = element.nodes()[0];
      const p = edge ? edge.renderedMidpoint() : node?.renderedPosition();
      if (!p) return null;
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, id);
  // Where it is drawn must hold still over a frame or two (a panel resizing the canvas moves it).
  let point = await read();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(50);
    const again = await read();
    if (point && again && Math.abs(point.x - again.x) < 0.5 && Math.abs(point.y - again.y) < 0.5) break;
    point = again;
  }
  if (!point) throw new Error(`${id} is not on the canvas`);
  return point;
}

/**
 * Waits until the canvas has taken its container's size (a panel that opened, closed or mounted
 * resized it: cytoscape follows, and refits, in a ResizeObserver callback a frame later) and nothing
 * moves on it: what is read next (a camera, where something is drawn) is what stays on screen.
 */
export async function settledCanvas(page: Page | Frame) {
  await page.waitForFunction(() => {
    const cy = window.throughline?.cy;
    const container = cy?.container();
    return (
      !!cy && !!container && cy.width() === container.clientWidth && cy.height() === container.clientHeight
    );
  });
  await page.waitForFunction(nothingMoving, true);
}

/** Clicks a node or an edge on the canvas where cytoscape draws it. */
export async function clickNode(page: Page, id: string) {
  const { x, y } = await pointOf(page, id);
  await page.mouse.click(x, y);
}

export function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Clicks Export in the Export dialog and reads the file it saves. */
export async function saveExport(page: Page, dialog: Locator): Promise<{ name: string; bytes: Buffer }> {
  await expect(dialog.getByRole("button", { name: "Export", exact: true })).toBeEnabled();
  const [download] = (await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Export", exact: true }).click(),
  ])) as [Download, unknown];
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

// Shared by the browser tests: the dataset as the tests read it, and how a user reaches the graph.

import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

export const dataset = JSON.parse(readFileSync("data/graph.json", "utf8")) as {
  entities: { id: string; name: string }[];
  relations: {
    id: string;
    source: string;
    target: string;
    label: string;
    evidence: { article: string; quote: string }[];
  }[];
};

/** Opens the app, collecting console errors and every request that leaves the page's origin. */
export async function openApp(page: Page, path = "/") {
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
  return { consoleErrors, offOrigin };
}

/** Clicks a node on the canvas where cytoscape draws it. */
export async function clickNode(page: Page, id: string) {
  // The camera may be moving (framing after a filter, revealing a selection): wait till it stops,
  // or the click lands where the node was.
  await page.waitForFunction(() => {
    const cy = window.throughline?.cy;
    return (
      !!cy &&
      !cy.animated() &&
      !cy
        .nodes()
        .toArray()
        .some((n) => n.animated())
    );
  });
  const box = await page.evaluate((nodeId) => {
    const cy = window.throughline?.cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) return null;
    const rect = cy.container()?.getBoundingClientRect();
    const p = node.renderedPosition();
    return rect ? { x: rect.left + p.x, y: rect.top + p.y } : null;
  }, id);
  if (!box) throw new Error(`node ${id} is not on the canvas`);
  await page.mouse.click(box.x, box.y);
}

export function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

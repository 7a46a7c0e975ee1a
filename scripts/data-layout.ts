// `npm run data:layout`: computes the curated dataset's force layout (fcose, the app's settings)
// in headless Chromium, where labels are measured as on screen, and writes data/layout.json. The
// layout makes room for the 20 best-connected actors' names at the first view's zoom (fcose again
// with those names as large as they will be drawn, a stretch to the canvases' proportions, then
// scripts/label-room.ts), so that the reader's first view names them (issue 13).
// Deterministic for a given browser and fonts: fcose starts from seeded positions, no randomness.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { LABEL_LINES, LABEL_PX, LABEL_WIDTH_PX, wrapLabel } from "../src/graph/labels";
import { FORCE_TUNING, LAYOUT_LABEL_ROOM } from "../src/graph/layouts";
import { STYLESHEET } from "../src/graph/stylesheet";
import { toElements } from "../src/graph/toElements";
import { FONT_FAMILY } from "../src/visuals/vocabulary";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/browser";
import { readCurated } from "./curated";
import { makeRoomForNames } from "./label-room";
import { LAYOUT_FILE, type LayoutFile, layoutKey, NAME_ROOM } from "./layout-file";

interface LaidNode {
  x: number;
  y: number;
  size: number;
  degree: number;
  label: string;
  italic: boolean;
}

const require = createRequire(import.meta.url);
const UMD = [
  "cytoscape/dist/cytoscape.min.js",
  "layout-base/layout-base.js",
  "cose-base/cose-base.js",
  "cytoscape-fcose/cytoscape-fcose.js",
].map((p) => require.resolve(p));

const IN_PAGE = `function ({ elements, style, tuning, room }) {
  cytoscape.use(cytoscapeFcose);
  const cy = cytoscape({ container: document.getElementById("cy"), elements, style });
  const run = () => cy.layout({
    ...tuning,
    name: "fcose",
    nodeRepulsion: () => tuning.nodeRepulsion,
    idealEdgeLength: () => tuning.idealEdgeLength,
    edgeElasticity: () => tuning.edgeElasticity,
    animate: false,
    fit: false,
  }).run();
  run();
  // Then again, with the best connected actors' names as large as the first view will draw them
  // (a constant size on screen is larger in graph units the further out the view is), until the
  // fitted zoom settles; the others' names take no room.
  const named = cy.nodes().sort((a, b) => b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1)).slice(0, room.named);
  const fit = () => {
    const bb = cy.nodes().boundingBox({ includeLabels: false });
    return Math.min((room.width - 2 * room.padding) / bb.w, (room.height - 2 * room.padding) / bb.h);
  };
  cy.nodes().not(named).style({ label: "" });
  for (let i = 0; i < room.passes; i++) {
    const zoom = fit();
    named.style({
      "font-size": tuning.labelPx / zoom,
      "text-max-width": (tuning.labelWidth / zoom) + "px",
      "text-wrap": "wrap",
      "text-valign": "bottom",
      "text-margin-y": room.gapPx / zoom,
    });
    run();
  }
  // Names are wider than tall, so the layout comes out wide; canvases are less so (1.2:1 at
  // 1440×900, 2:1 at 1024×768). Stretched to room.aspect (distances only grow), the graph keeps its
  // zoom where it is as wide as the canvas and gains height for names.
  const bb = cy.nodes().boundingBox({ includeLabels: false });
  const ratio = room.aspect;
  if (bb.w / bb.h > ratio) {
    const k = bb.w / ratio / bb.h;
    const cyMid = (bb.y1 + bb.y2) / 2;
    cy.nodes().forEach((n) => { n.position({ x: n.position("x"), y: cyMid + (n.position("y") - cyMid) * k }); });
  }
  const out = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y, size: n.outerWidth(), degree: n.degree(false), label: n.data("label"), italic: n.data("unnamed") === 1 };
  });
  // Each character's width as labels.ts draws names (its font, upright and italic).
  const context = document.createElement("canvas").getContext("2d");
  const chars = {};
  for (const italic of [false, true]) {
    context.font = (italic ? "italic " : "") + "600 " + tuning.labelPx + "px " + tuning.font;
    for (const n of cy.nodes()) for (const c of String(n.data("label")) + " …") chars[(italic ? "i" : "n") + c] = context.measureText(c).width;
  }
  return { nodes: out, chars };
}`;

async function main() {
  const { dataset } = readCurated();
  const elements = toElements({ ...dataset, positions: undefined });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.setContent('<div id="cy" style="width:1200px;height:800px"></div>');
    for (const path of UMD) await page.addScriptTag({ path });
    // Passed as text: tsx's transform would add helpers the page does not have.
    const laid = (await page.evaluate(
      `(${IN_PAGE})(${JSON.stringify({
        elements,
        style: [...STYLESHEET, LAYOUT_LABEL_ROOM],
        tuning: { ...FORCE_TUNING, labelPx: LABEL_PX, labelWidth: LABEL_WIDTH_PX, font: FONT_FAMILY },
        room: NAME_ROOM,
      })})`,
    )) as { nodes: Record<string, LaidNode>; chars: Record<string, number> };
    // A name's width as the sum of its characters' (kerning aside, as labels.ts measures it).
    const measure = (text: string, italic: boolean) =>
      [...text].reduce((sum, c) => sum + (laid.chars[(italic ? "i" : "n") + c] ?? LABEL_PX * 0.6), 0);
    const roomInput = Object.entries(laid.nodes).map(([id, n]) => {
      const lines = wrapLabel(n.label, (t) => measure(t, n.italic), LABEL_WIDTH_PX, LABEL_LINES);
      return {
        id,
        x: n.x,
        y: n.y,
        size: n.size,
        degree: n.degree,
        lines: lines.length,
        labelWidth: Math.max(...lines.map((l) => measure(l, n.italic))),
      };
    });
    const room = makeRoomForNames(roomInput, NAME_ROOM);
    console.log(
      room.clear
        ? `room for names: clear after ${room.rounds} rounds`
        : `room for names: best effort (${room.rounds} rounds; the app's label pass picks among 12 places)`,
    );
    const positions = room.positions;
    const file: LayoutFile = { key: layoutKey(elements), positions };
    // One entity per line, so that a diff shows which ones moved.
    const lines = Object.entries(positions).map(
      ([id, p]) => `    ${JSON.stringify(id)}: ${JSON.stringify(p)}`,
    );
    writeFileSync(
      LAYOUT_FILE,
      `{\n  "key": ${JSON.stringify(file.key)},\n  "positions": {\n${lines.join(",\n")}\n  }\n}\n`,
    );
    console.log(`${LAYOUT_FILE}: ${Object.keys(positions).length} positions, key ${file.key}`);
  } finally {
    await browser.close();
  }
}

await main();

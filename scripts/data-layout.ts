// `npm run data:layout`: computes the curated dataset's force layout (fcose, the app's settings)
// in headless Chromium, where labels are measured as on screen, and writes data/layout.json.
// Deterministic for a given browser and fonts: fcose starts from seeded positions, no randomness.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { FORCE_TUNING } from "../src/graph/layouts";
import { STYLESHEET } from "../src/graph/stylesheet";
import { toElements } from "../src/graph/toElements";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/browser";
import { readCurated } from "./curated";
import { LAYOUT_FILE, type LayoutFile, layoutKey } from "./layout-file";

const require = createRequire(import.meta.url);
const UMD = [
  "cytoscape/dist/cytoscape.min.js",
  "layout-base/layout-base.js",
  "cose-base/cose-base.js",
  "cytoscape-fcose/cytoscape-fcose.js",
].map((p) => require.resolve(p));

const IN_PAGE = `function ({ elements, style, tuning }) {
  cytoscape.use(cytoscapeFcose);
  const cy = cytoscape({ container: document.getElementById("cy"), elements, style });
  cy.layout({
    ...tuning,
    name: "fcose",
    nodeRepulsion: () => tuning.nodeRepulsion,
    idealEdgeLength: () => tuning.idealEdgeLength,
    edgeElasticity: () => tuning.edgeElasticity,
    animate: false,
    fit: false,
  }).run();
  const out = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
  });
  return out;
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
    const positions = (await page.evaluate(
      `(${IN_PAGE})(${JSON.stringify({ elements, style: STYLESHEET, tuning: FORCE_TUNING })})`,
    )) as Record<string, [number, number]>;
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

// Export through the dialog, checking each downloaded file: image headers and sizes, SVG structure,
// and the data formats' counts, all against what the canvas shows.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { type Download, expect, type Page, test } from "@playwright/test";
import { checkDataset } from "../../src/data/open/check";
import { dataset, openApp } from "./helpers";

const articleTexts = (() => {
  const data = JSON.parse(readFileSync("data/graph.json", "utf8")) as {
    articles: { id: string; file: string }[];
  };
  return Object.fromEntries(data.articles.map((a) => [a.id, readFileSync(`data/${a.file}`, "utf8")]));
})();

async function openExport(page: Page) {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function exportFiles(page: Page, count = 1): Promise<{ name: string; bytes: Buffer }[]> {
  const downloads: Download[] = [];
  const all = new Promise<void>((resolve) => {
    const on = (d: Download) => {
      downloads.push(d);
      if (downloads.length === count) {
        page.off("download", on);
        resolve();
      }
    };
    page.on("download", on);
  });
  await page.getByRole("dialog").getByRole("button", { name: "Export", exact: true }).click();
  await all;
  return Promise.all(
    downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: readFileSync(await d.path()) })),
  );
}

async function exportOne(page: Page) {
  const [file] = await exportFiles(page, 1);
  if (!file) throw new Error("no download");
  return file;
}

/** The size the dialog announces, e.g. "Image size: 1,234 × 567 px". */
async function announcedSize(page: Page) {
  const text = (await page.getByTestId("export-size").textContent()) ?? "";
  const m = /([\d,]+) × ([\d,]+) px/.exec(text);
  if (!m) throw new Error(`no size in "${text}"`);
  return { width: Number(m[1]?.replace(/,/g, "")), height: Number(m[2]?.replace(/,/g, "")) };
}

function pngSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function jpegSize(bytes: Buffer) {
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error(`bad JPEG marker at ${i}`);
    const marker = bytes[i + 1] ?? 0;
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  throw new Error("no SOF marker");
}

/** RGBA of the top-left pixel: the first row's first pixel is stored as is under every PNG filter. */
function pngCorner(bytes: Buffer) {
  const idat: Buffer[] = [];
  for (let i = 8; i < bytes.length; ) {
    const length = bytes.readUInt32BE(i);
    if (bytes.subarray(i + 4, i + 8).toString("latin1") === "IDAT")
      idat.push(bytes.subarray(i + 8, i + 8 + length));
    i += 12 + length;
  }
  expect(bytes[25]).toBe(6); // colour type: RGBA
  return [...inflateSync(Buffer.concat(idat)).subarray(1, 5)];
}

/** RFC 4180 records (quoted fields may hold line breaks). */
function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * Hides the first `n` entities as a filter would: in the store's visibility, which the canvas'
 * classes and the export both follow. Returns what stays visible.
 */
async function hideSome(page: Page, n: number) {
  return page.evaluate((count) => {
    const handle = window.throughline;
    if (!handle) throw new Error("no test handle");
    const { cy, store } = handle;
    const hidden = new Set(
      cy
        .nodes()
        .slice(0, count)
        .map((x) => x.id()),
    );
    const entities = new Set(
      cy
        .nodes()
        .map((x) => x.id())
        .filter((id) => !hidden.has(id)),
    );
    const relations = new Set(
      cy
        .edges()
        .filter((e) => entities.has(e.source().id()) && entities.has(e.target().id()))
        .map((e) => e.id()),
    );
    store.setState({ visibility: { entities, relations } });
    const visible = cy.elements().not(".is-hidden");
    return {
      nodes: visible.nodes().map((x) => x.id()),
      edges: visible.edges().map((x) => x.id()),
      labels: visible.nodes().map((x) => String(x.data("label"))),
    };
  }, n);
}

async function parseXmlCounts(page: Page, text: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    return {
      errors: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.nodeName,
      nodes: doc.getElementsByTagName("node").length,
      edges: doc.getElementsByTagName("edge").length,
    };
  }, text);
}

test("the dialog is a labelled modal that takes focus and closes with Escape", async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  const focusInside = await page.evaluate(() => document.activeElement?.closest("dialog") !== null);
  expect(focusInside).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("PNG: signature and pixel size match the chosen scale", async ({ page }) => {
  const { consoleErrors, offOrigin } = await openApp(page);
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: "1×" }).check();
  const at1 = await announcedSize(page);
  const file1 = await exportOne(page);
  expect(file1.name).toMatch(/^throughline-all-\d{4}-\d{2}-\d{2}\.png$/);
  expect(pngSize(file1.bytes)).toEqual(at1);
  console.log(`PNG 1×: ${await dialog.getByRole("status").textContent()}`);

  await dialog.getByRole("radio", { name: "4×" }).check();
  const at4 = await announcedSize(page);
  expect(at4).toEqual({ width: at1.width * 4, height: at1.height * 4 });
  const file4 = await exportOne(page);
  expect(pngSize(file4.bytes)).toEqual(at4);
  console.log(`PNG 4×: ${await dialog.getByRole("status").textContent()}`);
  expect(consoleErrors).toEqual([]);
  expect(offOrigin).toEqual([]);
});

test("JPG: signature and pixel size match the chosen scale; transparency is not offered", async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: "JPG" }).check();
  await expect(dialog.getByRole("radio", { name: "Transparent" })).toBeDisabled();
  await dialog.getByRole("radio", { name: "2×" }).check();
  const size = await announcedSize(page);
  const file = await exportOne(page);
  expect(file.name).toMatch(/\.jpg$/);
  expect(jpegSize(file.bytes)).toEqual(size);
});

test("SVG: parses as XML, one group per shown entity and relation, labels as text, edges on their nodes", async ({
  page,
}) => {
  await openApp(page);
  const visible = await hideSome(page, 1);
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: /SVG/ }).check();
  await dialog.getByLabel("Title (optional)").fill(`Allies & <spies> "2017"`);
  const file = await exportOne(page);
  expect(file.name).toMatch(/^throughline-filtered-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = file.bytes.toString("utf8");
  const report = await page.evaluate(
    ({ svg, nodes, edges }) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const cy = window.throughline?.cy;
      const offEnds: string[] = [];
      for (const id of edges) {
        const d =
          doc
            .getElementById(`relation-${id}`)
            ?.querySelector("path:not([stroke-opacity])")
            ?.getAttribute("d") ?? "";
        const m = /^M([-\d.]+) ([-\d.]+)/.exec(d);
        const edge = cy?.getElementById(id);
        const src = edge?.source();
        if (!m || !src) {
          offEnds.push(id);
          continue;
        }
        const p = src.position();
        // Corners of square-ish shapes (barrel, rectangles) reach half the diagonal.
        const reach = Math.hypot(src.width(), src.height()) / 2 + 3;
        if (Math.hypot(Number(m[1]) - p.x, Number(m[2]) - p.y) > reach) offEnds.push(id);
      }
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        entityGroups: nodes.filter((id) => doc.getElementById(`entity-${id}`)).length,
        relationGroups: edges.filter((id) => doc.getElementById(`relation-${id}`)).length,
        groups: doc.querySelectorAll("g.entity").length,
        labels: [...doc.querySelectorAll("g.entity text.label")].map((t) => t.textContent),
        title: doc.querySelector("#title text")?.textContent,
        legend: doc.querySelectorAll("#legend text").length,
        credits: doc.querySelector("#credits")?.textContent ?? "",
        offEnds,
      };
    },
    { svg: text, nodes: visible.nodes, edges: visible.edges },
  );
  expect(report.errors).toBe(0);
  expect(report.entityGroups).toBe(visible.nodes.length);
  expect(report.groups).toBe(visible.nodes.length);
  expect(report.relationGroups).toBe(visible.edges.length);
  expect(report.labels.sort()).toEqual([...visible.labels].sort());
  expect(report.title).toBe(`Allies & <spies> "2017"`);
  expect(report.legend).toBeGreaterThan(2);
  expect(report.credits).toContain("Newsweek");
  expect(report.offEnds).toEqual([]);
});

test("JSON: only what is shown, in the dataset's schema, and it loads back", async ({ page }) => {
  await openApp(page);
  const visible = await hideSome(page, 2);
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: /JSON/ }).check();
  const file = await exportOne(page);
  expect(file.name).toMatch(/^throughline-filtered-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(file.bytes.toString("utf8"));
  const { dataset: checked, problems } = checkDataset(data, articleTexts);
  expect(problems).toEqual([]);
  expect(checked?.entities.map((e) => e.id).sort()).toEqual([...visible.nodes].sort());
  expect(checked?.relations.map((r) => r.id).sort()).toEqual([...visible.edges].sort());
  expect(JSON.parse(JSON.stringify(checked))).toEqual(data);
});

test("JSON of a dataset with embedded article texts opens again in the app on its own", async ({ page }) => {
  await openApp(page);
  const minimal = readFileSync("data/examples/minimal.json", "utf8");
  const input = page.getByTestId("open-dataset-input");
  await input.setInputFiles([
    { name: "harbour.json", mimeType: "application/json", buffer: Buffer.from(minimal) },
  ]);
  await expect(page.getByRole("banner")).toContainText("3 actors · 2 links · 1 articles");
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: /JSON/ }).check();
  const whole = await exportOne(page);
  expect(JSON.parse(whole.bytes.toString("utf8"))).toEqual(JSON.parse(minimal));
  await dialog.getByRole("button", { name: "Close" }).click();
  // A part of it (one actor filtered out) keeps the embedded text as well.
  const visible = await hideSome(page, 1);
  await openExport(page);
  await dialog.getByRole("radio", { name: /JSON/ }).check();
  const part = await exportOne(page);
  await dialog.getByRole("button", { name: "Close" }).click();
  // Opened alone, without any .txt file: the texts travel inside it.
  await input.setInputFiles([{ name: part.name, mimeType: "application/json", buffer: part.bytes }]);
  await expect(page.getByRole("banner")).toContainText(
    `${visible.nodes.length} actors · ${visible.edges.length} links · 1 articles`,
  );
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("GraphML and GEXF parse as XML with one node and edge per shown element", async ({ page }) => {
  await openApp(page);
  const visible = await hideSome(page, 1);
  const dialog = await openExport(page);
  for (const [format, root] of [
    ["GraphML", "graphml"],
    ["GEXF (Gephi)", "gexf"],
  ] as const) {
    await dialog.getByRole("radio", { name: format }).check();
    const file = await exportOne(page);
    expect(file.name.endsWith(`.${root}`)).toBe(true);
    const counts = await parseXmlCounts(page, file.bytes.toString("utf8"));
    expect(counts).toEqual({ errors: 0, root, nodes: visible.nodes.length, edges: visible.edges.length });
  }
});

test("CSV: three files, one row per shown entity, relation and excerpt", async ({ page }) => {
  await openApp(page);
  const visible = await hideSome(page, 1);
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: /CSV/ }).check();
  const files = await exportFiles(page, 3);
  const byPart = Object.fromEntries(
    files.map((f) => [
      /-(entities|relations|evidence)\.csv$/.exec(f.name)?.[1],
      csvRecords(f.bytes.toString("utf8")),
    ]),
  );
  expect(byPart.entities?.length).toBe(1 + visible.nodes.length);
  expect(byPart.relations?.length).toBe(1 + visible.edges.length);
  const excerpts = dataset.relations
    .filter((r) => visible.edges.includes(r.id))
    .reduce((n, r) => n + r.evidence.length, 0);
  expect(byPart.evidence?.length).toBe(1 + excerpts);
});

test("a size past the browser's canvas limit is refused, and the largest that works is offered", async ({
  page,
}) => {
  await openApp(page);
  // Spread the graph far wider than a canvas can be at 4×.
  await page.evaluate(() => {
    const node = window.throughline?.cy.nodes().first();
    node?.position({ x: (node.position("x") ?? 0) + 20_000, y: node.position("y") });
  });
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: "4×" }).check();
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText("more than the browser can draw");
  await expect(dialog.getByRole("button", { name: "Export", exact: true })).toBeDisabled();
  await alert.getByRole("button", { name: /largest that works/ }).click();
  await expect(alert).toBeHidden();
  const size = await announcedSize(page);
  expect(size.width).toBeLessThanOrEqual(32_767);
  expect(size.width).toBeGreaterThan(20_000);
  const file = await exportOne(page);
  expect(pngSize(file.bytes)).toEqual(size);
});

test("the current view at 1×, on a transparent background", async ({ page }) => {
  await openApp(page);
  const cyWidth = await page.evaluate(() => Math.floor(window.throughline?.cy.width() ?? 0));
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: "The current view" }).check();
  await dialog.getByRole("radio", { name: "1×" }).check();
  await dialog.getByRole("radio", { name: "Transparent" }).check();
  const size = await announcedSize(page);
  expect(size.width).toBe(Math.max(560, cyWidth) + 48);
  const file = await exportOne(page);
  expect(file.name).toMatch(/^throughline-all-view-\d{4}-\d{2}-\d{2}\.png$/);
  expect(pngSize(file.bytes)).toEqual(size);
  expect(pngCorner(file.bytes)[3]).toBe(0);

  await dialog.getByRole("radio", { name: "White" }).check();
  expect(pngCorner((await exportOne(page)).bytes)).toEqual([255, 255, 255, 255]);
});

test("zoomed far out, the canvas draws line patterns solid, yet exported images keep them", async ({
  page,
}) => {
  await openApp(page);
  const unconfirmed = dataset.relations.find((r) => r.status === "unconfirmed");
  if (!unconfirmed) throw new Error("the dataset has no unconfirmed relation");
  const lineOnCanvas = () =>
    page.evaluate((id) => window.throughline?.cy.getElementById(id).style("line-style"), unconfirmed.id);
  expect(await lineOnCanvas()).toBe("dashed");
  await page.evaluate(() => {
    const cy = window.throughline?.cy;
    cy?.zoom({ level: 0.12, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  expect(await lineOnCanvas()).toBe("solid");

  // The PNG is drawn at 1× the graph's size: what cytoscape draws then must have the patterns.
  // (The export draws through the renderer's buffer canvas, or through cy.png where that is missing.)
  await page.evaluate((id) => {
    type Draw = (options: unknown) => unknown;
    const cy = window.throughline?.cy as unknown as {
      png: Draw;
      renderer: () => { bufferCanvasImage?: Draw };
      getElementById: (id: string) => { style: (name: string) => string };
    };
    const w = window as unknown as { lineWhenDrawn?: string };
    const spy =
      (draw: Draw): Draw =>
      (options) => {
        w.lineWhenDrawn = cy.getElementById(id).style("line-style");
        return draw(options);
      };
    cy.png = spy(cy.png.bind(cy));
    const renderer = cy.renderer();
    if (renderer.bufferCanvasImage)
      renderer.bufferCanvasImage = spy(renderer.bufferCanvasImage.bind(renderer));
  }, unconfirmed.id);
  let dialog = await openExport(page);
  await dialog.getByRole("radio", { name: "1×" }).check();
  await exportOne(page);
  expect(await page.evaluate(() => (window as unknown as { lineWhenDrawn?: string }).lineWhenDrawn)).toBe(
    "dashed",
  );
  expect(await lineOnCanvas()).toBe("solid");
  await page.keyboard.press("Escape");

  dialog = await openExport(page);
  await dialog.getByRole("radio", { name: /SVG/ }).check();
  const svg = (await exportOne(page)).bytes.toString("utf8");
  const dash = await page.evaluate(
    ({ text, id }) =>
      new DOMParser()
        .parseFromString(text, "image/svg+xml")
        .getElementById(`relation-${id}`)
        ?.querySelector("path[stroke-dasharray]")
        ?.getAttribute("stroke-dasharray") ?? null,
    { text: svg, id: unconfirmed.id },
  );
  expect(dash).not.toBeNull();
  expect(await lineOnCanvas()).toBe("solid");
});

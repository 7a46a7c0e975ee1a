// Export through the dialog, checking each downloaded file: image headers and sizes, SVG structure,
// and the data formats' counts, all against what the canvas shows.
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { type Download, expect, type Page, test } from "@playwright/test";
import { checkDataset } from "../../src/data/open/check";
import { count } from "../../src/lib/plural";
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

/**
 * The size the dialog announces, e.g. "Image size: 1,234 × 567 px", once the plan for the options
 * chosen is shown: it is made in the background after a change (the Export button waits for it),
 * and until then the line still gives the last plan's size.
 */
async function announcedSize(page: Page) {
  await expect(
    page.getByRole("dialog", { name: "Export" }).getByRole("button", { name: "Export", exact: true }),
  ).toBeEnabled();
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
  // Two whole-graph exports, one of them 4× (about 80 megapixels): minutes on a loaded machine.
  test.setTimeout(180_000);
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

test("SVG: parses as XML, one group per shown entity and relation, labels as text, links on their actors", async ({
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
      const host = document.body.appendChild(document.createElement("div"));
      host.appendChild(document.importNode(doc.documentElement, true));
      const cy = window.throughline?.cy;
      // Each link starts at the outline of its source actor's shape, as drawn in the SVG.
      const offEnds: string[] = [];
      for (const id of edges) {
        const d = host.querySelector(`[id="relation-${id}"] path.line`)?.getAttribute("d") ?? "";
        const m = /^M([-\d.]+) ([-\d.]+)/.exec(d);
        const source = cy?.getElementById(id).source().id();
        const shape = host.querySelector(`[id="entity-${source}"] path.shape`) as SVGGraphicsElement | null;
        if (!m || !shape) {
          offEnds.push(id);
          continue;
        }
        const b = shape.getBBox();
        const [x, y] = [Number(m[1]), Number(m[2])];
        const inside = x >= b.x - 3 && x <= b.x + b.width + 3 && y >= b.y - 3 && y <= b.y + b.height + 3;
        const nearCentre =
          Math.hypot(x - (b.x + b.width / 2), y - (b.y + b.height / 2)) < Math.min(b.width, b.height) / 4;
        if (!inside || nearCentre) offEnds.push(id);
      }
      host.remove();
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        entityGroups: nodes.filter((id) => doc.getElementById(`entity-${id}`)).length,
        relationGroups: edges.filter((id) => doc.getElementById(`relation-${id}`)).length,
        groups: doc.querySelectorAll("g.entity").length,
        labels: [...doc.querySelectorAll("#labels g[data-entity]")].map((g) =>
          [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "),
        ),
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
  // Every actor is named in full (the canvas breaks very long words with zero-width spaces).
  expect(report.labels.sort()).toEqual(visible.labels.map((l) => l.replace(/\u200b/g, "")).sort());
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
  await expect(page.getByRole("banner")).toContainText("3 actors · 2 links · 1 article");
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
    `${count(visible.nodes.length, "actor")} · ${count(visible.edges.length, "link")} · 1 article`,
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
  // Wide enough for the view's part of the graph, spread so that no name overlaps another.
  expect(size.width).toBeGreaterThan(Math.min(560, cyWidth));
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
  // Reported: the pattern with the shortest gaps, the first to be drawn solid zooming out.
  const unconfirmed = dataset.relations.find((r) => r.status === "reported");
  if (!unconfirmed) throw new Error("the dataset has no reported relation");
  const lineOnCanvas = () =>
    page.evaluate((id) => window.throughline?.cy.getElementById(id).style("line-style"), unconfirmed.id);
  expect(await lineOnCanvas()).toBe("dashed");
  await page.evaluate(() => {
    const cy = window.throughline?.cy;
    cy?.zoom({ level: 0.1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  expect(await lineOnCanvas()).toBe("solid");

  // PNG, JPG and SVG draw one display list whose patterns come from the claim status, not from the
  // canvas' zoom (publish.spec.ts checks that the formats carry the same content).
  const dialog = await openExport(page);
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

// Publishing an image: readability of what is exported (checked on the SVG's rendered geometry),
// one content in every format (the SVG's words against those the PNG writer drew), the live
// preview, size presets, footnotes, and options remembered for the session.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { dataset, openApp, saveExport } from "./helpers";

async function openExport(page: Page) {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await expect(dialog).toBeVisible();
  return dialog;
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Geometry {
  shapes: { id: string; box: Box }[];
  labels: {
    owner: string;
    kind: "entity" | "relation" | "number";
    text: string;
    size: number;
    /** The label's own rectangle as drawn, turned with it: four corners in SVG px. */
    corners: [number, number][];
  }[];
  texts: string[];
}
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Renders the SVG in the page and reads where each shape and label is drawn, in SVG px at 1×. */
async function svgGeometry(page: Page, svg: string): Promise<Geometry> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const host = document.createElement("div");
    host.style.cssText = "position:absolute;left:0;top:0;";
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    // 1 SVG unit = 1 CSS px, whatever size preset the file has.
    const vb = root.viewBox.baseVal;
    root.setAttribute("width", String(vb.width));
    root.setAttribute("height", String(vb.height));
    host.appendChild(root);
    document.body.appendChild(host);
    const origin = root.getBoundingClientRect();
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return {
        x1: r.left - origin.left,
        y1: r.top - origin.top,
        x2: r.right - origin.left,
        y2: r.bottom - origin.top,
      };
    };
    // A link label is turned along its link: its corners, not its axis-aligned bounds, say what
    // it covers (the bounds of a turned label take in room on both sides of it).
    const corners = (el: SVGGraphicsElement): [number, number][] => {
      const b = el.getBBox();
      const m = el.getScreenCTM() as DOMMatrix;
      return [
        [b.x, b.y],
        [b.x + b.width, b.y],
        [b.x + b.width, b.y + b.height],
        [b.x, b.y + b.height],
      ].map(([x, y]) => {
        const p = new DOMPoint(x, y).matrixTransform(m);
        return [p.x - origin.left, p.y - origin.top] as [number, number];
      });
    };
    const shapes = [...root.querySelectorAll("g.entity")].map((g) => ({
      id: g.id.replace(/^entity-/, ""),
      box: box(g.querySelector("path.shape") as Element),
    }));
    const labels = [
      ...[...root.querySelectorAll("#labels g[data-entity] > g.label")].map((g) => ({
        owner: (g.parentElement as Element).getAttribute("data-entity") ?? "",
        kind: "entity" as const,
        text: [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "),
        size: Math.min(...[...g.querySelectorAll("text")].map((t) => Number(t.getAttribute("font-size")))),
        corners: corners(g as SVGGraphicsElement),
      })),
      ...[...root.querySelectorAll("#labels g[data-relation] > g.label")].map((g) => ({
        owner: (g.parentElement as Element).getAttribute("data-relation") ?? "",
        kind: "relation" as const,
        text: [...g.querySelectorAll("text")].map((t) => t.textContent).join(" "),
        size: Math.min(...[...g.querySelectorAll("text")].map((t) => Number(t.getAttribute("font-size")))),
        corners: corners(g as SVGGraphicsElement),
      })),
      ...[...root.querySelectorAll("#labels g.footnote-number")].map((g) => ({
        owner: g.getAttribute("data-relation") ?? "",
        kind: "number" as const,
        text: g.textContent ?? "",
        size: Number(g.querySelector("text")?.getAttribute("font-size")),
        corners: corners(g as SVGGraphicsElement),
      })),
    ];
    const texts = [...root.querySelectorAll("text")].map((t) => t.textContent ?? "");
    host.remove();
    return { shapes, labels, texts };
  }, svg);
}

// Half a pixel of slack: anti-aliasing, and SVG text measured by the browser rather than the canvas.
const overlap = (a: Box, b: Box) =>
  a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;

type Polygon = [number, number][];
const boxCorners = (b: Box): Polygon => [
  [b.x1, b.y1],
  [b.x2, b.y1],
  [b.x2, b.y2],
  [b.x1, b.y2],
];

/** Whether two convex polygons overlap by more than the slack (separating axis theorem). */
function polygonsOverlap(a: Polygon, b: Polygon): boolean {
  for (const poly of [a, b])
    for (let i = 0; i < poly.length; i++) {
      const [x1, y1] = poly[i] as [number, number];
      const [x2, y2] = poly[(i + 1) % poly.length] as [number, number];
      const len = Math.hypot(x2 - x1, y2 - y1);
      if (len === 0) continue;
      const nx = -(y2 - y1) / len;
      const ny = (x2 - x1) / len;
      const span = (p: Polygon) => {
        const d = p.map(([x, y]) => x * nx + y * ny);
        return [Math.min(...d), Math.max(...d)] as const;
      };
      const [amin, amax] = span(a);
      const [bmin, bmax] = span(b);
      if (amax <= bmin + 0.5 || bmax <= amin + 0.5) return false;
    }
  return true;
}

/** The readability rules, as a list of what breaks them (empty when they hold). */
function readabilityProblems(g: Geometry): string[] {
  const problems: string[] = [];
  g.shapes.forEach((a, i) => {
    for (const b of g.shapes.slice(i + 1))
      if (overlap(a.box, b.box)) problems.push(`actors ${a.id} × ${b.id}`);
  });
  g.labels.forEach((a, i) => {
    for (const b of g.labels.slice(i + 1))
      if (a.owner !== b.owner && polygonsOverlap(a.corners, b.corners))
        problems.push(`labels "${a.text}" × "${b.text}"`);
    for (const s of g.shapes)
      if (s.id !== a.owner && polygonsOverlap(a.corners, boxCorners(s.box)))
        problems.push(`label "${a.text}" × actor ${s.id}`);
  });
  return problems;
}

const nameOf = new Map(dataset.entities.map((e) => [e.id, e.name]));

async function exportSvg(page: Page, dialog: Locator, scope: RegExp) {
  await dialog.getByRole("radio", { name: /SVG/ }).check();
  await dialog.getByRole("radio", { name: scope }).check();
  await dialog.getByRole("radio", { name: "Natural size" }).check();
  return (await saveExport(page, dialog)).bytes.toString("utf8");
}

for (const { name, path, scope, expectIds } of [
  {
    name: "the whole curated graph",
    path: "/",
    scope: /whole graph/,
    expectIds: dataset.entities.map((e) => e.id),
  },
  {
    name: "the path from Rex Tillerson to Vladimir Putin",
    path: "/?from=rex-tillerson&to=vladimir-putin",
    scope: /Only the path/,
    expectIds: ["rex-tillerson", "vladimir-putin"],
  },
  {
    name: "the Philippines filter",
    path: "/?country=PH",
    scope: /Only what the filters show/,
    expectIds: [],
  },
]) {
  test(`readability of ${name}: no overlaps, every actor named at 11 px or more`, async ({ page }) => {
    await openApp(page, path);
    const dialog = await openExport(page);
    const svg = await exportSvg(page, dialog, scope);
    const g = await svgGeometry(page, svg);
    expect(g.shapes.length).toBeGreaterThan(1);
    for (const id of expectIds) expect(g.shapes.map((s) => s.id)).toContain(id);
    expect(readabilityProblems(g)).toEqual([]);
    const names = g.labels.filter((l) => l.kind === "entity");
    expect(names.map((l) => l.owner).sort()).toEqual(g.shapes.map((s) => s.id).sort());
    for (const l of names) {
      expect(l.text).toBe(nameOf.get(l.owner));
      expect(l.size).toBeGreaterThanOrEqual(11);
    }
    console.log(
      `${name}: ${g.shapes.length} actors, ${g.labels.filter((l) => l.kind === "relation").length} link labels`,
    );
  });
}

test("a path exported alone is laid out afresh: only the path's actors, read left to right", async ({
  page,
}) => {
  await openApp(page, "/?from=rex-tillerson&to=vladimir-putin");
  const dialog = await openExport(page);
  const svg = await exportSvg(page, dialog, /Only the path/);
  const g = await svgGeometry(page, svg);
  const onPath = await page.evaluate(() => window.throughline?.cy.$("node.is-path").map((n) => n.id()) ?? []);
  expect(g.shapes.map((s) => s.id).sort()).toEqual([...onPath].sort());
  const x = (id: string) => g.shapes.find((s) => s.id === id)?.box.x1 ?? Number.NaN;
  expect(x("rex-tillerson")).toBeLessThan(x("vladimir-putin"));
});

test("PNG, JPG and SVG carry the same words: the SVG's texts are those the PNG writer drew", async ({
  page,
}) => {
  await openApp(page, "/?from=rex-tillerson&to=vladimir-putin");
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: /Only the path/ }).check();
  await dialog.getByLabel("Title (optional)").fill("From Tillerson to Putin");
  await dialog.getByRole("checkbox", { name: /Footnotes/ }).check();
  const svg = await exportSvg(page, dialog, /Only the path/);
  const svgTexts = (await svgGeometry(page, svg)).texts;
  const drawn = async (format: "PNG" | "JPG") => {
    await dialog.getByRole("radio", { name: format, exact: true }).check();
    await page.evaluate(() => {
      if (window.throughline) window.throughline.exportedTexts = [];
    });
    await saveExport(page, dialog);
    return page.evaluate(() => window.throughline?.exportedTexts ?? []);
  };
  const png = await drawn("PNG");
  const jpg = await drawn("JPG");
  expect([...png].sort()).toEqual([...svgTexts].sort());
  expect(jpg).toEqual(png);
  // What those words are: title, actors' names, link labels, footnote numbers and notes, legend,
  // caption, credits.
  expect(png).toContain("From Tillerson to Putin");
  expect(png).toContain("Rex Tillerson");
  expect(png).toContain("1");
  expect(png.some((t) => t.startsWith("1. "))).toBe(true);
  expect(png.some((t) => /^Articles?:/.test(t))).toBe(true);
  const linkLabels = dataset.relations
    .filter((r) => r.source === "rex-tillerson" || r.target === "rex-tillerson")
    .map((r) => r.label.split(" ")[0] ?? "");
  expect(png.some((t) => linkLabels.some((l) => t.startsWith(l)))).toBe(true);
});

test("footnotes: a number on each link, the excerpt, article and claim status under the image", async ({
  page,
}) => {
  await openApp(page, "/?from=rex-tillerson&to=vladimir-putin");
  const dialog = await openExport(page);
  await dialog.getByRole("checkbox", { name: /Footnotes/ }).check();
  const svg = await exportSvg(page, dialog, /Only the path/);
  const parts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      numbers: [...doc.querySelectorAll("g.footnote-number")].map((g) => ({
        relation: g.getAttribute("data-relation"),
        n: Number(g.textContent),
        size: Number(g.querySelector("text")?.getAttribute("font-size")),
      })),
      relations: [...doc.querySelectorAll("g.relation")].map((g) => g.id.replace(/^relation-/, "")),
      notes: [...doc.querySelectorAll("#footnotes text")].map((t) => t.textContent ?? "").join(" "),
    };
  }, svg);
  expect(parts.numbers.map((n) => n.relation).sort()).toEqual([...parts.relations].sort());
  expect(parts.numbers.map((n) => n.n).sort((a, b) => a - b)).toEqual(parts.relations.map((_, i) => i + 1));
  for (const n of parts.numbers) expect(n.size).toBeGreaterThanOrEqual(11);
  const first = dataset.relations.find((r) => r.id === parts.numbers.find((n) => n.n === 1)?.relation);
  const words = (first?.evidence[0]?.quote ?? "").replace(/\s+/g, " ").split(" ").slice(0, 4).join(" ");
  expect(parts.notes).toContain(`1. `);
  expect(parts.notes).toContain(`“${words}`);
  expect(parts.notes).toMatch(/Claim status: (confirmed|reported|unconfirmed|denied)\./);
});

test("the preview redraws as options change; the title and options are there when the dialog opens again", async ({
  page,
}) => {
  await openApp(page);
  let dialog = await openExport(page);
  const preview = dialog.getByTestId("export-preview");
  await expect(preview).toBeVisible();
  const pixels = () => preview.evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  const before = await pixels();
  await dialog.getByLabel("Title (optional)").fill("Who talks to whom");
  await expect.poll(pixels).not.toBe(before);
  await dialog.getByRole("checkbox", { name: "Legend" }).uncheck();
  await dialog.getByRole("radio", { name: "Social card (1,200 × 675)" }).check();
  await expect(dialog.getByTestId("export-size")).toContainText("1,200 × 675 px");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  dialog = await openExport(page);
  await expect(dialog.getByLabel("Title (optional)")).toHaveValue("Who talks to whom");
  await expect(dialog.getByRole("checkbox", { name: "Legend" })).not.toBeChecked();
  await expect(dialog.getByRole("radio", { name: "Social card (1,200 × 675)" })).toBeChecked();
  const file = await saveExport(page, dialog);
  expect(pngSize(file.bytes)).toEqual({ width: 1200, height: 675 });
});

test("size presets: article width, square, and print clamped to the canvas limit with a note", async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: /Article width/ }).check();
  await expect(dialog.getByTestId("export-size")).toContainText("Image size: 1,200 ×");
  expect(pngSize((await saveExport(page, dialog)).bytes).width).toBe(1200);
  await dialog.getByRole("radio", { name: /Square/ }).check();
  expect(pngSize((await saveExport(page, dialog)).bytes)).toEqual({ width: 1080, height: 1080 });

  await dialog.getByRole("radio", { name: /Print/ }).check();
  await dialog.getByRole("spinbutton").fill("10");
  await dialog.getByLabel("Unit").selectOption("in");
  // 10 inches at 300 dpi.
  await expect(dialog.getByTestId("export-size")).toContainText("Image size: 3,000 ×");
  await dialog.getByRole("spinbutton").fill("400");
  await expect(dialog.getByText(/more than the browser can draw: clamped to/)).toBeVisible();
});

test("'App theme' background follows the theme the page shows", async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    document.documentElement.dataset.theme = "dark";
  });
  const dialog = await openExport(page);
  await dialog.getByRole("radio", { name: "App theme" }).check();
  await dialog.getByRole("radio", { name: "Natural size" }).check();
  await dialog.getByRole("radio", { name: "1×" }).check();
  const svg = await exportSvg(page, dialog, /whole graph/);
  const fill = await page.evaluate(
    (text) =>
      new DOMParser()
        .parseFromString(text, "image/svg+xml")
        .getElementById("background")
        ?.getAttribute("fill"),
    svg,
  );
  const { THEMES } = await import("../../src/visuals/tokens");
  expect(fill?.toLowerCase()).toBe(THEMES.dark.ui.paper.toLowerCase());
});

// Edit mode, saving (issue 19): the formats the Save dialog offers, read back as files, and opened
// again through the app's own "Open dataset…" (the file picker's input): the JSON with its articles'
// .txt files beside it, the one JSON with every text embedded, and the .zip of the JSON and its
// texts (unzipped here by Node's own zlib, checked by npm run data:check and data:lint, and opened
// as it is). The edits are in what was saved (read from the downloaded bytes), and they are on the
// canvas after opening it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { type Download, expect, type Page, test } from "@playwright/test";
import { editSelected, selectActor, startEditing } from "./editor";
import { openApp } from "./helpers";

const RENAMED = "The Kremlin (Russian government)";
const DELETED = "may-trump-meeting";

/** A download, kept under the name the app gave it. */
async function keep(download: Download, dir: string) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, download.suggestedFilename());
  writeFileSync(path, readFileSync((await download.path()) ?? ""));
  return path;
}

async function editSomething(page: Page) {
  await startEditing(page);
  // An actor renamed, and a link deleted, through their dialogs.
  await selectActor(page, "Russia (Russian government)");
  let dialog = await editSelected(page, "actor");
  await dialog.getByLabel("Name", { exact: true }).fill(RENAMED);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole("combobox", { name: "Search actors and excerpts" }).fill("her meeting last month");
  await page.locator(".excerpt-match", { hasText: "Theresa May – Donald Trump" }).first().click();
  dialog = await editSelected(page, "link");
  await dialog.getByRole("button", { name: "Delete link…" }).click();
  await dialog
    .getByRole("alert", { name: "Delete link: preview" })
    .getByRole("button", { name: "Delete link", exact: true })
    .click();
  await expect(dialog).toHaveCount(0);
  // Two edits: a name changed, a link (and its excerpt) removed.
  await expect(page.getByRole("button", { name: /^Changes \([1-9]\d*\)$/ })).toBeVisible();
}

/** Opens files as "Open dataset…" does, once edit mode is left; waits for the new dataset on screen. */
async function openSaved(page: Page, files: string[]) {
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("region", { name: "Editor" })).toHaveCount(0);
  const before = await page.evaluate(() => window.throughline?.elementsAt ?? 0);
  await page.getByLabel("Dataset files").setInputFiles(files);
  // A new element set, drawn and laid out: the file's.
  await expect
    .poll(() =>
      page.evaluate((at) => {
        const t = window.throughline;
        return !!t && t.elementsAt !== at && t.layoutDone;
      }, before),
    )
    .toBe(true);
}

const onCanvas = (page: Page) =>
  page.evaluate(
    ([id]) => ({
      kremlin: window.throughline?.cy.getElementById("russia").data("name") as string | undefined,
      deleted: window.throughline?.cy.getElementById(id as string).length ?? -1,
      edges: window.throughline?.cy.edges().length ?? 0,
    }),
    [DELETED],
  );

test("the JSON and its articles' .txt files are saved with the edits, and open again as they were saved", async ({
  page,
}, info) => {
  const { consoleErrors } = await openApp(page);
  const edges = await page.evaluate(() => window.throughline?.cy.edges().length ?? 0);
  await editSomething(page);

  await page.getByRole("button", { name: "Save dataset…" }).click();
  const save = page.getByRole("dialog", { name: "Save dataset" });
  await expect(save).toContainText("It passes every check");
  const dir = info.outputDir;
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    save.getByRole("button", { name: /^Download .*\.json$/ }).click(),
  ]);
  const jsonPath = await keep(json, dir);
  const saved = JSON.parse(readFileSync(jsonPath, "utf8"));
  // The edits are in the file; the texts are not (they are referenced), the .txt files carry them.
  expect(saved.entities.find((e: { id: string }) => e.id === "russia").name).toBe(RENAMED);
  expect(saved.relations.some((r: { id: string }) => r.id === DELETED)).toBe(false);
  expect(saved.articles.map((a: { file?: string; text?: string }) => [a.file, a.text])).toEqual([
    ["articles/newsweek-2017-02-15.txt", undefined],
    ["articles/mindy-fischer-writer-2017-02.txt", undefined],
  ]);
  const texts: string[] = [];
  for (const name of ["newsweek-2017-02-15.txt", "mindy-fischer-writer-2017-02.txt"]) {
    const [txt] = await Promise.all([
      page.waitForEvent("download"),
      save.getByRole("button", { name: `Download articles/${name}` }).click(),
    ]);
    const path = await keep(txt, dir);
    expect(readFileSync(path, "utf8")).toBe(readFileSync(`data/articles/${name}`, "utf8"));
    texts.push(path);
  }
  await save.getByRole("button", { name: "Close" }).click();

  await openSaved(page, [jsonPath, ...texts]);
  expect(await onCanvas(page)).toEqual({ kremlin: RENAMED, deleted: 0, edges: edges - 1 });
  // The texts came from the .txt files: the reader shows the article, its excerpts highlighted.
  await page.getByRole("tab", { name: "Article" }).click();
  await expect(page.locator(".reader-text")).toContainText("U.S. Allies Conduct Intelligence Operation");
  await expect(page.locator(".reader-text .excerpt-highlight").first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("with every text embedded, the one JSON saved opens on its own with the edits", async ({
  page,
}, info) => {
  const { consoleErrors } = await openApp(page);
  const edges = await page.evaluate(() => window.throughline?.cy.edges().length ?? 0);
  await editSomething(page);
  await page.getByRole("button", { name: "Save dataset…" }).click();
  const save = page.getByRole("dialog", { name: "Save dataset" });
  await save.getByLabel("Embed every article's text (one file that opens on its own)").check();
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    save.getByRole("button", { name: /^Download .*\.json$/ }).click(),
  ]);
  const jsonPath = await keep(json, info.outputDir);
  const saved = JSON.parse(readFileSync(jsonPath, "utf8"));
  expect(saved.entities.find((e: { id: string }) => e.id === "russia").name).toBe(RENAMED);
  expect(saved.relations.some((r: { id: string }) => r.id === DELETED)).toBe(false);
  // Each article's text, word for word as the .txt file has it.
  for (const a of saved.articles as { id: string; text?: string }[]) {
    expect(a.text).toBe(readFileSync(`data/articles/${a.id}.txt`, "utf8"));
  }
  await save.getByRole("button", { name: "Close" }).click();

  await openSaved(page, [jsonPath]);
  expect(await onCanvas(page)).toEqual({ kremlin: RENAMED, deleted: 0, edges: edges - 1 });
  await page.getByRole("tab", { name: "Article" }).click();
  await expect(page.locator(".reader-text")).toContainText("U.S. Allies Conduct Intelligence Operation");
  expect(consoleErrors).toEqual([]);
});

/** A zip's files, read with Node's zlib (not the app's reader): name → bytes, each CRC checked. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    expect(flags & 0x0800, `${name} is flagged UTF-8`).toBe(0x0800);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(start, start + zip.readUInt32LE(at + 20));
    const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
    expect(data.length).toBe(zip.readUInt32LE(at + 24));
    expect(crc32(data), `${name}'s CRC-32`).toBe(zip.readUInt32LE(at + 16));
    files.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

test("the .zip of the JSON and its texts unzips to a folder that passes data:check and data:lint, and opens as it is", async ({
  page,
}, info) => {
  const { consoleErrors } = await openApp(page);
  const edges = await page.evaluate(() => window.throughline?.cy.edges().length ?? 0);
  await startEditing(page);
  await selectActor(page, "Russia (Russian government)");
  const dialog = await editSelected(page, "actor");
  await dialog.getByLabel("Name", { exact: true }).fill(RENAMED);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole("button", { name: "Save dataset…" }).click();
  const save = page.getByRole("dialog", { name: "Save dataset" });
  await expect(save).toContainText("It passes every check");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    save.getByRole("button", { name: "Download as .zip" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const zipPath = await keep(download, info.outputDir);
  await expect(page.locator(".editor-status")).toContainText("all saved");
  await save.getByRole("button", { name: "Close" }).click();

  // Unzipped: the JSON at the top, each text at its `file` path, word for word as the repository has it.
  const files = unzip(readFileSync(zipPath));
  const jsonName = download.suggestedFilename().replace(/\.zip$/, ".json");
  expect([...files.keys()]).toEqual([
    jsonName,
    "articles/newsweek-2017-02-15.txt",
    "articles/mindy-fischer-writer-2017-02.txt",
  ]);
  const dir = mkdtempSync(join(tmpdir(), "throughline-zip-"));
  for (const [name, data] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
    if (name.endsWith(".txt")) expect(data.toString("utf8")).toBe(readFileSync(`data/${name}`, "utf8"));
  }
  const saved = JSON.parse(readFileSync(join(dir, jsonName), "utf8"));
  expect(saved.entities.find((e: { id: string }) => e.id === "russia").name).toBe(RENAMED);
  expect(saved.articles.every((a: { text?: string }) => a.text === undefined)).toBe(true);
  const json = join(dir, jsonName);
  expect(execFileSync("npx", ["tsx", "scripts/data-check.ts", json], { encoding: "utf8" })).toContain(
    "all checks pass",
  );
  expect(execFileSync("npx", ["tsx", "scripts/data-lint.ts", json], { encoding: "utf8" })).toContain(
    "editorial checks pass",
  );

  // Opened as it is: the edit on the canvas, the texts (from the .zip) in the reader.
  await openSaved(page, [zipPath]);
  expect(await onCanvas(page)).toEqual({ kremlin: RENAMED, deleted: 1, edges });
  await page.getByRole("tab", { name: "Article" }).click();
  await expect(page.locator(".reader-text")).toContainText("U.S. Allies Conduct Intelligence Operation");
  await expect(page.locator(".reader-text .excerpt-highlight").first()).toBeVisible();

  // One byte of a text changed: refused, naming the entry, and the graph that was open stays.
  const damaged = readFileSync(zipPath);
  const at = damaged.indexOf(Buffer.from("articles/newsweek-2017-02-15.txt")) + 40;
  damaged[at] = (damaged[at] as number) ^ 0xff;
  const damagedPath = join(info.outputDir, "damaged.zip");
  writeFileSync(damagedPath, damaged);
  await page.getByLabel("Dataset files").setInputFiles([damagedPath]);
  const problems = page.getByRole("alert").filter({ hasText: "could not be opened" });
  await expect(problems).toContainText("the graph that was open is unchanged");
  await expect(problems).toContainText("damaged.zip/articles/newsweek-2017-02-15.txt → (file): is damaged");
  expect(await onCanvas(page)).toEqual({ kremlin: RENAMED, deleted: 1, edges });
  expect(consoleErrors).toEqual([]);
});

// Edit mode, saving (issue 19): the formats the Save dialog offers, read back as files, and opened
// again through the app's own "Open dataset…" (the file picker's input): the JSON with its articles'
// .txt files beside it, and the one JSON with every text embedded. The edits are in what was saved
// (read from the downloaded bytes), and they are on the canvas after opening it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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

// Edit mode, nothing lost (issue 19): unsaved edits are kept in the browser and offered back after a
// reload (leaving asks first), the last one too; a damaged draft is set aside with a notice; a new
// dataset is built from a pasted article (odd white space and all) and saves to a file that passes
// data:check.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { startEditing } from "./editor";
import { openApp } from "./helpers";

const has = (page: Page, id: string) =>
  page.evaluate((i) => (window.throughline?.cy.getElementById(i).length ?? 0) > 0, id);

/** Whether the draft kept in this browser (IndexedDB, as state/draft.ts writes it) names `words`. */
const draftHolds = (page: Page, words: string) =>
  page.evaluate(
    (w) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open("throughline", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("drafts");
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction("drafts").objectStore("drafts").get("current");
          get.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(get.result?.present ?? null).includes(w));
          };
          get.onerror = () => {
            db.close();
            resolve(false);
          };
        };
      }),
    words,
  );

/** Adds an actor through the New actor dialog (the edit the draft must keep). */
async function addActor(page: Page, name: string, description: string) {
  await page.getByRole("button", { name: "New actor…" }).click();
  const dialog = page.getByRole("dialog", { name: "New actor" });
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await dialog.getByLabel("Description").fill(description);
  await dialog.getByRole("button", { name: "Add actor" }).click();
}

test("unsaved edits survive a reload (which asks first) and are restored in edit mode", async ({ page }) => {
  await openApp(page);
  await startEditing(page);
  await addActor(page, "Kept Actor", "An actor added to test the draft.");
  await expect.poll(() => has(page, "kept-actor")).toBe(true);
  await expect(page.getByRole("button", { name: "Changes (1)" })).toBeVisible();
  // The draft is written a moment after an edit (at most one write per 400 ms): wait until it is
  // there, however long a loaded machine takes, before leaving.
  await expect.poll(() => draftHolds(page, "Kept Actor")).toBe(true);

  const asked: string[] = [];
  page.on("dialog", (d) => {
    asked.push(d.type());
    void d.accept();
  });
  await page.reload();
  expect(asked).toContain("beforeunload");
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  const offer = page.getByRole("region", { name: "Unsaved edits" });
  await expect(offer).toContainText("are kept in this browser");
  await offer.getByRole("button", { name: "Restore them" }).click();
  await expect(page.getByRole("region", { name: "Editor" })).toBeVisible();
  await expect.poll(() => has(page, "kept-actor")).toBe(true);
  await expect(page.getByRole("button", { name: "Changes (1)" })).toBeVisible();
});

test("an edit made just before leaving is kept, without waiting for the timed write", async ({ page }) => {
  await openApp(page);
  await startEditing(page);
  page.on("dialog", (d) => void d.accept());
  await addActor(page, "Last Moment", "An actor added a moment before the page is left.");
  // Leave at once, long before the timed write (400 ms after the edit) would run.
  await page.reload();
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  const offer = page.getByRole("region", { name: "Unsaved edits" });
  await expect(offer).toContainText("are kept in this browser");
  await offer.getByRole("button", { name: "Restore them" }).click();
  await expect.poll(() => has(page, "last-moment")).toBe(true);
});

test("a damaged or older draft is set aside with a notice, and the app works", async ({ page }) => {
  await openApp(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("throughline", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("drafts");
        open.onsuccess = () => {
          const tx = open.result.transaction("drafts", "readwrite");
          tx.objectStore("drafts").put({ v: 0, present: "nonsense" }, "current");
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  const { consoleErrors } = await openApp(page);
  await expect(page.getByText(/could not be restored .*another version.*set aside/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Unsaved edits" })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test("a new dataset from a pasted article (BOM, CRLF, no-break spaces) saves a file that passes data:check", async ({
  page,
}) => {
  await openApp(page);
  await startEditing(page);
  page.on("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "New dataset" }).click();
  await expect(page.getByRole("button", { name: "Changes (0)" })).toBeVisible();
  await page.getByRole("button", { name: "Articles…" }).click();
  const articles = page.getByRole("dialog", { name: "Articles" });
  await articles.getByLabel("Title").fill("Port deal");
  await articles.getByLabel("Publisher").fill("The Gazette");
  await articles.getByLabel("Published").fill("2021-03-04");
  await articles.getByLabel("Address (URL)").fill("https://example.org/port");
  await articles
    .getByLabel("The article's text")
    .fill(
      "\ufeffAcme Shipping signed a contract with the Port Authority on Monday.\r\n\r\nThe\u00a0deal was worth millions.",
    );
  await articles.getByRole("button", { name: "Add article" }).click();
  await expect(articles).toHaveCount(0);

  const text = page.getByRole("group", { name: /^Article text/ });
  await text.focus();
  const preview = page.locator(".passage-preview");
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Shift+Control+ArrowRight");
    if (((await preview.textContent().catch(() => "")) ?? "").includes("Authority")) break;
  }
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "Make this passage an excerpt" });
  await form.getByLabel("From actor").fill("Acme Shipping");
  await form.getByLabel("Kind of actor").first().selectOption("company");
  await form.getByLabel("Description").first().fill("A shipping company named in the article.");
  await form.getByLabel("To actor").fill("Port Authority");
  await form.getByLabel("Kind of actor").nth(1).selectOption("agency");
  await form.getByLabel("Description").nth(1).fill("The port's authority, named in the article.");
  await form.getByLabel("Kind of link").selectOption("business");
  await form.getByLabel("Label").fill("signed a contract with");
  await form.getByLabel("Claim status", { exact: true }).selectOption("confirmed");
  await form.getByRole("button", { name: "Add link with this excerpt" }).click();
  await expect(form).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.throughline?.cy.edges().length ?? 0)).toBe(1);

  await page.getByRole("button", { name: "Save dataset…" }).click();
  const save = page.getByRole("dialog", { name: "Save dataset" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    save.getByRole("button", { name: /^Download .*\.json$/ }).click(),
  ]);
  const json = readFileSync(await download.path(), "utf8");
  const saved = JSON.parse(json);
  expect(saved.articles[0].text).toBe(
    "Acme Shipping signed a contract with the Port Authority on Monday.\n\nThe deal was worth millions.\n",
  );
  const file = join(mkdtempSync(join(tmpdir(), "throughline-new-")), "dataset.json");
  writeFileSync(file, json);
  expect(execFileSync("npx", ["tsx", "scripts/data-check.ts", file], { encoding: "utf8" })).toContain(
    "all checks pass",
  );
});

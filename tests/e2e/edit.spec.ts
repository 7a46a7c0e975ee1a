// Edit mode (issue 19): nothing of it loads in view mode; a passage selected with the keyboard in
// the reader becomes the evidence of a new link between two actors created on the spot; the link
// appears on the canvas without a new layout; undo and redo; the saved file passes the very scripts
// `npm run data:check` and `npm run data:lint`; axe finds nothing on the editor.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { startEditing } from "./editor";
import { openApp } from "./helpers";

const EDITOR_CODE = /EditMode|PassageTool|editActions|EvidenceForm|SaveDialog|ChangesDialog/;

const positions = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      (window.throughline?.cy.nodes().map((n) => [n.id(), n.position()]) ?? []) as Array<[string, unknown]>,
    ),
  );

const has = (page: Page, id: string) =>
  page.evaluate((i) => (window.throughline?.cy.getElementById(i).length ?? 0) > 0, id);

test("view mode loads nothing of the editor; the Edit switch loads it", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => scripts.push(r.url()));
  const { consoleErrors } = await openApp(page);
  await page.waitForTimeout(500);
  expect(scripts.filter((u) => EDITOR_CODE.test(u))).toEqual([]);
  await startEditing(page);
  expect(scripts.filter((u) => EDITOR_CODE.test(u)).length).toBeGreaterThan(0);
  expect(consoleErrors).toEqual([]);
});

test("a passage selected with the keyboard becomes a new link's evidence; undo, redo, save passes the checks", async ({
  page,
}) => {
  const { consoleErrors } = await openApp(page);
  const before = await page.evaluate(() => ({
    nodes: window.throughline?.cy.nodes().length ?? 0,
    edges: window.throughline?.cy.edges().length ?? 0,
  }));
  const placed = await positions(page);
  await startEditing(page);

  // The reader is open at the first article; its text takes focus and caret keys.
  const text = page.getByRole("group", { name: /^Article text/ });
  await text.focus();
  await expect(text).toBeFocused();
  const preview = page.locator(".passage-preview");
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Shift+Control+ArrowRight");
    if (((await preview.textContent().catch(() => "")) ?? "").includes("Associates")) break;
  }
  await expect(preview).toContainText(
    "U.S. Allies Conduct Intelligence Operation Against Trump Staff and Associates",
  );
  await page.keyboard.press("Enter");

  const form = page.getByRole("form", { name: "Make this passage an excerpt" });
  await expect(form).toBeVisible();
  const quote = (await form.getByTestId("evidence-quote").textContent()) ?? "";
  expect(quote.startsWith("U.S. Allies Conduct")).toBe(true);
  // There is no field for the excerpt's words.
  await expect(form.getByRole("textbox", { name: /quote|excerpt/i })).toHaveCount(0);

  await form.getByLabel("From actor").fill("U.S. allies");
  await form.getByLabel("Kind of actor").first().selectOption("group");
  await form
    .getByLabel("Description")
    .first()
    .fill("Allies of the United States that, the headline says, conduct an intelligence operation.");
  await form.getByLabel("To actor").fill("Trump staff and associates");
  await form.getByLabel("Kind of actor").nth(1).selectOption("group");
  await form
    .getByLabel("Description")
    .nth(1)
    .fill("Trump's staff and associates, as the headline calls them.");
  await form.getByLabel("Kind of link").selectOption("surveillance");
  await form.getByLabel("Label").fill("intelligence operation against");
  await form.getByLabel("Claim status", { exact: true }).selectOption("reported");
  await form.getByLabel("Attribution", { exact: true }).fill("Newsweek (headline)");
  await form.getByLabel("Attribution kind").selectOption("article");
  await form.getByRole("button", { name: "Add link with this excerpt" }).press("Enter");
  await expect(form).toHaveCount(0);

  const added = await page.evaluate(() => {
    const cy = window.throughline?.cy;
    const edge = cy?.edges().filter((e) => e.data("label") === "intelligence operation against");
    return edge && edge.length === 1
      ? { id: edge.id(), source: edge.source().data("name"), target: edge.target().data("name") }
      : null;
  });
  expect(added).toMatchObject({ source: "U.S. allies", target: "Trump staff and associates" });
  const id = added?.id ?? "";
  const after = await page.evaluate(() => ({
    nodes: window.throughline?.cy.nodes().length ?? 0,
    edges: window.throughline?.cy.edges().length ?? 0,
  }));
  expect(after).toEqual({ nodes: before.nodes + 2, edges: before.edges + 1 });
  // No layout ran: every actor that was there is where it was.
  const moved = await positions(page);
  for (const [node, at] of Object.entries(placed)) expect(moved[node], node).toEqual(at);
  // The details show the new link, selected, with the excerpt word for word.
  await expect(page.getByRole("button", { name: "Changes (4)" })).toBeVisible();

  // Undo with the keyboard (focus is back on the article's text), then redo.
  await page.keyboard.press("Control+z");
  await expect.poll(() => has(page, id)).toBe(false);
  await expect(page.getByRole("button", { name: "Changes (0)" })).toBeVisible();
  await page.keyboard.press("Control+Shift+z");
  await expect.poll(() => has(page, id)).toBe(true);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => has(page, id)).toBe(false);
  await page.getByRole("button", { name: "Redo" }).click();
  await expect.poll(() => has(page, id)).toBe(true);

  // The changes list names what was added.
  await page.getByRole("button", { name: "Changes (4)" }).click();
  const changes = page.getByRole("dialog", { name: /Changes since/ });
  await expect(changes.getByTestId("changes")).toContainText("U.S. allies");
  await expect(changes.getByTestId("changes")).toContainText(quote.slice(0, 40));
  await changes.getByRole("button", { name: "Close" }).click();

  // Save: the file passes the repository's own checks, with the article texts beside it.
  await page.getByRole("button", { name: "Save dataset…" }).click();
  const save = page.getByRole("dialog", { name: "Save dataset" });
  await expect(save).toContainText("The editorial checks (npm run data:lint) find nothing.");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    save.getByRole("button", { name: /^Download .*\.json$/ }).click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), "throughline-saved-"));
  const file = join(dir, "graph.json");
  const json = readFileSync(await download.path(), "utf8");
  writeFileSync(file, json);
  cpSync("data/articles", join(dir, "articles"), { recursive: true });
  const check = execFileSync("npx", ["tsx", "scripts/data-check.ts", file], { encoding: "utf8" });
  expect(check).toContain("all checks pass");
  const lint = execFileSync("npx", ["tsx", "scripts/data-lint.ts", file], { encoding: "utf8" });
  expect(lint).toContain("editorial checks pass");
  // One excerpt per line: the new one is a line of its own, with the selected words.
  expect(json.split("\n").some((l) => l.startsWith('      {"article": ') && l.includes(quote))).toBe(true);
  await expect(save).toContainText("It passes every check");
  expect(consoleErrors).toEqual([]);
});

test("axe finds no violation on the editor and its evidence form", async ({ page }) => {
  await openApp(page);
  await startEditing(page);
  const text = page.getByRole("group", { name: /^Article text/ });
  await text.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("Shift+Control+ArrowRight");
  await page.getByRole("button", { name: "Use as excerpt…" }).click();
  await expect(page.getByRole("form", { name: "Make this passage an excerpt" })).toBeVisible();
  const results = await new AxeBuilder({ page }).include(".editor-bar").include(".reader").analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) })),
  ).toEqual([]);
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`the Edit switch is in the header at ${size.width} px, not folded into the menu`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page);
    const edit = page.getByRole("button", { name: "Edit", exact: true });
    // The menu's other actions are folded away; Edit is in sight and inside the screen.
    await expect(page.getByRole("button", { name: "Open dataset…" })).toBeHidden();
    await expect(edit).toBeVisible();
    const box = await edit.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= size.width && box.y + box.height <= 60).toBe(true);
    await edit.click();
    await expect(page.getByRole("region", { name: "Editor" })).toBeVisible();
    await expect(edit).toHaveAttribute("aria-pressed", "true");
  });
}

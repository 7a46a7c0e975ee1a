import { expect, test } from "@playwright/test";
import { startEditing } from "./editor";
import { openApp } from "./helpers";

// Issue 19, point 7: a session of adding ten links with evidence, without a mouse. Each link: select
// the next words of the article with Shift+Ctrl+→, Enter opens the form (focus on its first choice),
// Tab to the actors and type their names, Tab to the label, type it, Enter saves and focus returns to
// the text. The keys pressed are counted and written to the test's output.
test("ten links with evidence are added with the keyboard alone", async ({ page }, testInfo) => {
  const { consoleErrors } = await openApp(page);
  const edges = () => page.evaluate(() => window.throughline?.cy.edges().length ?? 0);
  const before = await edges();
  await startEditing(page);
  let keys = 0;
  const press = async (key: string, times = 1) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
    keys += times;
  };
  const type = async (text: string) => {
    await page.keyboard.type(text);
    keys += text.length;
  };
  const text = page.getByRole("group", { name: /^Article text/ });
  // Tab from the top of the page to the text: the only way in a keyboard user has.
  await text.focus();
  await expect(text).toBeFocused();
  const form = page.getByRole("form", { name: "Make this passage an excerpt" });
  const started = Date.now();
  for (let n = 1; n <= 10; n++) {
    await press("Control+ArrowRight");
    await press("Shift+Control+ArrowRight", 6);
    await press("Enter");
    await expect(form).toBeVisible();
    await expect(form.getByLabel("A new link")).toBeFocused();
    await press("Tab");
    await expect(form.getByLabel("From actor")).toBeFocused();
    await type("Michael Flynn");
    await press("Tab");
    await type("Sergey Kislyak");
    await press("Tab", 3); // kind of link, directed, label
    await expect(form.getByLabel("Label")).toBeFocused();
    await type(`keyboard link ${n}`);
    await press("Enter");
    await expect(form).toHaveCount(0);
    await expect(text).toBeFocused();
    await expect.poll(edges).toBe(before + n);
  }
  const seconds = (Date.now() - started) / 1000;
  await expect(page.getByRole("button", { name: "Changes (20)" })).toBeVisible();
  const note = `ten links: ${keys} keys (${keys / 10} a link), ${seconds.toFixed(1)} s`;
  testInfo.annotations.push({ type: "measured", description: note });
  console.log(note);
  expect(consoleErrors).toEqual([]);
});

// Enter straight after the selection moves: the page tells of a new selection in a task of its own
// ("selectionchange"), which a quick typist's Enter can come before. Here the selection is made and
// Enter pressed in one go, so no such task has run: the form must still open, on those words.
test("Enter takes the passage selected a moment before, not the one the page last reported", async ({
  page,
}) => {
  await openApp(page);
  await startEditing(page);
  const text = page.getByRole("group", { name: /^Article text/ });
  await text.focus();
  const words = await text.evaluate((el) => {
    const selection = window.getSelection();
    if (!selection) return "";
    selection.collapse(el, 0);
    for (let i = 0; i < 6; i++) selection.modify("extend", "forward", "word");
    const chosen = selection.toString();
    el.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    return chosen;
  });
  const passage = words.replace(/\s+/g, " ").trim();
  expect(passage.length).toBeGreaterThan(10);
  const form = page.getByRole("form", { name: "Make this passage an excerpt" });
  await expect(form).toBeVisible();
  await expect(form).toContainText(passage);
});

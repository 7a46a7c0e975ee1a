// Edit mode on a phone (issue 19): the editor's bar takes one row (the less used actions in "More"),
// the article's text keeps most of the height, the passage bar is not hidden under the sheet's tabs,
// and the evidence form is a sheet of its own whose Save button stays on screen however far it is
// scrolled. On a tablet and a desktop the form's Save is in reach too.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { inReach, startEditing, textRowsInSight } from "./editor";
import { openApp } from "./helpers";

const SAVE = "form.evidence-form button[type=submit]";

/** Selects the first words of the article with the keyboard, as a phone with a keyboard would. */
async function selectFirstWords(page: Page) {
  const text = page.getByRole("group", { name: /^Article text/ });
  await text.focus();
  const preview = page.locator(".passage-preview");
  // Word by word ("U.S." is three words to the caret) until the preview shows the second word.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Shift+Control+ArrowRight");
    if (((await preview.textContent().catch(() => "")) ?? "").includes("Allies")) break;
  }
  await expect(preview).toContainText("U.S. Allies");
}

test("at 390×844 the editor takes one row and the article's text most of the height", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { consoleErrors } = await openApp(page);
  await startEditing(page);
  const bar = page.getByRole("region", { name: "Editor" });
  await expect(page.locator(".passage-tool")).toBeVisible();
  // One row: the bar is no taller than its 44 px buttons and a little padding.
  await expect.poll(async () => (await bar.boundingBox())?.height ?? 999).toBeLessThanOrEqual(60);
  await expect(bar.getByRole("button", { name: "Undo" })).toBeVisible();
  await expect(bar.getByRole("button", { name: /^Save/ })).toBeVisible();
  await expect(bar.getByRole("button", { name: "Changes (0)" })).toBeHidden();
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The top of the article (its title and details above the text): text in sight already.
  await expect.poll(() => textRowsInSight(page)).toBeGreaterThanOrEqual(220);

  // Scrolled to the text, a passage selected: the bar with "Use as excerpt…" is in reach (under the
  // sheet's tabs, not behind them), and the text still has most of the screen.
  await selectFirstWords(page);
  await page.evaluate(() => {
    const text = document.querySelector(".reader-text");
    const tool = document.querySelector(".passage-tool");
    let scroller = text?.parentElement ?? null;
    while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY))
      scroller = scroller.parentElement;
    if (text && tool && scroller)
      scroller.scrollTop += text.getBoundingClientRect().top - tool.getBoundingClientRect().bottom;
  });
  await expect.poll(() => inReach(page, ".passage-tool .primary")).toBe(true);
  await expect.poll(() => textRowsInSight(page)).toBeGreaterThanOrEqual(440);

  // The less used actions are one tap away, in "More"; a choice closes it.
  const more = bar.getByRole("button", { name: "More" });
  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await expect(bar.getByRole("button", { name: "Changes (0)" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).include(".editor-bar").analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await bar.getByRole("button", { name: "Changes (0)" }).click();
  await expect(page.getByRole("dialog", { name: /Changes since/ })).toBeVisible();
  await expect(more).toHaveAttribute("aria-expanded", "false");
  expect(consoleErrors).toEqual([]);
});

for (const size of [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
]) {
  test(`at ${size.width}×${size.height} the evidence form's Save is on screen, scrolled or not`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await startEditing(page);
    await selectFirstWords(page);
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "Make this passage an excerpt" });
    await expect(form).toBeVisible();
    await expect.poll(() => inReach(page, SAVE)).toBe(true);
    // The last field, reached and filled: the form scrolls, Save stays put.
    const note = form.getByLabel("Note (optional)");
    await note.scrollIntoViewIfNeeded();
    await note.fill("checked on a phone");
    await expect(note).toBeInViewport();
    await expect.poll(() => inReach(page, SAVE)).toBe(true);
    await form.getByRole("button", { name: "Cancel" }).click();
    await expect(form).toHaveCount(0);
  });
}

// Edit mode, evidence from a selection (issue 19, point 3): a passage dragged over with the mouse
// becomes an excerpt of a link that exists, exactly as selected; a passage that leaves out the hedge
// of its sentence, or hedges itself yet is called confirmed, is warned about and can be widened.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { dragSelect, startEditing } from "./editor";
import { openApp } from "./helpers";

/** The excerpts of a link in the open dataset, as the store holds them. */
const excerptsOf = (page: Page, id: string) =>
  page.evaluate(
    (i) =>
      window.throughline?.store
        .getState()
        .dataset?.relations.find((r) => r.id === i)
        ?.evidence.map((e) => ({ quote: e.quote, status: e.status })) ?? [],
    id,
  );

test("a passage selected with the mouse becomes an excerpt of a link that exists", async ({ page }) => {
  const { consoleErrors } = await openApp(page);
  await startEditing(page);
  const phrase = "The foreign agency is also gathering electronic and human source information";
  await dragSelect(page, phrase);
  await expect(page.locator(".passage-preview")).toHaveText(`Selected: “${phrase}”`);
  await page.getByRole("button", { name: "Use as excerpt…" }).click();

  const form = page.getByRole("form", { name: "Make this passage an excerpt" });
  await expect(form.getByTestId("evidence-quote")).toHaveText(phrase);
  await form.getByLabel("An existing link").check();
  // Typing what is not a link of the dataset is refused beside the field.
  await form.getByLabel("Link", { exact: true }).fill("no such link");
  await form.getByRole("button", { name: "Add excerpt to the link" }).click();
  await expect(form.getByText("pick a link from the list")).toBeVisible();
  await form
    .getByLabel("Link", { exact: true })
    .fill(
      "The foreign agency – its agency (implied by the context) – A Western European ally (foreign-agency-western-ally)",
    );
  await form.getByLabel("Attribution", { exact: true }).fill("people with direct knowledge of the situation");
  await form.getByLabel("Attribution kind").selectOption("unnamed");
  await form.getByRole("button", { name: "Add excerpt to the link" }).click();
  await expect(form).toHaveCount(0);

  // The link now has two excerpts; the details list the new one word for word and the reader
  // highlights it.
  await expect
    .poll(async () => (await excerptsOf(page, "foreign-agency-western-ally")).map((e) => e.quote))
    .toContain(phrase);
  expect(await excerptsOf(page, "foreign-agency-western-ally")).toHaveLength(2);
  await expect(page.locator(`.excerpt-highlight[data-relation="foreign-agency-western-ally"]`)).toHaveCount(
    2,
  );
  await expect(page.getByRole("button", { name: "Changes (1)" })).toBeVisible();
  await page.getByRole("button", { name: "Changes (1)" }).click();
  const changes = page.getByRole("dialog", { name: /Changes since/ });
  await expect(changes.getByTestId("changes")).toContainText(
    `added on foreign-agency-western-ally: “${phrase}”`,
  );
  await changes.getByRole("button", { name: "Close" }).click();
  expect(consoleErrors).toEqual([]);
});

test("a passage that drops its sentence's hedge, or hedges yet is called confirmed, is warned about", async ({
  page,
}) => {
  const { consoleErrors } = await openApp(page);
  await startEditing(page);
  // "It could not be confirmed whether this involved the telephone call …": the passage leaves the
  // hedge out.
  const cut = "this involved the telephone call with Russian Ambassador Sergey Kislyak";
  await dragSelect(page, cut);
  await expect(page.locator(".passage-preview")).toHaveText(`Selected: “${cut}”`);
  await page.getByRole("button", { name: "Use as excerpt…" }).click();
  const form = page.getByRole("form", { name: "Make this passage an excerpt" });
  const warning = form.getByTestId("hedge-warning");
  await expect(form.getByLabel("Claim status", { exact: true })).toHaveValue("reported");
  await expect(warning).toContainText("leaves out “could not be confirmed” of its sentence");
  // Widening keeps the hedge: the excerpt (and the page's selection) start at the clause.
  await form.getByRole("button", { name: "Widen to keep “could not be confirmed”" }).click();
  const widened = `It could not be confirmed whether ${cut}`;
  await expect(form.getByTestId("evidence-quote")).toHaveText(widened);
  expect(await page.evaluate(() => String(window.getSelection()))).toBe(widened);
  await expect(warning).toHaveCount(0);
  // The passage now carries the hedge: calling it confirmed is warned about, unconfirmed is not.
  await form.getByLabel("Claim status", { exact: true }).selectOption("confirmed");
  await expect(warning).toContainText("The passage hedges (“could not be confirmed”)");
  await form.getByLabel("Claim status", { exact: true }).selectOption("unconfirmed");
  await expect(warning).toHaveCount(0);
  await form.getByRole("button", { name: "Cancel" }).click();
  await expect(form).toHaveCount(0);

  // "… that may be unprecedented": the hedge is inside; confirmed is warned about, reported is not.
  const hedged = "the United States is now in a situation that may be unprecedented";
  await dragSelect(page, hedged);
  await page.getByRole("button", { name: "Use as excerpt…" }).click();
  await expect(form.getByTestId("evidence-quote")).toHaveText(hedged);
  await expect(warning).toHaveCount(0);
  await form.getByLabel("Claim status", { exact: true }).selectOption("confirmed");
  await expect(warning).toContainText("The passage hedges (“may”)");
  await form.getByLabel("Claim status", { exact: true }).selectOption("reported");
  await expect(warning).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test("in a long article drawn in blocks, a passage is selected with the mouse within a late block and across two", async ({
  page,
}) => {
  const { consoleErrors } = await openApp(page);
  await startEditing(page);
  page.on("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "New dataset" }).click();
  await page.getByRole("button", { name: "Articles…" }).click();
  const articles = page.getByRole("dialog", { name: "Articles" });
  // Twelve numbered copies of an article: about 110,000 characters, drawn in blocks of 16,000.
  const one = readFileSync("data/articles/newsweek-2017-02-15.txt", "utf8").trim();
  const text = Array.from({ length: 12 }, (_, i) => `Part ${i + 1}.\n\n${one}`).join("\n\n");
  await articles.getByLabel("Title").fill("A long article");
  await articles.getByLabel("Publisher").fill("Newsweek");
  await articles.getByLabel("Published").fill("2017-02-15");
  await articles.getByLabel("Address (URL)").fill("https://example.org/long");
  await articles.getByLabel("The article's text").fill(text);
  await articles.getByRole("button", { name: "Add article" }).click();
  await expect(articles).toHaveCount(0);
  await expect.poll(() => page.locator(".reader-text > [data-offset]").count()).toBeGreaterThan(5);

  const form = page.getByRole("form", { name: "Make this passage an excerpt" });
  const select = async (start: number, end: number, nth = 0) => {
    await dragSelect(page, text.slice(start, end), nth);
    await page.getByRole("button", { name: "Use as excerpt…" }).click();
    await expect(form.getByTestId("evidence-quote")).toHaveText(text.slice(start, end));
    await expect(form).toContainText(`characters ${start.toLocaleString("en")}–${end.toLocaleString("en")}`);
    await form.getByRole("button", { name: "Cancel" }).click();
  };

  // Within a block far down the text: the tenth copy's headline.
  const late = text.indexOf("U.S. Allies", text.indexOf("Part 10."));
  await select(late, late + "U.S. Allies Conduct Intelligence Operation".length, 9);

  // Across the line where the second block starts.
  const cut = Number(await page.locator(".reader-text > [data-offset]").nth(1).getAttribute("data-offset"));
  let start = cut - 40;
  let end = cut + 40;
  while (/\s/.test(text.charAt(start))) start++;
  while (/\s/.test(text.charAt(end - 1))) end--;
  const before = text.slice(0, start);
  const nth = before.split(text.slice(start, end)).length - 1;
  await select(start, end, nth);
  expect(consoleErrors).toEqual([]);
});

// A click on "Use as excerpt…" straight after the selection moves: the page tells of a new selection
// in a task of its own ("selectionchange"), which the click can come before, while the bar still
// shows the passage selected before. Here the selection is made and the button clicked in one go, so
// no such task has run: the form must take the words selected now.
test("Use as excerpt… takes the passage selected a moment before, not the one the bar last showed", async ({
  page,
}) => {
  await openApp(page);
  await startEditing(page);
  const earlier = "The foreign agency is also gathering electronic and human source information";
  await dragSelect(page, earlier);
  await expect(page.locator(".passage-preview")).toHaveText(`Selected: “${earlier}”`);
  const text = page.getByRole("group", { name: /^Article text/ });
  const words = await text.evaluate((el) => {
    const selection = window.getSelection();
    const button = document.querySelector<HTMLButtonElement>(".passage-bar button.primary");
    if (!selection || !button) return "";
    selection.collapse(el, 0);
    for (let i = 0; i < 6; i++) selection.modify("extend", "forward", "word");
    const chosen = selection.toString();
    button.click();
    return chosen;
  });
  const passage = words.replace(/\s+/g, " ").trim();
  expect(passage.length).toBeGreaterThan(10);
  expect(earlier).not.toContain(passage);
  const form = page.getByRole("form", { name: "Make this passage an excerpt" });
  await expect(form.getByTestId("evidence-quote")).toHaveText(passage);
});

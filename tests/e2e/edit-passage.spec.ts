// Edit mode, evidence from a selection (issue 19, point 3): a passage dragged over with the mouse
// becomes an excerpt of a link that exists, exactly as selected; a passage that leaves out the hedge
// of its sentence, or hedges itself yet is called confirmed, is warned about and can be widened.
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

// Edit mode, actors and links (issue 19, point 4): edited field by field with errors beside the
// field, merged and deleted after a preview of what changes and what is lost; the canvas follows
// every edit (and every undo) without a new layout; the changes report (point 8) is downloaded.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { editSelected, searchBox, selectActor, startEditing } from "./editor";
import { openApp } from "./helpers";

const node = (page: Page, id: string) =>
  page.evaluate((i) => {
    const n = window.throughline?.cy.getElementById(i);
    return n?.nonempty() ? { name: n.data("name") as string, position: n.position() } : null;
  }, id);

const edge = (page: Page, id: string) =>
  page.evaluate((i) => {
    const e = window.throughline?.cy.getElementById(i);
    return e?.nonempty()
      ? {
          source: e.data("source") as string,
          target: e.data("target") as string,
          label: e.data("label") as string,
          status: e.data("status") as string,
        }
      : null;
  }, id);

const entity = (page: Page, id: string) =>
  page.evaluate(
    (i) => window.throughline?.store.getState().dataset?.entities.find((e) => e.id === i) ?? null,
    id,
  );

/** Selects a link by words of its excerpts, from the search box's list of links. */
async function selectLink(page: Page, words: string, between: string) {
  await searchBox(page).fill(words);
  await page.locator(".excerpt-match", { hasText: between }).first().click();
}

test("actors are edited, merged and deleted after a preview; the canvas follows, undo brings all back", async ({
  page,
}) => {
  const { consoleErrors } = await openApp(page);
  await startEditing(page);
  const before = await node(page, "foreign-agency");
  const keptAt = (await node(page, "european-intelligence-service"))?.position;

  // Edit: an empty name is refused beside the field; a new name reaches the canvas.
  await selectActor(page, "The foreign agency");
  let dialog = await editSelected(page, "actor");
  await expect(dialog).toHaveAccessibleName("Actor “The foreign agency”");
  const name = dialog.getByLabel("Name", { exact: true });
  await name.fill("");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/.+/);
  await name.fill("The foreign intelligence agency");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(() => node(page, "foreign-agency"))
    .toEqual({ name: "The foreign intelligence agency", position: before?.position });

  // Merge: the preview says what changes (the actor removed, its links moved) before it is done.
  await selectActor(page, "A European intelligence service");
  dialog = await editSelected(page, "actor");
  await dialog
    .getByLabel("Merge with another actor (it becomes this one)")
    .fill("The foreign intelligence agency (foreign-agency)");
  await dialog.getByRole("button", { name: "Preview merge…" }).click();
  const merge = dialog.getByRole("alert", { name: "Merge: preview" });
  await expect(merge).toContainText("removed The foreign intelligence agency foreign-agency");
  await expect(merge).toContainText("source: foreign-agency → european-intelligence-service");
  await expect(merge).toContainText('aliases: [] → ["The foreign intelligence agency"]');
  await merge.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => node(page, "foreign-agency")).toBeNull();
  expect(await edge(page, "foreign-agency-western-ally")).toMatchObject({
    source: "european-intelligence-service",
    target: "western-european-ally",
  });
  expect(await edge(page, "foreign-agency-business-partners-surveillance")).toMatchObject({
    source: "european-intelligence-service",
  });
  expect((await node(page, "european-intelligence-service"))?.position).toEqual(keptAt);
  expect((await entity(page, "european-intelligence-service"))?.aliases).toEqual([
    "The foreign intelligence agency",
  ]);

  // Delete: what would be lost is listed first.
  await selectActor(page, "Exxon Mobil");
  dialog = await editSelected(page, "actor");
  await dialog.getByRole("button", { name: "Delete actor…" }).click();
  const deletion = dialog.getByRole("alert", { name: "Delete actor: preview" });
  await expect(deletion).toContainText("link 'tillerson-exxon-office'");
  await deletion.getByRole("button", { name: "Delete actor", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => node(page, "exxon-mobil")).toBeNull();
  expect(await edge(page, "tillerson-exxon-office")).toBeNull();
  await expect(page.getByRole("button", { name: /^Changes \(\d+\)$/ })).not.toHaveText("Changes (0)");

  // Undo, three times, from the keyboard: the canvas is as it was.
  await page.locator("body").focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Control+z");
  await expect.poll(() => node(page, "exxon-mobil")).not.toBeNull();
  await expect.poll(() => node(page, "foreign-agency")).toEqual(before);
  expect(await edge(page, "foreign-agency-western-ally")).toMatchObject({ source: "foreign-agency" });
  expect(await edge(page, "tillerson-exxon-office")).not.toBeNull();
  await expect(page.getByRole("button", { name: "Changes (0)" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("a link is edited (a status surer than its excerpts refused beside the field) and deleted", async ({
  page,
}) => {
  const { consoleErrors } = await openApp(page);
  await startEditing(page);
  await selectLink(page, "her meeting last month", "Theresa May – Donald Trump");
  let dialog = await editSelected(page, "link");
  await expect(dialog).toHaveAccessibleName("Link “met”");
  const status = dialog.getByLabel("Claim status", { exact: true });
  await status.selectOption("confirmed");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(status).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByRole("alert").filter({ hasText: "surer than its surest excerpt" })).toBeVisible();
  await status.selectOption("unconfirmed");
  await dialog.getByLabel("Label", { exact: true }).fill("met, one source said");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(() => edge(page, "may-trump-meeting"))
    .toMatchObject({
      label: "met, one source said",
      status: "unconfirmed",
    });

  // The changes report, downloaded: the status change with its old and new value.
  await page.getByRole("button", { name: "Changes (1)" }).click();
  const changes = page.getByRole("dialog", { name: /Changes since/ });
  await expect(changes.getByTestId("changes")).toContainText("status: reported → unconfirmed");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    changes.getByRole("button", { name: "Download report (.txt)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    "u-s-allies-intelligence-operations-on-trumps-staff-and-assoc-changes.txt",
  );
  expect(readFileSync(await download.path(), "utf8")).toBe(
    [
      "Changes to “U.S. allies' intelligence operations on Trump's staff and associates (February 2017)”",
      "",
      "Links (1)",
      "  edited may-trump-meeting “met, one source said”",
      "    label: met → met, one source said",
      "    status: reported → unconfirmed",
      "",
    ].join("\n"),
  );
  await changes.getByRole("button", { name: "Close" }).click();

  dialog = await editSelected(page, "link");
  await dialog.getByRole("button", { name: "Delete link…" }).click();
  const deletion = dialog.getByRole("alert", { name: "Delete link: preview" });
  await expect(deletion).toContainText("1 excerpt(s) of link 'may-trump-meeting'");
  await deletion.getByRole("button", { name: "Delete link", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => edge(page, "may-trump-meeting")).toBeNull();
  // The actors stay; nothing is left selected that no longer exists.
  expect(await node(page, "theresa-may")).not.toBeNull();
  await expect(page.getByRole("button", { name: "Edit actor…" })).toBeDisabled();
  expect(consoleErrors).toEqual([]);
});

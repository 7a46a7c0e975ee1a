// Edit mode (issue 19), the edits that take most away and undo: a merge carries the merged actor's
// memberships (its own, and the actors that belong to it), links and excerpts over to the kept actor;
// removing an article says everything that goes with it before it goes; the history holds the 500
// steps the README promises, and undoing them all gives back the dataset and the canvas as opened.
import { expect, type Page, test } from "@playwright/test";
import { editSelected, selectActor, startEditing } from "./editor";
import { openApp } from "./helpers";

/** The dataset being edited, as JSON (the file format's fields: what undo must restore exactly). */
const present = (page: Page) =>
  page.evaluate(() => {
    const d = window.throughline?.store.getState().edit?.history.present;
    return d ? JSON.stringify({ articles: d.articles, entities: d.entities, relations: d.relations }) : null;
  });

/** What the canvas draws: every actor's name and every link's ends, label and status. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const cy = window.throughline?.cy;
    if (!cy) return null;
    return {
      nodes: cy
        .nodes()
        .map((n) => `${n.id()}=${n.data("name")}`)
        .sort(),
      edges: cy
        .edges()
        .map(
          (e) => `${e.id()}:${e.data("source")}>${e.data("target")} ${e.data("label")} ${e.data("status")}`,
        )
        .sort(),
    };
  });

const entity = (page: Page, id: string) =>
  page.evaluate(
    (i) =>
      window.throughline?.store.getState().edit?.history.present.entities.find((e) => e.id === i) ?? null,
    id,
  );

const relation = (page: Page, id: string) =>
  page.evaluate((i) => {
    const r = window.throughline?.store.getState().edit?.history.present.relations.find((x) => x.id === i);
    return r ? { source: r.source, target: r.target, excerpts: r.evidence.map((e) => e.quote) } : null;
  }, id);

/** Waits until the editor has its session (the dataset being edited is in the store). */
async function editing(page: Page) {
  await startEditing(page);
  await expect.poll(() => present(page)).not.toBeNull();
}

test("a merge carries memberships, links and excerpts over to the kept actor; one undo restores both", async ({
  page,
}) => {
  const { consoleErrors } = await openApp(page);
  await editing(page);
  const original = await present(page);
  const originalDrawn = await drawn(page);
  const dropped = await entity(page, "state-department");
  const tillersonLink = await relation(page, "tillerson-state-department-office");
  const cableLink = await relation(page, "us-embassy-moscow-2008-cable");
  // Two actors picked for what the merge must carry, not as a merge a curator would make: the State
  // Department belongs to the US government, has two members and two links with excerpts; the
  // Senate belongs to nothing.
  expect(dropped?.organizations).toEqual(["us-government"]);
  expect((await entity(page, "senate"))?.organizations).toEqual([]);

  await selectActor(page, "Senate");
  const dialog = await editSelected(page, "actor");
  await dialog
    .getByLabel("Merge with another actor (it becomes this one)")
    .fill("State Department (state-department)");
  await dialog.getByRole("button", { name: "Preview merge…" }).click();
  const merge = dialog.getByRole("alert", { name: "Merge: preview" });
  await expect(merge).toContainText("removed State Department state-department");
  await expect(merge).toContainText("target: state-department → senate");
  // Nothing changes before Merge is pressed.
  expect(await present(page)).toBe(original);
  await merge.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(dialog).toHaveCount(0);

  await expect.poll(() => entity(page, "state-department")).toBeNull();
  const kept = await entity(page, "senate");
  expect(kept?.organizations).toEqual(["us-government"]);
  expect(kept?.aliases).toContain("State Department");
  expect(kept?.roles).toEqual(expect.arrayContaining(dropped?.roles ?? []));
  // Its members now belong to the kept actor.
  expect((await entity(page, "rex-tillerson"))?.organizations).toEqual(["senate"]);
  expect((await entity(page, "us-embassy-moscow"))?.organizations).toEqual(["senate"]);
  // Its links moved, every excerpt with them, word for word.
  expect(await relation(page, "tillerson-state-department-office")).toEqual({
    ...tillersonLink,
    target: "senate",
  });
  expect(await relation(page, "us-embassy-moscow-2008-cable")).toEqual({ ...cableLink, target: "senate" });
  // The canvas: one actor fewer, the links drawn to the kept one.
  await expect
    .poll(() => page.evaluate(() => window.throughline?.cy.getElementById("state-department").length ?? -1))
    .toBe(0);
  expect(
    await page.evaluate(() =>
      window.throughline?.cy.getElementById("tillerson-state-department-office").data("target"),
    ),
  ).toBe("senate");
  // The details of a member name the kept actor as its organization.
  await selectActor(page, "Rex Tillerson");
  await page.getByRole("tab", { name: "Details" }).click();
  await expect(
    page.locator(".entity-details, #side-tabpanel").getByRole("button", { name: "Senate" }).first(),
  ).toBeVisible();

  // One undo: both actors, every membership and link as they were, on the canvas too.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => present(page)).toBe(original);
  await expect.poll(() => drawn(page)).toEqual(originalDrawn);
  expect(consoleErrors).toEqual([]);
});

test("removing an article lists all that goes with it first; one undo brings it all back", async ({
  page,
}) => {
  const { consoleErrors } = await openApp(page);
  await editing(page);
  const original = await present(page);
  const originalDrawn = await drawn(page);
  const articles = await page.evaluate(
    () => window.throughline?.store.getState().edit?.history.present.articles.map((a) => a.id) ?? [],
  );
  expect(articles).toEqual(["newsweek-2017-02-15", "mindy-fischer-writer-2017-02"]);

  await page.getByRole("button", { name: "Articles…" }).click();
  const dialog = page.getByRole("dialog", { name: /Articles/ });
  await expect(dialog).toBeVisible();
  // The rewrite of the Newsweek article: 43 excerpts of 38 links cite it, each link keeps Newsweek's.
  const rewrite = dialog.getByRole("listitem").filter({ hasText: "mindy-fischer-writer-2017-02" }).first();
  await rewrite.getByRole("button", { name: "Remove…" }).click();
  const warning = rewrite.getByRole("alert");
  await expect(warning).toContainText("Removing it also removes:");
  const items = await warning.getByRole("listitem").allTextContents();
  const excerpts = items
    .map((t) => /^(\d+) excerpts? of link '/.exec(t)?.[1])
    .filter((n) => n !== undefined)
    .map(Number);
  expect(excerpts.length).toBe(38);
  expect(excerpts.reduce((a, b) => a + b, 0)).toBe(43);
  const named = items
    .filter((t) => t.endsWith("left without evidence"))
    .map((t) => /^link '([^']+)'/.exec(t)?.[1] ?? "")
    .sort();
  // Shown, not done: the canvas still has every link.
  expect(await present(page)).toBe(original);

  await warning.getByRole("button", { name: "Remove article" }).click();
  await expect
    .poll(() =>
      page.evaluate(
        () => window.throughline?.store.getState().edit?.history.present.articles.map((a) => a.id) ?? [],
      ),
    )
    .toEqual(["newsweek-2017-02-15"]);
  expect(
    await page.evaluate(
      () =>
        window.throughline?.store
          .getState()
          .edit?.history.present.relations.flatMap((r) => r.evidence)
          .filter((e) => e.article === "mindy-fischer-writer-2017-02").length,
    ),
  ).toBe(0);
  // Exactly what was listed went: the links named are gone from the canvas, the others are drawn.
  const after = await drawn(page);
  const idOf = (e: string) => e.slice(0, e.indexOf(":"));
  const left = new Set((after?.edges ?? []).map(idOf));
  const gone = (originalDrawn?.edges ?? [])
    .map(idOf)
    .filter((id) => !left.has(id))
    .sort();
  expect(gone).toEqual(named);
  expect(after?.nodes).toEqual(originalDrawn?.nodes);
  await dialog.getByRole("button", { name: "Close" }).first().click();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => present(page)).toBe(original);
  await expect.poll(() => drawn(page)).toEqual(originalDrawn);
  expect(consoleErrors).toEqual([]);
});

test("500 edits (the README's figure) are undone with Ctrl+Z back to the dataset as opened", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { consoleErrors } = await openApp(page);
  await editing(page);
  const original = await present(page);
  const originalDrawn = await drawn(page);

  // 500 edits through the editor's own commit (what its forms call): actors renamed, links relabelled,
  // links deleted.
  const made = await page.evaluate(() => {
    const t = window.throughline;
    const editor = t?.editor;
    if (!t || !editor) return -1;
    let done = 0;
    for (let i = 0; done < 500; i++) {
      const d = t.store.getState().edit?.history.present;
      if (!d) return -2;
      const e = d.entities[i % d.entities.length];
      const r = d.relations[i % d.relations.length];
      if (!e || !r) return -3;
      const { id: _e, ...entity } = e;
      const { id: _r, evidence: _ev, ...rel } = r;
      const op =
        i % 3 === 0
          ? { kind: "update-entity", id: e.id, entity: { ...entity, name: `${e.name} (${i})` } }
          : i % 3 === 1 || d.relations.length < 40
            ? { kind: "update-relation", id: r.id, relation: { ...rel, label: `${r.label} ${i}` } }
            : { kind: "delete-relation", id: r.id };
      if ((editor.commit as (op: unknown) => { ok: boolean })(op).ok) done++;
    }
    return done;
  });
  expect(made).toBe(500);
  await expect(page.getByRole("button", { name: "Undo" })).toBeEnabled();
  expect(await present(page)).not.toBe(original);

  // Undone from the keyboard, one step per press, as a user would.
  await page.locator("body").focus();
  for (let i = 0; i < 500; i++) await page.keyboard.press("Control+z");
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  await expect.poll(() => present(page)).toBe(original);
  await expect.poll(() => drawn(page)).toEqual(originalDrawn);
  await expect(page.getByRole("button", { name: "Changes (0)" })).toBeVisible();
  // And all of it redone: the history kept every step both ways.
  for (let i = 0; i < 500; i++) await page.keyboard.press("Control+Shift+z");
  await expect(page.getByRole("button", { name: "Redo" })).toBeDisabled();
  expect(await present(page)).not.toBe(original);
  expect(consoleErrors).toEqual([]);
});

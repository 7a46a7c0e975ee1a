import { expect, test } from "@playwright/test";
import { dataset, openApp } from "./helpers";

const FLYNN_KISLYAK = "flynn-kislyak-intercepted-contact";

test("clicking a highlight in the article selects its relation in the graph", async ({ page }) => {
  await openApp(page);
  await page.getByRole("tab", { name: "Article" }).click();
  const reader = page.locator(".reader-text");
  // The excerpt about Sechin's power comes from one relation only.
  const highlight = reader.locator("mark.excerpt-highlight", {
    hasText: "Sechin's power derives from his relationship",
  });
  await expect(highlight).toHaveCount(1);
  const relationId = await highlight.getAttribute("data-relation");
  await highlight.click();
  const selected = await page.evaluate(() => window.throughline?.cy.$(".is-selected").map((e) => e.id()));
  expect(selected).toEqual([relationId]);
  await expect(highlight).toHaveClass(/is-current/);
  // Keyboard: a highlight is focusable and Enter selects it.
  const other = reader.locator("mark.excerpt-highlight").first();
  await other.focus();
  await page.keyboard.press("Enter");
  const afterEnter = await page.evaluate(() => window.throughline?.cy.$(".is-selected").map((e) => e.id()));
  expect(afterEnter).toEqual([await other.getAttribute("data-relation")]);
});

test("an entity name in the article is marked and selects the entity", async ({ page }) => {
  await openApp(page);
  await page.getByRole("tab", { name: "Article" }).click();
  await page.locator(".reader-text .mention", { hasText: "Rodrigo Duterte" }).first().click();
  await page.getByRole("tab", { name: "Details" }).click();
  await expect(
    page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }),
  ).toHaveText("Rodrigo Duterte");
});

test("“Show in article” opens the reader scrolled to the passage, emphasised", async ({ page }) => {
  await openApp(page, `/?relation=${FLYNN_KISLYAK}`);
  const relation = dataset.relations.find((r) => r.id === FLYNN_KISLYAK);
  const newsweek = relation?.evidence.findIndex((e) => e.article === "newsweek-2017-02-15") ?? -1;
  await page.getByRole("button", { name: "Show in article" }).nth(newsweek).click();
  await expect(page.getByRole("tab", { name: "Article" })).toHaveAttribute("aria-selected", "true");
  const emphasised = page.locator(".reader-text .is-emphasised");
  await expect(emphasised.first()).toBeInViewport();
  const text = (await emphasised.allTextContents()).join("");
  expect(text.replace(/\s+/g, " ")).toContain(
    "It could not be confirmed whether this involved the telephone call",
  );
});

test("the comparison view lists Flynn–Kislyak with both sources' words", async ({ page }) => {
  await openApp(page);
  await page.getByRole("tab", { name: "Compare" }).click();
  const item = page
    .locator(".difference", { hasText: "Michael Flynn" })
    .filter({ hasText: "Sergey Kislyak" })
    .first();
  await expect(item).toBeVisible();
  await expect(item.locator(".version", { hasText: "Newsweek" }).getByText("Unconfirmed")).toBeVisible();
  await expect(
    item.locator(".version", { hasText: "mindy-fischer-writer.com" }).getByText("Reported"),
  ).toBeVisible();
  await expect(
    item.getByText(/It could not be confirmed whether this involved the telephone call/),
  ).toBeVisible();
  await expect(
    item.getByText(/Sources told Newsweek that some of the intercepted communications were between/),
  ).toBeVisible();
  // One newsroom, counted once; the rewrite's surer wording stays flagged.
  await expect(item.getByText("independently reported by 1 outlet · also in the rewrite")).toBeVisible();
  await expect(item.getByText("The rewrite states more than the article it rewrites.")).toBeVisible();
  const compare = page.getByRole("region", { name: "How the articles compare" });
  await expect(compare.locator(".support-summary")).toContainText(
    "0 links independently reported by 2 or more outlets (a rewrite counts with the article it rewrites)",
  );
});

test("the relation's details say which sources support it and that they differ", async ({ page }) => {
  await openApp(page, `/?relation=${FLYNN_KISLYAK}`);
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByText("both articles")).toBeVisible();
  await expect(details.getByText("The articles differ in how sure they are.")).toBeVisible();
  await expect(details.getByTestId("relation-outlets")).toHaveText(
    "independently reported by 1 outlet · also in the rewrite",
  );
  await expect(details.getByText("The rewrite states more than the article it rewrites.")).toBeVisible();
});

test("a rewrite is not a second outlet: no line is drawn wide, and the facet finds none", async ({
  page,
}) => {
  await openApp(page);
  const widths = await page.evaluate(() => [
    ...new Set(window.throughline?.cy.edges().map((e) => e.style("width"))),
  ]);
  expect(widths).toHaveLength(1);
  await page.getByText("Articles", { exact: true }).click();
  const independent = page.getByRole("radio", { name: /^Reported by ≥ 2 independent outlets/ });
  await expect(independent.locator("xpath=..").locator(".facet-count")).toHaveText(/^0/);
  // The links both articles cite are there all the same, counted once.
  const inBoth = dataset.relations.filter((r) => new Set(r.evidence.map((e) => e.article)).size === 2).length;
  expect(inBoth).toBeGreaterThan(0);
  await expect(
    page
      .getByRole("radio", { name: /^In both articles/ })
      .locator("xpath=..")
      .locator(".facet-count"),
  ).toHaveText(new RegExp(`^${inBoth}`));
  await independent.check();
  await expect(page.getByTestId("shown-count")).toContainText(`0 of ${dataset.relations.length} links`);
  await expect.poll(() => new URL(page.url()).searchParams.get("source")).toBe("independent");
});

test("the source filter changes the counts; the comparison's counts set it", async ({ page }) => {
  await openApp(page);
  const shown = page.getByTestId("shown-count");
  const before = await shown.textContent();
  await page.getByText("Articles", { exact: true }).click();
  await page.getByRole("radio", { name: /^What mindy-fischer-writer\.com says/ }).check();
  await expect(shown).not.toHaveText(before ?? "");
  const blogRelations = dataset.relations.filter((r) =>
    r.evidence.some((e) => e.article === "mindy-fischer-writer-2017-02"),
  ).length;
  await expect(shown).toContainText(`${blogRelations} of ${dataset.relations.length} links`);
  // Every drawn edge is one the blog supports.
  const drawn = await page.evaluate(() =>
    window.throughline?.cy
      .edges()
      .not(".is-hidden")
      .map((e) => e.id()),
  );
  expect(drawn?.length).toBe(blogRelations);
});

test("the legend explains claim status, sources and attribution marks; About gives the rules", async ({
  page,
}) => {
  await openApp(page);
  const legend = page.getByRole("region", { name: "Legend" });
  for (const text of [
    "Confirmed",
    "Reported: attributed to sources",
    "Unconfirmed",
    "Reported by 1 independent outlet \\(a rewrite counts with the article it rewrites\\)",
    "sources the article does not name",
    "a document",
  ]) {
    await expect(legend.getByText(new RegExp(text))).toBeVisible();
  }
  await page.getByRole("tab", { name: "About" }).click();
  const about = page.getByRole("region", { name: "About this graph" });
  await expect(about.getByText(/Actors the articles do not name stay unnamed/)).toBeVisible();
  await expect(about.getByText(`${dataset.relations.length}`, { exact: true })).toBeVisible();
});

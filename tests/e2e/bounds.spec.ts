// Issue 20, "Bad input never costs the open graph": pathological files stay bounded through the UI.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp } from "./helpers";

const minimal = () =>
  JSON.parse(readFileSync("data/examples/minimal.json", "utf8")) as {
    articles: { id: string; text: string }[];
    entities: { id: string; name: string }[];
    relations: { id: string; source: string; target: string; evidence: { quote: string }[] }[];
  };

test.setTimeout(120_000);

test("one-letter quotes in a long article: the reader marks a bounded number and says so", async ({
  page,
}) => {
  const { consoleErrors } = await openApp(page);
  const data = minimal();
  const article = data.articles[0];
  const template = data.relations[0];
  if (!article || !template) throw new Error("minimal.json changed");
  // Before the caps, a file like this one loaded and then hung the Article tab for minutes.
  article.text = `${article.text}\n\n${"a".repeat(200_000)}`;
  const quotes = ["a", "aa", "aaa"];
  // 700 links over 50 more actors (not 700 parallel lines between two shapes, slow to draw).
  const person = data.entities.find((e) => e.id === "ana-lima");
  data.entities = [
    ...data.entities,
    ...Array.from({ length: 50 }, (_, i) => ({ ...person, id: `p${i}`, name: `Person ${i}`, aliases: [] })),
  ] as typeof data.entities;
  data.relations = [
    ...data.relations,
    ...Array.from({ length: 700 }, (_, i) => ({
      ...template,
      id: `${template.id}-${i}`,
      source: `p${i % 50}`,
      target: `p${((i % 50) + 1 + Math.floor(i / 50)) % 50}`,
      evidence: [{ ...template.evidence[0], quote: quotes[i % quotes.length] as string }],
    })),
  ];
  await page.getByTestId("open-dataset-input").setInputFiles({
    name: "letters.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect
    .poll(() => page.evaluate(() => window.throughline?.cy.edges().length ?? 0), { timeout: 45_000 })
    .toBe(702);
  await page.getByRole("tab", { name: "Article" }).click();
  const notice = page.getByTestId("reader-capped");
  await expect(notice).toContainText("at most 5 places per excerpt and 2,000 per article are highlighted");
  // The real excerpt is still marked (its letters are shared with the one-letter quotes).
  await expect(
    page.locator(`.reader-text mark.excerpt-highlight[data-relation="${template.id}"]`).first(),
  ).toBeVisible();
  const marks = await page.locator(".reader-text mark.excerpt-highlight").count();
  expect(marks).toBeGreaterThan(1);
  expect(marks).toBeLessThanOrEqual(2_000);
  // The graph is the file's, whole, and the page still answers.
  expect(await page.evaluate(() => window.throughline?.cy.nodes().length)).toBe(53);
  expect(consoleErrors).toEqual([]);
});

// Story mode: the curated story played from start to end on a desktop and a phone, every step's
// excerpts on screen and their links on the canvas; Esc gives the reader back their view; the
// permalink and Back/Forward; "Start here" once; a user's own stories, hostile ones included.
import { expect, type Page, test } from "@playwright/test";
import { tinyDataset } from "../../src/test/fixtures";
import { dataset, ORIGIN, openApp, saveExport, settledCanvas } from "./helpers";

interface Step {
  heading: string;
  cites: { relation: string; evidence: number }[];
  view?: { selection?: unknown };
}
const stories = (dataset as unknown as { stories: { id: string; title: string; steps: Step[] }[] }).stories;
if (!stories[0]) throw new Error("data/graph.json has no story");
const story = stories[0];
const quoteOf = (relation: string, evidence: number) =>
  dataset.relations.find((r) => r.id === relation)?.evidence[evidence]?.quote ?? "";

const player = (page: Page) => page.getByTestId("story-player");

/** One line of text, as the footnotes quote an excerpt. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** Waits for the camera to stop, then says which of `ids` are drawn, and inside the canvas. */
async function onCanvas(page: Page, ids: string[]) {
  await page.waitForFunction(() => !window.throughline?.cy.animated());
  return page.evaluate((list) => {
    const cy = window.throughline?.cy;
    if (!cy) return {};
    const out: Record<string, boolean> = {};
    for (const id of list) {
      const e = cy.getElementById(id);
      const bb = e.renderedBoundingBox({ includeLabels: false });
      const inside = bb.x2 > 0 && bb.y2 > 0 && bb.x1 < cy.width() && bb.y1 < cy.height();
      out[id] = e.nonempty() && e.visible() && !e.hasClass("is-untold-faint") && inside;
    }
    return out;
  }, ids);
}

async function hiddenCount(page: Page) {
  return page.evaluate(() => window.throughline?.cy.$(".is-untold").length ?? -1);
}

async function playToTheEnd(page: Page, advance: () => Promise<void>) {
  await expect(player(page)).toBeVisible();
  for (const [n, step] of story.steps.entries()) {
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(step.heading);
    await expect(page.getByTestId("story-announcer")).toHaveText(
      `Step ${n + 1} of ${story.steps.length}: ${step.heading}`,
    );
    expect(page.url()).toContain(`story=${story.id}&step=${n + 1}`);
    for (const cite of step.cites) {
      const excerpt = player(page).locator(
        `.story-excerpt[data-passage="${cite.relation}#${cite.evidence}"]`,
      );
      await excerpt.scrollIntoViewIfNeeded();
      await expect(excerpt).toBeInViewport();
      await expect(excerpt.locator(".story-quote")).toHaveText(quoteOf(cite.relation, cite.evidence));
    }
    const drawn = await onCanvas(page, [...new Set(step.cites.map((c) => c.relation))]);
    expect(
      Object.entries(drawn).filter(([, ok]) => !ok),
      `step ${n + 1}: links not on the canvas`,
    ).toEqual([]);
    // Progressive reveal: until the last step, something has not been told yet.
    if (n < story.steps.length - 1) expect(await hiddenCount(page)).toBeGreaterThan(0);
    else expect(await hiddenCount(page)).toBe(0);
    if (n < story.steps.length - 1) await advance();
  }
  await expect(player(page).getByRole("button", { name: "Next →" })).toBeDisabled();
}

test.describe("at 1440×900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("plays the curated story from start to end with the Next button", async ({ page }) => {
    test.setTimeout(300_000);
    const { consoleErrors, offOrigin } = await openApp(page);
    await page.getByRole("button", { name: "Story", exact: true }).click();
    await playToTheEnd(page, () => player(page).getByRole("button", { name: "Next →" }).click());
    expect(consoleErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  test("Esc leaves the story and gives back the reader's view; ←/→ and the dots step through", async ({
    page,
  }) => {
    await openApp(page, "/?country=RU&entity=igor-sechin");
    // The reader's view as it stands once the panels have taken their room and the camera stopped.
    await settledCanvas(page);
    const before = await page.evaluate(() => {
      const cy = window.throughline?.cy;
      return { hidden: cy?.$(".is-hidden").length, zoom: cy?.zoom(), pan: cy?.pan() };
    });
    const url = page.url();
    await page.getByRole("button", { name: "Story", exact: true }).click();
    await expect(player(page)).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[2]?.heading ?? "");
    await page.keyboard.press("ArrowLeft");
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[1]?.heading ?? "");
    await player(page)
      .getByRole("button", { name: `Step 5: ${story.steps[4]?.heading}` })
      .click();
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[4]?.heading ?? "");
    // The story's steps have no country filter: the reader's filter is off while it plays.
    expect(await page.evaluate(() => window.throughline?.store.getState().view.filters.countries)).toEqual(
      [],
    );

    await page.keyboard.press("Escape");
    await expect(player(page)).toHaveCount(0);
    await expect.poll(() => page.url()).toBe(url);
    const state = await page.evaluate(() => window.throughline?.store.getState().view);
    expect(state?.filters.countries).toEqual(["RU"]);
    expect(state?.selection).toEqual({ kind: "entity", id: "igor-sechin" });
    await page.waitForFunction(() => !window.throughline?.cy.animated());
    const after = await page.evaluate(() => {
      const cy = window.throughline?.cy;
      return {
        hidden: cy?.$(".is-hidden").length,
        zoom: cy?.zoom(),
        pan: cy?.pan(),
        untold: cy?.$(".is-untold, .is-untold-faint").length,
      };
    });
    expect(after.untold).toBe(0);
    expect(after.hidden).toBe(before.hidden);
    expect(after.zoom).toBeCloseTo(before.zoom ?? 0, 2);
    expect(after.pan?.x).toBeCloseTo(before.pan?.x ?? 0, 0);
  });

  test("a step exports as an image: its heading the title, exactly its cited excerpts the footnotes", async ({
    page,
  }) => {
    // A step that cites one link twice (both articles), so that a link's note quotes both.
    const n = story.steps.findIndex((s) => new Set(s.cites.map((c) => c.relation)).size < s.cites.length);
    const step = story.steps[n];
    if (!step) throw new Error("no step cites a link twice");
    const { consoleErrors, offOrigin } = await openApp(page, `/?story=${story.id}&step=${n + 1}`);
    await player(page).getByRole("button", { name: "Export this step…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog.getByRole("radio", { name: /This story step/ })).toBeChecked();
    await expect(dialog.getByLabel("Title (optional)")).toHaveValue(step.heading);
    await expect(dialog.getByRole("checkbox", { name: /Footnotes/ })).toBeChecked();
    await dialog.getByRole("radio", { name: /SVG/ }).check();
    await dialog.getByRole("radio", { name: "Natural size" }).check();
    const svg = await saveExport(page, dialog);
    expect(svg.name).toMatch(new RegExp(`step-${n + 1}-of-${story.steps.length}.*\\.svg$`));
    const parts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const joined = (sel: string) =>
        [...doc.querySelectorAll(sel)].map((t) => t.textContent ?? "").join(" ");
      return {
        title: doc.querySelector("svg > title")?.textContent,
        drawnTitle: joined("#title text"),
        caption: joined("#caption text"),
        notes: joined("#footnotes text"),
        numbers: [...doc.querySelectorAll("g.footnote-number")]
          .map((g) => ({ relation: g.getAttribute("data-relation"), n: Number(g.textContent) }))
          .sort((a, b) => a.n - b.n),
        relations: [...doc.querySelectorAll("g.relation")].map((g) => g.id.replace(/^relation-/, "")),
      };
    }, svg.bytes.toString("utf8"));
    expect(parts.title).toBe(step.heading);
    expect(parts.drawnTitle).toBe(step.heading);
    expect(parts.caption).toContain(`Story: ${story.title}, step ${n + 1} of ${story.steps.length}`);
    // One number per cited link, drawn on it, in the order the step cites them; no other link numbered.
    const cited = [...new Set(step.cites.map((c) => c.relation))];
    expect(parts.numbers).toEqual(cited.map((relation, i) => ({ relation, n: i + 1 })));
    for (const id of cited) expect(parts.relations).toContain(id);
    // Every cited excerpt quoted word for word, in its link's note, and nothing else quoted.
    cited.forEach((id, i) => {
      const start = parts.notes.indexOf(`${i + 1}. `);
      const end = i + 1 < cited.length ? parts.notes.indexOf(`${i + 2}. `, start) : parts.notes.length;
      const note = parts.notes.slice(start, end);
      for (const cite of step.cites.filter((c) => c.relation === id))
        expect(note, `note ${i + 1}`).toContain(`“${oneLine(quoteOf(cite.relation, cite.evidence))}”`);
    });
    const distinct = new Set(step.cites.map((c) => `${c.relation}#${c.evidence}`)).size;
    expect(parts.notes.match(/Claim status: (confirmed|reported|unconfirmed|denied)\./g)).toHaveLength(
      distinct,
    );

    // The PNG carries the same words.
    await page.evaluate(() => {
      if (window.throughline) window.throughline.exportedTexts = [];
    });
    await dialog.getByRole("radio", { name: "PNG" }).check();
    await dialog.getByRole("radio", { name: "1×" }).check();
    const png = await saveExport(page, dialog);
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const drawn = (await page.evaluate(() => window.throughline?.exportedTexts ?? [])).join(" ");
    expect(drawn).toContain(step.heading);
    for (const cite of step.cites)
      expect(drawn).toContain(`“${oneLine(quoteOf(cite.relation, cite.evidence))}`);
    expect(consoleErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  test("a permalink opens a step; Back and Forward step through the story; the faint switch", async ({
    page,
  }) => {
    await openApp(page, `/?story=${story.id}&step=3`);
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[2]?.heading ?? "");
    await player(page).getByRole("button", { name: "Next →" }).click();
    await player(page).getByRole("button", { name: "Next →" }).click();
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[4]?.heading ?? "");
    await page.goBack();
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[3]?.heading ?? "");
    await page.goBack();
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[2]?.heading ?? "");
    await page.goForward();
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[3]?.heading ?? "");

    const hidden = await hiddenCount(page);
    expect(hidden).toBeGreaterThan(0);
    await player(page).getByLabel("Show the rest faintly").check();
    await expect.poll(() => hiddenCount(page)).toBe(0);
    expect(await page.evaluate(() => window.throughline?.cy.$(".is-untold-faint").length)).toBe(hidden);
  });

  test("'Start here' on a first visit only: dismissed, it stays dismissed", async ({ page }) => {
    await openApp(page, "/", { firstVisit: true });
    const start = page.getByTestId("story-start");
    await expect(start).toBeVisible();
    await expect(start).toContainText(story.title);
    await start.getByRole("button", { name: "No thanks" }).click();
    await expect(start).toHaveCount(0);
    await page.reload();
    await page.waitForFunction(() => window.throughline?.layoutDone === true);
    await page.locator(".legend-strip").waitFor();
    await expect(page.getByTestId("story-start")).toHaveCount(0);
    // The header still offers the story.
    await expect(page.getByRole("button", { name: "Story", exact: true })).toBeVisible();
  });

  test("a user's dataset: no stories, no Story entry; hostile stories are shown as text and capped", async ({
    page,
  }) => {
    // The tests' tiny dataset (one article, no stories), as a user would bring their own.
    const base = { ...tinyDataset(), title: "A user's own" };
    await page.route(`${ORIGIN}/plain.json`, (route) => route.fulfill({ json: base }));
    await openApp(page, "/?data=plain.json", { firstVisit: true });
    await expect(page.locator(".dataset-title")).toHaveText("A user's own");
    await expect(page.getByRole("button", { name: /^Stor(y|ies)$/ })).toHaveCount(0);
    await expect(page.getByTestId("story-start")).toHaveCount(0);

    const markup = "<img src=x onerror=window.__pwned=1>";
    const hostile = {
      ...base,
      title: "Hostile",
      stories: [
        {
          id: "long",
          title: `${markup} a thousand steps`,
          steps: Array.from({ length: 1000 }, (_, i) => ({
            heading: i === 0 ? markup : `Step ${i + 1}`,
            text: i === 0 ? `${markup} ${"word ".repeat(1900)}` : "Alice met Bob.",
            cites: [{ relation: "alice-bob", evidence: 0 }],
          })),
        },
      ],
    };
    await page.route(`${ORIGIN}/hostile.json`, (route) => route.fulfill({ json: hostile }));
    await page.goto("/?data=hostile.json&story=long&step=1");
    await expect(player(page)).toBeVisible();
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(markup);
    await expect(player(page).locator(".story-cap")).toContainText("the player shows the first");
    expect(((await player(page).locator(".story-text").textContent()) ?? "").length).toBeLessThanOrEqual(
      1501,
    );
    await expect(player(page).locator("img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // A thousand steps: a slider, not a thousand dots; the last step is one keypress of End away.
    await expect(player(page).locator(".story-dot")).toHaveCount(0);
    const slider = player(page).getByRole("slider", { name: "Step" });
    await slider.focus();
    await page.keyboard.press("End");
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText("Step 1000");
    await expect(player(page)).toContainText("Step 1000 of 1,000");
  });
});

test.describe("at 390×844 (phone)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("plays the curated story from start to end with the → key, in a bottom sheet", async ({ page }) => {
    test.setTimeout(300_000);
    // The permalink, as a shared link would open it on a phone.
    const { consoleErrors } = await openApp(page, `/?story=${story.id}&step=1`);
    await playToTheEnd(page, () => page.keyboard.press("ArrowRight"));
    const box = await player(page).boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844 + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(consoleErrors).toEqual([]);
  });

  test("a step that selects a link keeps the sheet in sight, and exports from it", async ({ page }) => {
    const n = story.steps.findIndex((s) => s.view?.selection);
    if (n < 0) throw new Error("no step selects anything");
    await openApp(page, `/?story=${story.id}&step=${n + 1}`);
    await expect(player(page).getByRole("heading", { level: 2 })).toHaveText(story.steps[n]?.heading ?? "");
    // The step's own selection does not open the details over the player.
    await expect(page.locator(".side-panel-right.is-open")).toHaveCount(0);
    await player(page).getByRole("button", { name: "Export this step…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await expect(dialog.getByRole("radio", { name: /This story step/ })).toBeChecked();
    await expect(dialog.getByLabel("Title (optional)")).toHaveValue(story.steps[n]?.heading ?? "");
  });
});

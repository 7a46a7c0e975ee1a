// Issue 4, "Explore", driven as a reader would: type, click, press keys, open a permalink; then
// check what the page and the canvas show.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { clickNode, dataset, escapeRegExp, openApp } from "./helpers";

const N = dataset.entities.length;
const M = dataset.relations.length;
const ALL_SHOWN = `${N} of ${N} actors, ${M} of ${M} links shown`;

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
// The selection's heading (a path found has a heading of its own in the same panel).
const detailsHeading = (page: Page) => details(page).locator("#details-title");
const shownCount = (page: Page) => page.getByTestId("shown-count");
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search actors and excerpts" });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });

/** Opens a facet group (a <details>) unless it is open already. */
async function openFacet(page: Page, name: string) {
  const group = filters(page).locator("details.facet", {
    has: page.locator("summary", { hasText: new RegExp(`^${escapeRegExp(name)}`) }),
  });
  if ((await group.getAttribute("open")) === null) await group.locator("summary").click();
  return group;
}

async function shownNumbers(page: Page) {
  const text = (await shownCount(page).textContent()) ?? "";
  const m = /(\d+) of (\d+) actors, (\d+) of (\d+) links shown/.exec(text);
  if (!m) throw new Error(`unexpected shown-count line: ${text}`);
  return { entities: Number(m[1]), relations: Number(m[3]) };
}

/** What the canvas holds and shows, from the read-only test handle. */
function canvas(page: Page) {
  return page.evaluate(() => {
    const cy = window.throughline?.cy;
    if (!cy) throw new Error("no canvas");
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      shownNodes: cy
        .nodes()
        .not(".is-hidden")
        .map((n) => n.id()),
      shownEdges: cy
        .edges()
        .not(".is-hidden")
        .map((e) => e.id()),
      selected: cy.$(".is-selected").map((e) => e.id()),
    };
  });
}

const classesOf = (page: Page, id: string) =>
  page.evaluate((elementId) => window.throughline?.cy.getElementById(elementId).classes() ?? [], id);

const positions = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      window.throughline?.cy.nodes().map((n) => [n.id(), { x: n.position("x"), y: n.position("y") }]) ?? [],
    ),
  );

const layoutDone = (page: Page) => page.waitForFunction(() => window.throughline?.layoutDone === true);

/** Ids of an entity and its neighbours to some depth, from the dataset file. */
function neighbourhood(id: string, depth: number): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const r of dataset.relations) {
      for (const [a, b] of [
        [r.source, r.target],
        [r.target, r.source],
      ] as const) {
        if (frontier.includes(a) && !seen.has(b)) {
          seen.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/explore-${name}.png` });

test.describe("search", () => {
  test("/ focuses the box; accents are ignored; a suggestion is chosen with the keys and revealed", async ({
    page,
  }) => {
    const { consoleErrors } = await openApp(page);
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type("séchin");
    const suggestions = page.getByRole("listbox", { name: /suggestions/ });
    await expect(suggestions.getByRole("option", { name: /Igor Sechin/ })).toBeVisible();

    // While the query is in the box, what does not match is dimmed, not hidden.
    await expect
      .poll(async () => ({
        sechin: (await classesOf(page, "igor-sechin")).includes("is-dimmed"),
        // Canada has no name or excerpt with "sechin" in it.
        canada: (await classesOf(page, "canada")).includes("is-dimmed"),
        shown: (await canvas(page)).shownNodes.length,
      }))
      .toEqual({ sechin: false, canada: true, shown: N });

    await page.keyboard.press("ArrowDown");
    await expect(suggestions.getByRole("option", { name: /Igor Sechin/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await page.keyboard.press("Enter");
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    await expect.poll(async () => (await canvas(page)).selected).toEqual(["igor-sechin"]);
    // Centred if needed: the node is inside the canvas.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.throughline?.cy;
          const box = cy?.getElementById("igor-sechin").renderedBoundingBox({});
          return !!cy && !!box && box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
        }),
      )
      .toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test("a suggestion far from the centre is brought into view", async ({ page }) => {
    await openApp(page);
    // Zoom in on one corner so that most of the graph is off screen.
    await page.evaluate(() => {
      const cy = window.throughline?.cy;
      cy?.zoom({ level: 3, renderedPosition: { x: 0, y: 0 } });
    });
    await searchBox(page).fill("Sechin");
    await page.keyboard.press("Enter");
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.throughline?.cy;
          const p = cy?.getElementById("igor-sechin").renderedPosition();
          return !!cy && !!p && p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
        }),
      )
      .toBe(true);
  });

  test("excerpt search lists matching links; choosing one shows its excerpt", async ({ page }) => {
    await openApp(page);
    await searchBox(page).click();
    await page.keyboard.type("Makati");
    const matches = page.getByText(/links? whose excerpts contain these words/);
    await expect(matches).toBeVisible();
    const first = page.locator(".excerpt-match").first();
    await expect(first.locator("mark")).toHaveText(/Makati/i);
    // The popup is not cut off by the side panel, which scrolls (and so clips what overflows it).
    const popup = await page.locator(".search-box .combobox-popup").boundingBox();
    const panel = await page.getByRole("complementary", { name: "Search and filters" }).boundingBox();
    expect((popup?.x ?? 0) + (popup?.width ?? 0)).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
    await shot(page, "search-excerpts");
    await first.click();
    await expect(details(page).getByText(/^Link ·/)).toBeVisible();
    await expect(details(page).locator("blockquote").filter({ hasText: "Makati" }).first()).toBeVisible();
    // The relation is selected on the canvas too, and matches of the query stay undimmed.
    const selected = (await canvas(page)).selected;
    expect(selected).toHaveLength(1);
    expect(await classesOf(page, selected[0] ?? "")).not.toContain("is-dimmed");
  });
});

test.describe("filters", () => {
  test("country, type, counts, no rebuild, selection kept, reset", async ({ page }) => {
    await openApp(page);
    await expect(shownCount(page)).toHaveText(ALL_SHOWN);
    // Remember one element object: if the canvas were rebuilt it would be another one.
    await page.evaluate(() => {
      (window as unknown as { probe: unknown }).probe = window.throughline?.cy.getElementById("igor-sechin");
    });
    const sameElement = () =>
      page.evaluate(
        () =>
          (window as unknown as { probe: unknown }).probe ===
          window.throughline?.cy.getElementById("igor-sechin"),
      );

    await clickNode(page, "igor-sechin");
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");

    const country = await openFacet(page, "Country");
    const russia = country.getByRole("checkbox", { name: /Russia \(RU\)/ });
    // Counts beside the values.
    const ruCount = await country
      .locator("label")
      .filter({ hasText: "Russia (RU)" })
      .locator(".facet-count")
      .textContent();
    expect(ruCount).toMatch(/^\d+ shown$/);
    const countsShown = await filters(page).locator(".facet-count").allTextContents();
    expect(countsShown.length).toBeGreaterThan(20);
    await russia.check();
    await expect(shownCount(page)).not.toHaveText(ALL_SHOWN);
    const ru = await shownNumbers(page);
    expect(ru.entities).toBeLessThan(N);
    expect(ru.entities).toBe(Number.parseInt(ruCount ?? "", 10));
    await expect.poll(async () => (await canvas(page)).shownNodes.length).toBe(ru.entities);
    await expect.poll(async () => (await canvas(page)).shownEdges.length).toBe(ru.relations);
    // Sechin is Russian: he stays selected.
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    expect((await canvas(page)).selected).toEqual(["igor-sechin"]);
    await shot(page, "filters-country");

    const type = await openFacet(page, "Type of actor");
    await type.getByRole("checkbox", { name: /^Person/ }).check();
    await expect.poll(async () => (await shownNumbers(page)).entities).toBeLessThan(ru.entities);
    const both = await shownNumbers(page);
    await expect.poll(async () => (await canvas(page)).shownNodes.length).toBe(both.entities);
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    await expect(filters(page).locator("summary", { hasText: "Type of actor" })).toContainText("1 chosen");
    await filters(page).screenshot({ path: "test-results/explore-filters-panel.png" });

    const after = await canvas(page);
    expect(after.nodes).toBe(N);
    expect(after.edges).toBe(M);
    expect(await sameElement()).toBe(true);

    await filters(page).getByRole("button", { name: "Reset" }).click();
    await expect(shownCount(page)).toHaveText(ALL_SHOWN);
    await expect.poll(async () => (await canvas(page)).shownNodes.length).toBe(N);
    await expect(filters(page).getByRole("button", { name: "Reset" })).toBeDisabled();
    expect(await sameElement()).toBe(true);
  });

  // A filter taken back at once (a checkbox ticked twice in quick succession): the compact layout the
  // first change started is superseded before its code has loaded. The canvas must still say when
  // nothing is moving any more (layoutDone), or every wait on it (the tests', the bench's) hangs.
  // Both changes are made in one go, so the first one's code cannot load in between.
  test("a filter taken back at once leaves the canvas settled", async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => {
      const store = window.throughline?.store;
      store?.getState().setFilters({ countries: ["RU"] });
      store?.getState().resetFilters();
    });
    await expect(shownCount(page)).toHaveText(ALL_SHOWN);
    await expect.poll(() => page.evaluate(() => window.throughline?.layoutDone)).toBe(true);
  });

  test("a selection the filters hide is dropped", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "rex-tillerson");
    await expect(detailsHeading(page)).toHaveText("Rex Tillerson");
    await (await openFacet(page, "Country")).getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
    await expect(details(page).getByRole("heading", { name: "Select an actor or a link" })).toBeVisible();
    expect((await canvas(page)).selected).toEqual([]);
  });

  test("source: what the blog says leaves out the Tillerson–Sechin links", async ({ page }) => {
    await openApp(page);
    const tillersonSechin = dataset.relations
      .filter((r) => [r.source, r.target].sort().join() === "igor-sechin,rex-tillerson")
      .map((r) => r.id);
    expect(tillersonSechin.length).toBeGreaterThan(0);
    expect((await canvas(page)).shownEdges).toEqual(expect.arrayContaining(tillersonSechin));
    const source = await openFacet(page, "Articles");
    await source.getByRole("radio", { name: /What mindy-fischer-writer\.com says/ }).check();
    await expect(shownCount(page)).not.toHaveText(ALL_SHOWN);
    await expect
      .poll(async () => (await canvas(page)).shownEdges.filter((id) => tillersonSechin.includes(id)))
      .toEqual([]);
    const { relations } = await shownNumbers(page);
    await expect.poll(async () => (await canvas(page)).shownEdges.length).toBe(relations);
  });

  test("hide actors left without visible links", async ({ page }) => {
    await openApp(page);
    // Every actor of the curated set has a link (npm run data:lint), so alone it hides nobody.
    await filters(page).getByRole("checkbox", { name: "Hide actors left without visible links" }).check();
    await expect(shownCount(page)).toHaveText(new RegExp(`^${N} of ${N} actors, ${M} of ${M}`));
    // Combined with a filter that cuts links, the actors left alone are hidden.
    await (await openFacet(page, "Type of link")).getByRole("checkbox", { name: /^Family/ }).check();
    const { entities, relations } = await shownNumbers(page);
    expect(entities).toBeLessThan(N);
    expect(await classesOf(page, "canada")).toContain("is-hidden");
    const c = await canvas(page);
    expect(c.shownNodes.length).toBe(entities);
    expect(c.shownEdges.length).toBe(relations);
    // Every shown actor has a shown link.
    const ends = new Set(
      dataset.relations.filter((r) => c.shownEdges.includes(r.id)).flatMap((r) => [r.source, r.target]),
    );
    expect(c.shownNodes.filter((id) => !ends.has(id))).toEqual([]);
  });
});

test.describe("focus", () => {
  test("shows an entity and its neighbours, deeper on demand; Escape leaves", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "igor-sechin");
    await details(page).getByRole("button", { name: "Focus on neighbours" }).click();
    const depth1 = neighbourhood("igor-sechin", 1);
    await expect.poll(async () => (await canvas(page)).shownNodes.sort()).toEqual([...depth1].sort());
    await expect(page.getByText(/Showing only/)).toContainText("Igor Sechin");

    await page.getByRole("group", { name: "Focus depth" }).getByRole("button", { name: "2" }).click();
    const depth2 = neighbourhood("igor-sechin", 2);
    expect(depth2.size).toBeGreaterThan(depth1.size);
    await expect.poll(async () => (await canvas(page)).shownNodes.sort()).toEqual([...depth2].sort());
    await expect(shownCount(page)).toHaveText(new RegExp(`^${depth2.size} of ${N} actors`));

    await page.keyboard.press("Escape");
    await expect(page.getByText(/Showing only/)).toBeHidden();
    await expect(shownCount(page)).toHaveText(ALL_SHOWN);
    // One step at a time: the selection is still there.
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
  });
});

test.describe("paths", () => {
  test("shortest or strongest: Sechin to Putin, each chain naming its weakest excerpt", async ({ page }) => {
    const quoteOf = (id: string) => dataset.relations.find((r) => r.id === id)?.evidence[0]?.quote ?? "";
    await openApp(page, "/?from=igor-sechin&to=vladimir-putin");
    const finder = page.getByRole("region", { name: "Paths between two actors" });
    const results = details(page).getByRole("region", { name: /Igor Sechin.*Vladimir Putin/ });
    const onCanvas = () =>
      page.evaluate(() =>
        window.throughline?.cy
          .edges(".is-path")
          .map((e) => e.id())
          .sort(),
      );
    // Shortest: the one direct link, which rests on a State Department cable (reported).
    await expect(finder.getByRole("radio", { name: /^Shortest/ })).toBeChecked();
    await expect(results.getByText("1 shortest path, 1 step each")).toBeVisible();
    const weakest = results.locator(".path-weakest");
    await expect(weakest).toHaveCount(1);
    await expect(weakest).toContainText("Reported");
    await expect(weakest.locator(".path-quote")).toHaveText(quoteOf("sechin-putin-influence"));
    expect(await onCanvas()).toEqual(["sechin-putin-influence"]);

    // Strongest: two steps, each stated as fact, through Russia; the address keeps the choice.
    await finder.getByRole("radio", { name: /^Strongest/ }).check();
    await expect(results.getByText("1 strongest path, 2 steps each")).toBeVisible();
    await expect(weakest).toContainText("Confirmed");
    await expect(weakest).toContainText("step 1");
    await expect(weakest.locator(".path-quote")).toHaveText(
      quoteOf("sechin-russia-presidential-administration"),
    );
    expect(await onCanvas()).toEqual(["putin-russia-president", "sechin-russia-presidential-administration"]);
    await expect.poll(() => new URL(page.url()).searchParams.get("paths")).toBe("strongest");
    await results.screenshot({ path: "test-results/explore-strongest-path.png" });
  });

  test("Tillerson to Putin goes through Sechin, told with excerpts and drawn on the canvas", async ({
    page,
  }) => {
    await openApp(page);
    await clickNode(page, "rex-tillerson");
    await details(page).getByRole("button", { name: "Path from here" }).click();
    await clickNode(page, "vladimir-putin");
    await expect(detailsHeading(page)).toHaveText("Vladimir Putin");
    await details(page).getByRole("button", { name: "Path to here" }).click();

    const finder = page.getByRole("region", { name: "Paths between two actors" });
    await expect(finder.getByRole("combobox", { name: "From" })).toHaveValue("Rex Tillerson");
    await expect(finder.getByRole("combobox", { name: "To" })).toHaveValue("Vladimir Putin");
    // The steps are told in the Details panel, where there is room to read them.
    const results = details(page).getByRole("region", { name: /Rex Tillerson.*Vladimir Putin/ });
    const list = results.locator(".path-list");
    await expect(list.locator(".path")).not.toHaveCount(0);
    await expect(results.getByText(/shortest paths?, 2 steps each/)).toBeVisible();
    await expect(list.locator(".path").first().getByRole("button", { name: "Igor Sechin" })).toBeVisible();
    const quotes = list.locator(".path-quote");
    expect(await quotes.count()).toBeGreaterThanOrEqual(2);
    const allQuotes = dataset.relations.flatMap((r) => r.evidence.map((e) => e.quote));
    expect(allQuotes).toContain(await quotes.first().textContent());
    await results.screenshot({ path: "test-results/explore-path-list.png" });

    await expect
      .poll(() => page.evaluate(() => window.throughline?.cy.$(".is-path").map((e) => e.id())))
      .toEqual(expect.arrayContaining(["rex-tillerson", "igor-sechin", "vladimir-putin"]));
    const pathEdges = await page.evaluate(() => window.throughline?.cy.edges(".is-path").map((e) => e.id()));
    expect(pathEdges).toEqual(expect.arrayContaining(["sechin-putin-influence"]));
    expect(await classesOf(page, "canada")).toContain("is-dimmed");

    // A relation in the chain opens its excerpts.
    await list.locator(".path-relations button").first().click();
    await expect(details(page).getByText(/^Link ·/)).toBeVisible();

    await finder.getByRole("button", { name: "Clear path" }).click();
    await expect.poll(() => page.evaluate(() => window.throughline?.cy.$(".is-path").length)).toBe(0);
  });

  test("endpoints can be typed in the From and To boxes", async ({ page }) => {
    await openApp(page);
    const finder = page.getByRole("region", { name: "Paths between two actors" });
    await finder.getByRole("combobox", { name: "From" }).fill("tillerson");
    await page.keyboard.press("Enter");
    await finder.getByRole("combobox", { name: "To" }).fill("putin");
    await page.keyboard.press("Enter");
    await expect(
      details(page).locator(".path").first().getByRole("button", { name: "Igor Sechin" }),
    ).toBeVisible();
  });
});

test.describe("layouts", () => {
  test("each layout moves the nodes, animated, and keeps every one; re-run works", async ({ page }) => {
    await openApp(page);
    const select = page.getByRole("combobox", { name: "Layout" });
    let before = await positions(page);
    for (const label of ["Circle", "Grid", "Concentric by degree", "Tree from the selection", "Force"]) {
      // Animated: the layout that starts asks cytoscape to animate (read from the layout itself, not
      // from how long it took, which depends on the machine).
      await page.evaluate(() => {
        const w = window as unknown as { animated?: boolean };
        w.animated = undefined;
        window.throughline?.cy.one("layoutstart", (e) => {
          w.animated = Boolean((e.layout as unknown as { options: { animate?: unknown } }).options.animate);
        });
      });
      await select.selectOption({ label });
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { animated?: boolean }).animated))
        .toBe(true);
      await layoutDone(page);
      const after = await positions(page);
      expect(Object.keys(after)).toHaveLength(N);
      const moved = Object.keys(after).filter(
        (id) =>
          Math.hypot((after[id]?.x ?? 0) - (before[id]?.x ?? 0), (after[id]?.y ?? 0) - (before[id]?.y ?? 0)) >
          1,
      );
      expect(moved.length, `${label} moved the nodes`).toBeGreaterThan(N / 2);
      expect((await canvas(page)).nodes).toBe(N);
      before = after;
    }
    // The tree grows from the selection: it is on the top row.
    await clickNode(page, "igor-sechin");
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    await select.selectOption({ label: "Tree from the selection" });
    await layoutDone(page);
    const tree = await positions(page);
    const component = neighbourhood("igor-sechin", N);
    const top = Math.min(...[...component].map((id) => tree[id]?.y ?? Number.POSITIVE_INFINITY));
    expect(tree["igor-sechin"]?.y).toBeCloseTo(top, 0);

    await select.selectOption({ label: "Circle" });
    await layoutDone(page);

    // Re-run on what is visible: only the shown nodes are laid out again.
    await (await openFacet(page, "Country")).getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
    await expect(shownCount(page)).not.toHaveText(ALL_SHOWN);
    before = await positions(page);
    const shown = (await canvas(page)).shownNodes;
    // The re-run starts a layout (read from cytoscape's event, not from layoutDone right after the
    // click: on a loaded machine an animated layout may be over before the page is asked).
    await page.evaluate(() => {
      const w = window as unknown as { rerunStarted?: boolean };
      w.rerunStarted = false;
      window.throughline?.cy.one("layoutstart", () => {
        w.rerunStarted = true;
      });
    });
    await page.getByRole("button", { name: "Re-run layout on what is visible" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { rerunStarted?: boolean }).rerunStarted))
      .toBe(true);
    await layoutDone(page);
    const after = await positions(page);
    const movedShown = shown.filter((id) => Math.abs((after[id]?.x ?? 0) - (before[id]?.x ?? 0)) > 1);
    expect(movedShown.length).toBeGreaterThan(0);
    const hiddenMoved = Object.keys(after).filter(
      (id) => !shown.includes(id) && Math.abs((after[id]?.x ?? 0) - (before[id]?.x ?? 0)) > 1,
    );
    expect(hiddenMoved).toEqual([]);
  });
});

test.describe("permalinks", () => {
  test("a link restores filters, selection and layout in a new page", async ({ page, context }) => {
    await openApp(page);
    await (await openFacet(page, "Country")).getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
    await clickNode(page, "igor-sechin");
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    await page.getByRole("combobox", { name: "Layout" }).selectOption({ label: "Circle" });
    await layoutDone(page);
    await expect(page).toHaveURL(/layout=circle/);
    const url = page.url();
    expect(url).toMatch(/country=RU/);
    expect(url).toMatch(/entity=igor-sechin/);
    const line = await shownCount(page).textContent();

    const other = await context.newPage();
    const { consoleErrors } = await openApp(other, url);
    await expect(shownCount(other)).toHaveText(line ?? "");
    await expect(detailsHeading(other)).toHaveText("Igor Sechin");
    await expect(other.getByRole("combobox", { name: "Layout" })).toHaveValue("circle");
    expect((await canvas(other)).selected).toEqual(["igor-sechin"]);
    await expect
      .poll(async () => (await canvas(other)).shownNodes.sort())
      .toEqual((await canvas(page)).shownNodes.sort());
    expect(consoleErrors).toEqual([]);
    await other.close();
  });

  test("search, focus with its depth and a path survive a reload", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "igor-sechin");
    await details(page).getByRole("button", { name: "Focus on neighbours" }).click();
    await page.getByRole("group", { name: "Focus depth" }).getByRole("button", { name: "2" }).click();
    await details(page).getByRole("button", { name: "Path from here" }).click();
    const finder = page.getByRole("region", { name: "Paths between two actors" });
    await finder.getByRole("combobox", { name: "To" }).fill("tillerson");
    await page.keyboard.press("Enter");
    await searchBox(page).fill("oil");
    await expect(page).toHaveURL(/q=oil/);
    await expect(page).toHaveURL(/depth=2/);
    const line = await shownCount(page).textContent();
    const dimmed = await page.evaluate(() => window.throughline?.cy.$(".is-dimmed").length);

    await page.reload();
    await layoutDone(page);
    await expect(searchBox(page)).toHaveValue("oil");
    await expect(page.getByText(/Showing only/)).toContainText("Igor Sechin");
    await expect(
      page.getByRole("group", { name: "Focus depth" }).getByRole("button", { name: "2" }),
    ).toHaveAttribute("aria-pressed", "true");
    await expect(shownCount(page)).toHaveText(line ?? "");
    await expect(finder.getByRole("combobox", { name: "From" })).toHaveValue("Igor Sechin");
    await expect(finder.getByRole("combobox", { name: "To" })).toHaveValue("Rex Tillerson");
    await expect(details(page).locator(".path")).not.toHaveCount(0);
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    expect(await page.evaluate(() => window.throughline?.cy.$(".is-dimmed").length)).toBe(dimmed);
  });

  test("Back and Forward step through selections", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "igor-sechin");
    await expect(page).toHaveURL(/entity=igor-sechin/);
    await details(page)
      .getByRole("button", { name: /Vladimir Putin/ })
      .first()
      .click();
    await expect(detailsHeading(page)).toHaveText(/Igor Sechin.*Vladimir Putin/);
    await expect(page).toHaveURL(/relation=sechin-putin-influence/);
    await details(page).getByRole("button", { name: "Vladimir Putin" }).click();
    await expect(detailsHeading(page)).toHaveText("Vladimir Putin");

    await page.goBack();
    await expect(detailsHeading(page)).toHaveText(/Igor Sechin.*Vladimir Putin/);
    await page.goBack();
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    await expect.poll(async () => (await canvas(page)).selected).toEqual(["igor-sechin"]);
    await page.goForward();
    await expect(detailsHeading(page)).toHaveText(/Igor Sechin.*Vladimir Putin/);
    await page.goForward();
    await expect(detailsHeading(page)).toHaveText("Vladimir Putin");
    await expect.poll(async () => (await canvas(page)).selected).toEqual(["vladimir-putin"]);
  });

  test("a link whose selection its own filters hide says so", async ({ page }) => {
    const { consoleErrors } = await openApp(page, "/?country=RU&entity=rex-tillerson");
    await expect(shownCount(page)).not.toHaveText(ALL_SHOWN);
    await expect(page.locator(".notices")).toContainText("entity=rex-tillerson");
    await expect(details(page).getByRole("heading", { name: "Select an actor or a link" })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test("unknown and stale parameters are ignored with a quiet notice", async ({ page }) => {
    const { consoleErrors } = await openApp(page, "/?foo=1&country=ZZ&entity=nobody");
    await expect(shownCount(page)).toHaveText(ALL_SHOWN);
    const notice = page.locator(".notices");
    await expect(notice).toContainText("foo");
    await expect(notice).toContainText("country=ZZ");
    await expect(notice).toContainText("entity=nobody");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(details(page).getByRole("heading", { name: "Select an actor or a link" })).toBeVisible();
    expect(consoleErrors).toEqual([]);
    // Back to the link's own history entry: the notice is not repeated.
    await clickNode(page, "igor-sechin");
    await expect(page).toHaveURL(/entity=igor-sechin/);
    await page.goBack();
    await expect(details(page).getByRole("heading", { name: "Select an actor or a link" })).toBeVisible();
    await expect(notice.locator("p")).toHaveCount(1);
    expect(consoleErrors).toEqual([]);
    await page.getByRole("button", { name: "Dismiss notices" }).click();
    await expect(notice).toBeHidden();
  });
});

test.describe("list view", () => {
  test("tables of what is shown, sortable by degree, sharing the selection", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "List", exact: true }).click();
    const actors = page.getByRole("table", { name: /Actors shown/ });
    const links = page.getByRole("table", { name: /Links shown/ });
    await expect(actors).toBeVisible();
    await expect(actors.getByRole("caption")).toHaveText(`Actors shown (${N})`);
    await expect(links.getByRole("caption")).toHaveText(`Links shown (${M})`);
    await expect(actors.locator("tbody tr")).toHaveCount(N);

    await actors.getByRole("button", { name: /Links shown/ }).click();
    await expect(actors.getByRole("columnheader", { name: /Links shown/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    const degree = new Map<string, number>();
    for (const r of dataset.relations)
      for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const top = [...degree].sort((a, b) => b[1] - a[1]).slice(0, 3);
    const firstRows = actors.locator("tbody tr").filter({ has: page.locator("th") });
    for (const [i, [id, d]] of top.entries()) {
      const name = dataset.entities.find((e) => e.id === id)?.name ?? id;
      await expect(firstRows.nth(i).locator("th")).toHaveText(name);
      await expect(firstRows.nth(i).locator("td.num")).toHaveText(String(d));
    }
    await page.screenshot({ path: "test-results/explore-list-view.png" });

    // Filters apply to the list too.
    await (await openFacet(page, "Country")).getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
    const { entities } = await shownNumbers(page);
    await expect(actors.locator("tbody tr")).toHaveCount(entities);

    await actors.getByRole("button", { name: "Igor Sechin" }).click();
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    await expect(actors.getByRole("button", { name: "Igor Sechin" })).toHaveAttribute("aria-current", "true");
    await page.getByRole("button", { name: "Graph", exact: true }).click();
    await expect(actors).toBeHidden();
    expect((await canvas(page)).selected).toEqual(["igor-sechin"]);
  });

  test("keyboard: Tab to a name and Enter selects it", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "List", exact: true }).click();
    const actors = page.getByRole("table", { name: /Actors shown/ });
    const sortByDegree = actors.getByRole("button", { name: /Links shown/ });
    await sortByDegree.focus();
    await page.keyboard.press("Enter");
    await expect(actors.getByRole("columnheader", { name: /Links shown/ })).toHaveAttribute(
      "aria-sort",
      "descending",
    );
    await page.keyboard.press("Tab");
    const first = actors.locator("tbody tr").first().getByRole("button");
    await expect(first).toBeFocused();
    const name = await first.textContent();
    await page.keyboard.press("Enter");
    await expect(detailsHeading(page)).toHaveText(name ?? "");
    await expect(page.getByRole("status")).toContainText(`Selected ${name}`);
  });
});

test.describe("keyboard", () => {
  test("? opens the shortcuts, Escape closes them", async ({ page }) => {
    await openApp(page);
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
    await shot(page, "shortcuts-dialog");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    // The header button opens it too; focus stays in the dialog and goes back to the button after.
    const opener = page.getByRole("button", { name: "Keyboard shortcuts" });
    await opener.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    // Opened with ?, closed with Escape: focus is back where it was.
    await searchBox(page).focus();
    await page.keyboard.press("Tab");
    const before = await page.evaluate(() => document.activeElement?.outerHTML);
    await page.keyboard.press("?");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
  });

  test("arrow keys move through an entity's links, Enter opens one", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "igor-sechin");
    const items = details(page).locator(".relation-list button");
    await expect(items).toHaveCount(8);
    await items.first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(2)).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(items.nth(1)).toBeFocused();
    const label = (await items.nth(1).locator(".relation-item-label").textContent())?.replace(
      /^[→←—]\s*/,
      "",
    );
    await page.keyboard.press("Enter");
    await expect(details(page).getByText(/^Link ·/)).toBeVisible();
    await expect(details(page).locator(".relation-label")).toHaveText(label ?? "");
  });

  test("arrow keys skip links the filters hide", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "igor-sechin");
    // Three types of link only: some of Sechin's links are hidden and their buttons disabled.
    const types = await openFacet(page, "Type of link");
    for (const name of [/^Sanction/, /^Friendship/, /^Business partner/])
      await types.getByRole("checkbox", { name }).check();
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    const enabled = details(page).locator(".relation-list button:not(:disabled)");
    const count = await enabled.count();
    expect(count).toBeGreaterThan(1);
    expect(await details(page).locator(".relation-list button:disabled").count()).toBeGreaterThan(0);
    await enabled.first().focus();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press("ArrowDown");
      await expect(enabled.nth(i)).toBeFocused();
    }
  });

  test("Escape in the empty search box still steps back (leaves focus)", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "igor-sechin");
    await details(page).getByRole("button", { name: "Focus on neighbours" }).click();
    await expect(page.getByText(/Showing only/)).toBeVisible();
    await page.keyboard.press("/");
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.getByText(/Showing only/)).toBeHidden();
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
  });

  test("Escape steps back: search, then the selection", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "igor-sechin");
    await searchBox(page).fill("putin");
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Escape");
    await expect(searchBox(page)).toHaveValue("");
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    await page.keyboard.press("Escape");
    await expect(details(page).getByRole("heading", { name: "Select an actor or a link" })).toBeVisible();
  });
});

test("the one status region announces selections and counts", async ({ page }) => {
  await openApp(page);
  const status = page.getByRole("status");
  await expect(status).toHaveCount(1);
  await clickNode(page, "igor-sechin");
  await expect(status).toHaveText(/^Selected Igor Sechin, person, 8 links\./);
  await (await openFacet(page, "Country")).getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
  const { entities, relations } = await shownNumbers(page);
  await expect(status).toHaveText(`${entities} of ${N} actors, ${relations} of ${M} links shown.`);
  // Paths found are announced there too.
  await details(page).getByRole("button", { name: "Path from here" }).click();
  await page
    .getByRole("region", { name: "Paths between two actors" })
    .getByRole("combobox", { name: "To" })
    .fill("putin");
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("1 shortest path between Igor Sechin and Vladimir Putin, 1 step each.");
  // No other live region competes with it.
  await expect(page.locator("[aria-live], [role=status], [role=alert], [role=log]")).toHaveCount(1);
});

test.describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  async function seriousViolations(page: Page) {
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  }

  test("main page", async ({ page }) => {
    await openApp(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("with an entity selected and a relation open", async ({ page }) => {
    await openApp(page);
    await clickNode(page, "igor-sechin");
    await expect(detailsHeading(page)).toHaveText("Igor Sechin");
    expect(await seriousViolations(page)).toEqual([]);
    await details(page).locator(".relation-list button").first().click();
    await expect(details(page).locator("blockquote").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("with filters, search suggestions, focus and a path", async ({ page }) => {
    await openApp(page);
    await (await openFacet(page, "Country")).getByRole("checkbox", { name: /Russia \(RU\)/ }).check();
    await openFacet(page, "Articles");
    await clickNode(page, "igor-sechin");
    await details(page).getByRole("button", { name: "Focus on neighbours" }).click();
    await page
      .getByRole("region", { name: "Paths between two actors" })
      .getByRole("combobox", { name: "From" })
      .fill("putin");
    await page.keyboard.press("Enter");
    await searchBox(page).fill("rosn");
    await expect(page.getByRole("listbox", { name: /Search actors.*suggestions/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("with the list view open", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "List", exact: true }).click();
    await page
      .getByRole("table", { name: /Actors shown/ })
      .getByRole("button", { name: "Igor Sechin" })
      .click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("with the shortcuts dialog open", async ({ page }) => {
    await openApp(page);
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("with a notice about ignored link settings", async ({ page }) => {
    await openApp(page, "/?foo=1");
    await expect(page.locator(".notices")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

// Issue 18, "Time": the timeline under the graph, driven as a reader would.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { dataset, openApp, pointOf, settledCanvas } from "./helpers";

type Dated = { id: string; date?: unknown; evidence: { date?: unknown }[] };
const relations = dataset.relations as unknown as Dated[];
const dated = relations.filter((r) => r.date !== undefined || r.evidence.some((e) => e.date !== undefined));
const undated = relations.length - dated.length;

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });

/** Opens the timeline unless it is open already (being open is remembered across visits). */
async function openTimeline(page: Page) {
  const toggle = page.getByRole("button", { name: "Timeline", exact: true });
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  await expect(timeline(page).locator("svg")).toBeVisible();
}

/** Ids of the relations the canvas shows (not is-hidden). */
function shownEdges(page: Page) {
  return page.evaluate(() =>
    (
      window.throughline?.cy
        ?.edges()
        .filter((e) => !e.hasClass("is-hidden"))
        .map((e) => e.id()) ?? []
    ).sort(),
  );
}

test("places every dated link on the axis, counts the undated ones, and remembers being open", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  await expect(timeline(page).locator(".tl-mark")).toHaveCount(dated.length);
  await expect(timeline(page)).toContainText(`${undated} links with no date`);
  await page.reload();
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  await expect(timeline(page).locator("svg")).toBeVisible();
});

test("choosing a mark opens its link, whose date reads in words beside the article's own", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  await timeline(page).locator('.tl-mark[data-relation="western-ally-us-intelligence-operations"]').click();
  const details = page.locator("#details-section");
  await expect(details).toContainText("since Aug 2016 (for the last seven months");
  await expect(details).not.toContainText("[object Object]");
});

test("the range thumbs filter the graph by time, with the keyboard, and the range is in the address", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  const all = await shownEdges(page);
  expect(all).toHaveLength(relations.length);
  // Move the end of the range to the axis' first day: only links that reach back to it stay.
  const to = timeline(page).getByRole("slider", { name: "To" });
  await to.focus();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/[?&]time=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
  const narrowed = await shownEdges(page);
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(dated.length);
  // No undated link is on screen while a time range is set.
  const datedIds = new Set(dated.map((r) => r.id));
  expect(narrowed.every((id) => datedIds.has(id))).toBe(true);
  // The permalink restores it.
  const url = page.url();
  await page.goto(url);
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  expect(await shownEdges(page)).toEqual(narrowed);
  await openTimeline(page);
  await timeline(page).getByRole("button", { name: "Clear time range" }).click();
  await expect.poll(() => shownEdges(page)).toHaveLength(relations.length);
  await expect(page).not.toHaveURL(/time=/);
});

test("a time range veils the axis outside it: no mark changes for the range alone, names of shown links read above the veil", async ({
  page,
}) => {
  await page.goto("/?time=2016-07-01..2016-12-31");
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  await openTimeline(page);
  const axis = timeline(page);
  await expect(axis.locator(".tl-veil rect")).toHaveCount(2);
  const shown = new Set(await shownEdges(page));
  // Marks hidden on the canvas only by the range lie under the veil, and are not greyed.
  const marks = await axis
    .locator(".tl-mark")
    .evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute("data-relation") ?? "", off: el.classList.contains("is-off") })),
    );
  const hiddenByTime = marks.filter((m) => !shown.has(m.id));
  expect(hiddenByTime.length).toBeGreaterThan(0);
  expect(marks.filter((m) => m.off)).toEqual([]);
  const veiled = await axis.locator(".tl-mark").evaluateAll((els) => {
    const [left, right] = [...document.querySelectorAll(".tl-veil rect")].map((r) =>
      r.getBoundingClientRect(),
    );
    return els
      .filter((el) => {
        const b = el.querySelector("line, circle")?.getBoundingClientRect();
        return !!b && !!left && !!right && (b.right <= left.right + 1 || b.left >= right.left - 1);
      })
      .map((el) => el.getAttribute("data-relation"));
  });
  expect(veiled.length).toBeGreaterThan(0);
  for (const id of veiled) expect(shown.has(id ?? "")).toBe(false);
  // A shown link's name is painted after the veil, at full strength, and is its mark's target.
  const name = axis.locator(".tl-name:not(.is-off)").first();
  await expect(name).toBeVisible();
  expect(
    await name.evaluate(
      (el) =>
        !!(document.querySelector(".tl-veil")?.compareDocumentPosition(el) ?? 0) &&
        (document.querySelector(".tl-veil")?.compareDocumentPosition(el) ?? 0) &
          Node.DOCUMENT_POSITION_FOLLOWING,
    ),
  ).toBeTruthy();
  expect(await name.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  const box = await name.boundingBox();
  if (!box) throw new Error("the name has no box");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(() => page.evaluate(() => window.throughline?.store.getState().view.selection?.kind))
    .toBe("relation");
  const selected = await page.evaluate(() => window.throughline?.store.getState().view.selection?.id);
  expect(shown.has(selected ?? "")).toBe(true);

  // Another filter on top: the marks it hides are greyed, under the veil or not.
  await page.evaluate(() =>
    window.throughline?.store.getState().setFilters({ relationTypes: ["communication"] }),
  );
  const notCommunication = dated
    .filter((r) => (r as unknown as { type: string }).type !== "communication")
    .map((r) => r.id)
    .sort();
  await expect
    .poll(() =>
      axis
        .locator(".tl-mark.is-off")
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-relation") ?? "").sort()),
    )
    .toEqual(notCommunication);
});

test("hovering a mark lights its link on the canvas, and hovering the link lights the mark", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  // The timeline took room from the canvas, which is refitted: choose from where things end up.
  await settledCanvas(page);
  // A mark whose line can be hovered on the canvas: its midpoint in view and clear of every shape.
  const ids = await timeline(page)
    .locator(".tl-mark")
    .evaluateAll((marks) => marks.map((m) => m.getAttribute("data-relation") ?? ""));
  const id = await page.evaluate((candidates) => {
    const cy = window.throughline?.cy;
    if (!cy) return null;
    return (
      candidates.find((edgeId) => {
        const p = cy.getElementById(edgeId).renderedMidpoint();
        if (p.x < 40 || p.y < 40 || p.x > cy.width() - 70 || p.y > cy.height() - 20) return false;
        return cy.nodes().every((n) => {
          const b = n.renderedBoundingBox({ includeLabels: true });
          return p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4;
        });
      }) ?? null
    );
  }, ids);
  if (!id) throw new Error("no dated link can be hovered on the canvas");
  const mark = timeline(page).locator(`.tl-mark[data-relation="${id}"]`);
  await mark.hover();
  await expect
    .poll(() =>
      page.evaluate((edge) => window.throughline?.cy?.getElementById(edge).hasClass("is-highlighted"), id),
    )
    .toBe(true);
  await page.mouse.move(5, 5);
  await expect(timeline(page).locator(".tl-mark.is-hovered")).toHaveCount(0);
  const { x, y } = await pointOf(page, id);
  await page.mouse.move(x, y);
  await expect(timeline(page).locator(`.tl-mark.is-hovered[data-relation="${id}"]`)).toHaveCount(1);
});

test("as reported: the day before Newsweek shows no link, its day all of them, and the rewrite's overstatement is named", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  await timeline(page).getByRole("button", { name: "As reported" }).click();
  const stop = timeline(page).getByRole("button", { name: "15 Feb 2017", exact: true });
  await stop.click();
  await expect(page).toHaveURL(/reported=2017-02-15/);
  await expect.poll(async () => (await shownEdges(page)).length).toBe(relations.length);
  await expect(timeline(page)).toContainText(/unconfirmed → .*reported.*more surely/);
  await page.goto("/?reported=2017-02-14");
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  expect(await shownEdges(page)).toEqual([]);
});

test("axe finds nothing to fix with the timeline open, on either clock", async ({ page }) => {
  await openApp(page);
  await openTimeline(page);
  const check = async () => {
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  };
  await check();
  await timeline(page).getByRole("button", { name: "As reported" }).click();
  await timeline(page).getByRole("button", { name: "Feb 2017", exact: true }).click();
  await timeline(page).locator(".reported-repeated summary").click();
  await check();
});

test("works at 390 px wide", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await openApp(page);
  await openTimeline(page);
  const box = await timeline(page).boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(390);
  await expect(timeline(page).locator(".tl-mark")).toHaveCount(dated.length);
  await timeline(page).getByRole("button", { name: "As reported" }).click();
  await expect(timeline(page).locator(".tl-stop")).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

const BLOG = "mindy-fischer-writer-2017-02";
const inRewrite = relations.filter((r) =>
  (r as unknown as { evidence: { article: string }[] }).evidence.some((e) => e.article === BLOG),
);

test("a link's details say when each article reported it and how sure it was, each date at its precision", async ({
  page,
}) => {
  await openApp(page, "/?relation=flynn-kislyak-intercepted-contact");
  const reports = page.getByTestId("relation-reports").locator("li");
  await expect(reports).toHaveText([
    "First reported on 15 February 2017 by Newsweek (unconfirmed)",
    "Repeated in February 2017 by mindy-fischer-writer.com (reported: more surely than before)",
  ]);
  // The list view says it too, as text: the first report of each link.
  await page.getByRole("button", { name: "List", exact: true }).click();
  const row = page
    .getByRole("table", { name: /Links shown/ })
    .getByRole("row", { name: /intercepted contact\?/ });
  await expect(row).toContainText("15 Feb 2017, Newsweek (unconfirmed)");
  // A link only Newsweek reports has one line; the rewrite's month is never given a day.
  await openApp(page, "/?relation=may-trump-meeting");
  await expect(page.getByTestId("relation-reports").locator("li")).toHaveText([
    "First reported on 15 February 2017 by Newsweek (reported)",
  ]);
});

test("as reported: a stop per publication at its precision, played from the keyboard, and what the rewrite repeated", async ({
  page,
}) => {
  await openApp(page);
  await openTimeline(page);
  await timeline(page).getByRole("button", { name: "As reported" }).click();
  // Newsweek's day is a point; the rewrite's month a band over the whole of February, with the day inside it.
  const day = timeline(page).locator('.tl-stop[data-written="2017-02-15"] circle');
  const month = timeline(page).locator('.tl-stop[data-written="2017-02"] rect');
  const cx = Number(await day.getAttribute("cx"));
  const left = Number(await month.getAttribute("x"));
  const right = left + Number(await month.getAttribute("width"));
  expect(cx - left).toBeGreaterThan((right - left) * 0.4);
  expect(right - cx).toBeGreaterThan((right - left) * 0.4);
  // Play, with the keyboard: Newsweek's day first, then the rewrite's month, then it stops. Each stop
  // lasts 1.6 s, less than a loaded machine may take between two looks: the stops the clock shows,
  // the addresses written and the stop marked current are recorded as they come.
  await page.evaluate(() => {
    const seen = { stops: [] as string[], urls: [] as string[], current: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    window.throughline?.store.subscribe((s, prev) => {
      const stop = s.view.filters.reportedBy;
      if (stop !== prev.view.filters.reportedBy) seen.stops.push(String(stop));
    });
    for (const method of ["pushState", "replaceState"] as const) {
      const write = history[method].bind(history);
      history[method] = (data, unused, url) => {
        write(data, unused, url);
        seen.urls.push(String(url));
      };
    }
    new MutationObserver(() => {
      const now = document.querySelector('.reported-stop[aria-current="step"]')?.textContent ?? "";
      if (now && now !== seen.current.at(-1)) seen.current.push(now);
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-current"] });
  });
  const seen = () =>
    page.evaluate(
      () => (window as unknown as { seen: { stops: string[]; urls: string[]; current: string[] } }).seen,
    );
  const play = timeline(page).getByRole("button", { name: "Play" });
  await play.focus();
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await seen()).stops).toEqual(["2017-02-15", "2017-02"]);
  await expect(page).toHaveURL(/reported=2017-02(&|$)/);
  // The address followed the clock: Newsweek's day, then the month (nothing else in between).
  const { urls } = await seen();
  const stopsInUrls = urls.map((u) => /reported=([\d-]+)/.exec(u)?.[1]).filter((s) => s !== undefined);
  expect(stopsInUrls.filter((s, i) => s !== stopsInUrls[i - 1])).toEqual(["2017-02-15", "2017-02"]);
  // And the stop marked current on screen, one after the other.
  await expect.poll(async () => (await seen()).current).toEqual(["15 Feb 2017", "Feb 2017"]);
  await expect(timeline(page).getByRole("button", { name: "Feb 2017", exact: true })).toHaveAttribute(
    "aria-current",
    "step",
  );
  await expect(timeline(page).getByRole("button", { name: "Play" })).toHaveAttribute("aria-pressed", "false");
  expect(await shownEdges(page)).toHaveLength(relations.length);
  // What the rewrite repeated, and the one link it states more surely.
  const rewrite = timeline(page).locator(`.reported-article[data-article="${BLOG}"]`);
  await expect(rewrite).toContainText(`${inRewrite.length} links repeated, 1 stated more surely`);
  await expect(rewrite.locator(".reported-moves li")).toHaveText(
    /intercepted contact\? \(could not be confirmed\): Newsweek unconfirmed → mindy-fischer-writer\.com reported/,
  );
  await rewrite.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(rewrite.locator(".reported-repeated li")).toHaveCount(inRewrite.length);
  // On the graph: only what the rewrite repeated.
  await rewrite.getByRole("button", { name: "Show only what mindy-fischer-writer.com reported" }).click();
  await expect.poll(async () => (await shownEdges(page)).length).toBe(inRewrite.length);
});

test("an excerpt that dates what it tells shows its date in the details and in the reader", async ({
  page,
}) => {
  await openApp(page, "/?relation=western-ally-us-intelligence-operations");
  const details = page.locator("#details-section");
  // Two of its five excerpts say "began in August"; the others give no date of their own.
  await expect(details.locator(".evidence")).toHaveCount(5);
  await expect(details.getByTestId("evidence-date")).toHaveCount(2);
  await expect(details.getByTestId("evidence-date").first()).toHaveText(
    "Dated by this excerpt: since Aug 2016",
  );
  await openApp(page, "/?relation=trudeau-trump-news-conference");
  await expect(page.getByTestId("evidence-date")).toHaveText("Dated by this excerpt: 13 Feb 2017");
  await page.getByRole("button", { name: "Show in article" }).click();
  // In the reader, the date follows the highlighted excerpt that gives it.
  await expect(page.getByTestId("reader-excerpt-date").filter({ hasText: "13 Feb 2017" })).toHaveCount(1);
  await expect(page.locator(".is-emphasised + .excerpt-date")).toContainText("13 Feb 2017");
  await expect(page.getByTestId("reader-excerpt-date").filter({ hasText: "since Aug 2016" })).toHaveCount(1);
});

test("as reported: the Flynn–Kislyak line is drawn with the status it had at each stop, and its own off the clock", async ({
  page,
}) => {
  const FLYNN = "flynn-kislyak-intercepted-contact";
  /** How the canvas draws the link: its as-of class, line style and dash pattern. */
  const drawn = () =>
    page.evaluate((id) => {
      const edge = window.throughline?.cy?.getElementById(id);
      if (!edge || edge.empty()) return null;
      return {
        asOf: edge.classes().filter((c: string) => c.startsWith("as-of-")),
        line: `${edge.style("line-style")} ${edge.style("line-dash-pattern")}`,
      };
    }, FLYNN);
  const details = page.locator("#details-section");
  await openApp(page, `/?reported=2017-02-15&relation=${FLYNN}`);
  await openTimeline(page);
  await timeline(page).getByRole("button", { name: "As reported" }).click();
  // On Newsweek's day: unconfirmed, as Newsweek put it; the screen says "as of".
  await expect(page.getByTestId("as-of-banner")).toContainText("As of 15 Feb 2017");
  await expect.poll(async () => (await drawn())?.asOf).toEqual(["as-of-unconfirmed"]);
  const onNewsweeksDay = await drawn();
  await expect(details.getByTestId("status-as-of")).toContainText("Unconfirmed");
  await expect(page.locator(".legend")).toContainText("Claims as of 15 Feb 2017");
  // Once the rewrite is out: reported, as the rewrite put it. The line changes.
  await timeline(page).getByRole("button", { name: "Feb 2017", exact: true }).click();
  await expect(page).toHaveURL(/reported=2017-02(&|$)/);
  await expect.poll(async () => (await drawn())?.asOf).toEqual(["as-of-reported"]);
  const onceRewritten = await drawn();
  expect(onceRewritten?.line).not.toBe(onNewsweeksDay?.line);
  await expect(details.getByTestId("status-as-of")).toContainText("Reported");
  await expect(details.getByTestId("status-as-of")).toContainText("overall: unconfirmed");
  await expect(page.getByTestId("as-of-banner")).toContainText("As of Feb 2017");
  // The list view says the same.
  await page.getByRole("button", { name: "List", exact: true }).click();
  const row = page
    .getByRole("table", { name: /Links shown/ })
    .getByRole("row", { name: /^Michael Flynn intercepted contact\?/ });
  await expect(page.getByRole("table", { name: /Links shown/ })).toContainText("Status as of Feb 2017");
  await expect(row).toContainText("Reported");
  await page.getByRole("button", { name: "Graph", exact: true }).click();
  // Back to Newsweek's day: unconfirmed again.
  await timeline(page).getByRole("button", { name: "15 Feb 2017", exact: true }).click();
  await expect.poll(async () => (await drawn())?.line).toBe(onNewsweeksDay?.line);
  // Leaving the clock: the link's own status (unconfirmed), no "as of" left on screen.
  await page.getByTestId("as-of-banner").getByRole("button", { name: "Leave the clock" }).click();
  await expect(page).not.toHaveURL(/reported=/);
  await expect.poll(async () => (await drawn())?.asOf).toEqual([]);
  await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
  await expect(details.getByTestId("status-as-of")).toHaveCount(0);
  await expect(page.locator(".legend")).not.toContainText("as of");
});

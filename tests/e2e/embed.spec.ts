// The embed (`?embed=1`) inside a story page served from another origin (a second port on
// 127.0.0.1): the host drives it with postMessage, a page from any other origin cannot, the page
// scrolls over it until the reader clicks into it, and it fits iframes from 320 to 1280 px.
import { createServer, type Server } from "node:http";
import { expect, type FrameLocator, type Page, test } from "@playwright/test";
import { dataset, ORIGIN, openApp, settledCanvas } from "./helpers";

const HOST_PORT = Number(process.env.E2E_PORT ?? 4173) + 1000;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
/** The same server under another name: another origin, as far as the browser is concerned. */
const STRANGER = `http://localhost:${HOST_PORT}`;

/**
 * A story page: paragraphs, the embed code, more paragraphs (so it can scroll), and a script that
 * sends what the test asks and records what the embed says.
 */
function storyPage(embedCode: string): string {
  const para = "<p>Paragraph of the story around the graph. ".repeat(8);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Story</title>
<style>body{margin:0;font:16px serif}main{max-width:1300px;margin:0 auto;padding:8px}</style></head>
<body><main>${para}<div id="slot">${embedCode}</div>${para.repeat(6)}</main>
<script>
window.received = [];
addEventListener("message", (e) => { window.received.push({ origin: e.origin, data: e.data }); });
window.send = (message) => document.querySelector("iframe").contentWindow.postMessage(message, "*");
</script></body></html>`;
}

let pages = new Map<string, string>();
let server: Server;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", HOST).pathname;
    const body = pages.get(path);
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, "127.0.0.1", resolve));
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  pages = new Map();
});

/** The embed code as the Export dialog writes it, for the current view, allowing `host`. */
async function embedCodeFromDialog(page: Page, path: string, host: string): Promise<string> {
  await openApp(page, path);
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByLabel(/Page allowed to control it/).fill(host);
  const code = await dialog.getByTestId("embed-code").inputValue();
  await dialog.getByRole("button", { name: "Copy embed code" }).click();
  await expect(dialog.getByText(/^(Copied\.|Selected: press Ctrl\+C)/)).toBeVisible();
  return code;
}

/** Opens a story page holding the embed; resolves once the embed has drawn its graph. */
async function openStory(page: Page, origin: string, name: string, code: string) {
  pages.set(`/${name}`, storyPage(code));
  const offOrigin: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.origin !== ORIGIN && url.origin !== origin) offOrigin.push(r.url());
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${origin}/${name}`);
  const frame = page.frameLocator("iframe");
  // The iframe loads lazily: bring it into view as a reader scrolling down would.
  await page.locator("iframe").scrollIntoViewIfNeeded();
  await expect(frame.getByTestId("embed-guard")).toBeVisible();
  const embed = page.frames().find((f) => f.url().startsWith(ORIGIN));
  if (!embed) throw new Error("no embed frame");
  await embed.waitForFunction(() => window.throughline?.layoutDone === true);
  return { frame, embed, offOrigin, errors };
}

const received = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { received: { origin: string; data: { type: string } }[] }).received,
  );

const detailsHeading = (frame: FrameLocator) =>
  frame.getByRole("complementary", { name: "Excerpts" }).getByRole("heading", { level: 2 });

test("the Export dialog's embed code is a lazy, titled iframe of the current permalink", async ({ page }) => {
  const code = await embedCodeFromDialog(page, "/?country=PH&entity=rodrigo-duterte", HOST);
  const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, "&") ?? "";
  const url = new URL(src);
  expect(url.origin).toBe(ORIGIN);
  expect(url.searchParams.get("country")).toBe("PH");
  expect(url.searchParams.get("entity")).toBe("rodrigo-duterte");
  expect(url.searchParams.get("embed")).toBe("1");
  expect(url.searchParams.get("host")).toBe(HOST);
  expect(code).toMatch(/^<iframe /);
  expect(code).toContain('loading="lazy"');
  expect(code).toMatch(/title="[^"]*U\.S\. allies/);
  expect(code).toMatch(/height="\d{3}"/);
});

test("a host page on the allowed origin drives the embed: select, focus, reset", async ({ page }) => {
  const code = await embedCodeFromDialog(page, "/?country=US,RU", HOST);
  const { frame, offOrigin, errors } = await openStory(page, HOST, "story.html", code);
  // The embed says it is ready, to the allowed origin, with the view its address shows.
  await expect
    .poll(async () => (await received(page)).map((m) => m.data.type))
    .toContain("throughline:ready");
  expect((await received(page)).every((m) => m.origin === ORIGIN)).toBe(true);

  await page.evaluate(() =>
    (window as unknown as { send: (m: unknown) => void }).send({
      type: "throughline:select",
      id: "michael-flynn",
    }),
  );
  await expect(detailsHeading(frame)).toHaveText("Michael Flynn");
  await expect
    .poll(async () =>
      (await received(page)).map((m) => m.data).filter((d) => d.type === "throughline:selection"),
    )
    .toContainEqual({ type: "throughline:selection", selection: { kind: "entity", id: "michael-flynn" } });

  // A link's id selects the link, and its excerpts show.
  await page.evaluate(() =>
    (window as unknown as { send: (m: unknown) => void }).send({
      type: "throughline:select",
      id: "flynn-kislyak-telephone-call",
    }),
  );
  await expect(frame.getByText("telephone call that led to Flynn's resignation").first()).toBeVisible();
  await expect(frame.locator("blockquote").first()).toBeVisible();

  await page.evaluate(() =>
    (window as unknown as { send: (m: unknown) => void }).send({
      type: "throughline:focus",
      id: "michael-flynn",
      depth: 1,
    }),
  );
  await expect(frame.getByText(/Showing only/)).toContainText("Michael Flynn");

  // Reset: back to what the embed's address showed (its filter, nothing focused or selected).
  await page.evaluate(() =>
    (window as unknown as { send: (m: unknown) => void }).send({ type: "throughline:reset" }),
  );
  await expect(frame.getByText(/Showing only/)).toHaveCount(0);
  await expect(detailsHeading(frame)).toHaveText("Select an actor or a link");
  const embed = page.frames().find((f) => f.url().startsWith(ORIGIN));
  expect(
    await embed?.evaluate(() => {
      const s = window.throughline?.store.getState();
      return { countries: s?.view.filters.countries, focus: s?.view.focus, selection: s?.view.selection };
    }),
  ).toEqual({ countries: ["US", "RU"], focus: null, selection: null });

  // What it cannot do, it says (to the host only).
  await page.evaluate(() =>
    (window as unknown as { send: (m: unknown) => void }).send({ type: "throughline:select", id: "nobody" }),
  );
  await expect
    .poll(async () => (await received(page)).map((m) => m.data.type))
    .toContain("throughline:error");
  expect(offOrigin).toEqual([]);
  expect(errors).toEqual([]);
});

test("a page on another origin cannot drive the embed, and hears nothing from it", async ({ page }) => {
  // The embed allows HOST; the story is served from STRANGER (same server, other origin).
  const code = await embedCodeFromDialog(page, "/", HOST);
  const { frame, embed } = await openStory(page, STRANGER, "story.html", code);
  await page.evaluate(() =>
    (window as unknown as { send: (m: unknown) => void }).send({
      type: "throughline:select",
      id: "michael-flynn",
    }),
  );
  await page.evaluate(() =>
    (window as unknown as { send: (m: unknown) => void }).send({
      type: "throughline:focus",
      id: "michael-flynn",
    }),
  );
  // Give a message every chance to arrive, then check that none was acted on.
  await page.waitForTimeout(1000);
  expect(await embed.evaluate(() => window.throughline?.store.getState().view.selection)).toBeNull();
  expect(await embed.evaluate(() => window.throughline?.store.getState().view.focus)).toBeNull();
  await expect(detailsHeading(frame)).toHaveText("Select an actor or a link");
  expect(await received(page)).toEqual([]);
});

test("the page scrolls over the embed until the reader clicks into it; one click selects", async ({
  page,
}) => {
  const code = await embedCodeFromDialog(page, "/", HOST);
  const { frame, embed } = await openStory(page, HOST, "scroll.html", code);
  const box = await page.locator("iframe").boundingBox();
  if (!box) throw new Error("no iframe box");
  // The embed's panel mounts after its graph's first frame and takes room from the canvas, which is
  // refitted: the zoom and the actor's place are read once that is over.
  await settledCanvas(embed);
  await page.evaluate(() => window.scrollTo(0, 200));
  const zoom = () => embed.evaluate(() => window.throughline?.cy.zoom() ?? 0);
  const zoomBefore = await zoom();
  const scrollBefore = await page.evaluate(() => window.scrollY);
  // The wheel over the graph scrolls the story, and leaves the graph as it was.
  const iframeBox = await page.locator("iframe").boundingBox();
  if (!iframeBox) throw new Error("no iframe box");
  await page.mouse.move(iframeBox.x + iframeBox.width * 0.3, iframeBox.y + iframeBox.height * 0.5);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 100);
  expect(await zoom()).toBe(zoomBefore);

  // One click on an actor: the embed wakes up and selects it.
  const point = await embed.evaluate(() => {
    const cy = window.throughline?.cy;
    const node = cy?.getElementById("michael-flynn");
    const rect = cy?.container()?.getBoundingClientRect();
    const p = node?.renderedPosition();
    return p && rect ? { x: rect.left + p.x, y: rect.top + p.y } : null;
  });
  if (!point) throw new Error("no node position");
  // The wheel has scrolled the story: bring the actor (wherever the layout put it) into the window.
  const seen = await page.locator("iframe").boundingBox();
  if (!seen) throw new Error("no iframe box");
  await page.evaluate(
    (y) => window.scrollBy({ top: y - window.innerHeight / 2, behavior: "instant" }),
    seen.y + point.y,
  );
  const now = await page.locator("iframe").boundingBox();
  if (!now) throw new Error("no iframe box");
  expect(await zoom()).toBe(zoomBefore);
  await page.mouse.click(now.x + point.x, now.y + point.y);
  await expect(detailsHeading(frame)).toHaveText("Michael Flynn");
  await expect(frame.getByTestId("embed-guard")).toHaveCount(0);

  // Now the wheel zooms the graph, and the story stays where it is. (A wheel turn is a burst of
  // events the browser may coalesce: turn it again until the graph has taken one.)
  const scrollActive = await page.evaluate(() => window.scrollY);
  await expect(async () => {
    const box = await page.locator("iframe").boundingBox();
    if (!box) throw new Error("no iframe box");
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.wheel(0, -300);
    await expect.poll(zoom, { timeout: 2_000 }).not.toBe(zoomBefore);
  }).toPass({ timeout: 15_000 });
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollActive);

  // "Done" gives the scroll back to the page.
  await frame.getByRole("button", { name: /Done/ }).click();
  await expect(frame.getByTestId("embed-guard")).toBeVisible();
});

interface StoryStep {
  heading: string;
  cites: { relation: string; evidence: number }[];
}
const [story] = (dataset as unknown as { stories: { id: string; steps: StoryStep[] }[] }).stories;
const quoteOf = (relation: string, evidence: number) =>
  dataset.relations.find((r) => r.id === relation)?.evidence[evidence]?.quote ?? "";

for (const width of [1000, 390]) {
  test(`a story plays inside the embed, ${width} px wide: steps, excerpts, links, Esc, and back to it`, async ({
    page,
  }) => {
    if (!story) throw new Error("data/graph.json has no story");
    const [second, third, first] = [story.steps[1], story.steps[2], story.steps[0]];
    if (!second || !third || !first) throw new Error("the story is too short");
    // The embed code copied while the story shows its second step plays the story from there.
    const code = await embedCodeFromDialog(page, `/?story=${story.id}&step=2`, HOST);
    const src = new URL(/src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, "&") ?? "");
    expect(src.searchParams.get("story")).toBe(story.id);
    expect(src.searchParams.get("step")).toBe("2");
    await page.setViewportSize({ width: width + 40, height: 900 });
    const sized = code.replace('width="100%"', `width="${width}"`);
    const { frame, embed, offOrigin, errors } = await openStory(page, HOST, `story-${width}.html`, sized);
    const player = frame.getByTestId("story-player");
    const heading = player.getByRole("heading", { level: 2 });
    await expect(heading).toHaveText(second.heading);
    for (const cite of second.cites)
      await expect(
        player.locator(`.story-excerpt[data-passage="${cite.relation}#${cite.evidence}"] .story-quote`),
      ).toHaveText(quoteOf(cite.relation, cite.evidence));

    // Next works without waking the graph (the card is over the guard); the step's links are drawn.
    await player.getByRole("button", { name: "Next →" }).click();
    await expect(heading).toHaveText(third.heading);
    await expect(frame.getByTestId("embed-guard")).toBeVisible();
    await embed.waitForFunction(() => !window.throughline?.cy.animated());
    const drawn = await embed.evaluate(
      (ids) =>
        ids.filter((id) => {
          const e = window.throughline?.cy.getElementById(id);
          return !e?.visible() || e.hasClass("is-untold");
        }),
      third.cites.map((c) => c.relation),
    );
    expect(drawn, "cited links not drawn").toEqual([]);
    expect(await embed.evaluate(() => window.throughline?.cy.$(".is-untold").length)).toBeGreaterThan(0);
    // The card stays inside the frame; the full app opens at the same step.
    const box = await player.boundingBox();
    const frameBox = await page.locator("iframe").boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((frameBox?.x ?? 0) + width + 1);
    const open = new URL(
      (await frame.getByRole("link", { name: /Open in Throughline/ }).getAttribute("href")) ?? "",
    );
    expect(open.searchParams.get("story")).toBe(story.id);
    expect(open.searchParams.get("step")).toBe("3");
    expect(open.searchParams.get("embed")).toBeNull();

    // Esc leaves the story and shows the whole graph again; the bar offers the story again.
    await heading.focus();
    await page.keyboard.press("Escape");
    await expect(player).toHaveCount(0);
    expect(await embed.evaluate(() => window.throughline?.cy.$(".is-untold").length)).toBe(0);
    await frame.getByRole("button", { name: "Story", exact: true }).click();
    await expect(heading).toHaveText(first.heading);
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
  });
}

for (const width of [320, 390, 800, 1280]) {
  test(`fits an iframe ${width} px wide: nothing overflows, graph and excerpts both in sight`, async ({
    page,
  }) => {
    // The code is copied in the app on a desktop; the story page is then read in a narrow window.
    const code = await embedCodeFromDialog(page, "/?relation=flynn-kislyak-intercepted-contact", HOST);
    await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
    const sized = code.replace('width="100%"', `width="${width}"`);
    const { frame, embed, offOrigin, errors } = await openStory(page, HOST, `w${width}.html`, sized);
    await expect(detailsHeading(frame)).toContainText("Michael Flynn");
    const layout = await embed.evaluate(() => {
      const rect = (s: string) => document.querySelector(s)?.getBoundingClientRect();
      const graph = rect(".embed-canvas");
      const panel = rect(".embed-panel");
      return {
        viewport: window.innerWidth,
        scrollWidth: document.documentElement.scrollWidth,
        graph: graph && { w: graph.width, h: graph.height, bottom: graph.bottom, right: graph.right },
        panel: panel && { w: panel.width, h: panel.height, top: panel.top, left: panel.left },
      };
    });
    expect(layout.viewport).toBe(width);
    expect(layout.scrollWidth).toBeLessThanOrEqual(width);
    if (!layout.graph || !layout.panel) throw new Error("graph or panel missing");
    expect(layout.graph.h).toBeGreaterThan(200);
    expect(layout.panel.h).toBeGreaterThan(150);
    if (width < 500) {
      // Phones: the excerpts under the graph, both full width.
      expect(layout.panel.top).toBeGreaterThanOrEqual(layout.graph.bottom - 1);
      expect(layout.graph.w).toBeGreaterThan(width - 2);
    } else {
      expect(layout.panel.left).toBeGreaterThanOrEqual(layout.graph.right - 1);
      expect(layout.graph.w).toBeGreaterThan(width * 0.5);
    }
    await page.locator("iframe").screenshot({ path: `test-results/embed-${width}.png` });
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
  });
}

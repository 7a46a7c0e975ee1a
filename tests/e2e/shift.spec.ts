// Issue 14, "No blank page, no jump": a first load moves nothing once painted (cumulative layout
// shift ≤ 0.02, as Chromium's PerformanceObserver reports it), on a wide screen and on a phone; and a
// filter list that scrolls shows that it does.
import { expect, test } from "@playwright/test";
import { ORIGIN } from "./helpers";

interface Shift {
  value: number;
  at: number;
  sources: string[];
}

for (const { width, height, mobile } of [
  { width: 1440, height: 900, mobile: false },
  { width: 1024, height: 768, mobile: true },
  { width: 390, height: 844, mobile: true },
]) {
  test(`a first load shifts the layout by at most 0.02 at ${width}×${height}`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width, height },
      isMobile: mobile,
      hasTouch: mobile,
    });
    const page = await context.newPage();
    // From the first byte: every shift the page makes, buffered, until the panels have all arrived.
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: Shift[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEntry[]) {
          const e = entry as PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node | null }[];
          };
          if (e.hadRecentInput) continue;
          w.__shifts.push({
            value: e.value,
            at: Math.round(e.startTime),
            sources: (e.sources ?? []).map((s) =>
              s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node?.nodeName),
            ),
          });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    // A first visit: the "Start here" invitation comes too.
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => window.throughline?.layoutDone === true);
    await page.locator(".legend-strip").first().waitFor({ state: "attached" });
    await expect(page.getByTestId("story-start")).toBeAttached();
    // Lazy panels mount just after the first frame: give the last of them time to land.
    await page.waitForTimeout(1500);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(0.02);
    await context.close();
  });
}

test("a filter list longer than its box shows that it scrolls: a row cut at the edge, a shade over it", async ({
  page,
}) => {
  await page.goto("/");
  await page.waitForFunction(() => window.throughline?.layoutDone === true);
  const country = page.locator(".facet").filter({ has: page.locator("summary", { hasText: /^Country/ }) });
  await country.locator("summary").click();
  const list = country.locator("fieldset");
  const measure = () =>
    list.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const rows = [...el.querySelectorAll(".facet-option")].map((r) => r.getBoundingClientRect());
      const style = getComputedStyle(el);
      return {
        scrolls: el.scrollHeight > el.clientHeight + 1,
        // A row that straddles the bottom edge, at least a quarter of it in view.
        cut: rows.some((r) => r.top < box.bottom - r.height / 4 && r.bottom > box.bottom + 2),
        shades: (style.backgroundImage.match(/gradient/g) ?? []).length,
        attachment: style.backgroundAttachment,
      };
    });
  const before = await measure();
  expect(before.scrolls).toBe(true);
  expect(before.cut).toBe(true);
  // The shade layers: two that travel with the content (they hide the shades at the ends), two fixed.
  expect(before.shades).toBe(4);
  expect(before.attachment).toMatch(/^local, local, scroll, scroll/);
  // Scrolled to its end, the last country is whole.
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = list.locator(".facet-option").last();
  await expect(last).toBeInViewport({ ratio: 1 });
  // The legend strip (it scrolls on phones, where there are no scroll bars) carries the same shade.
  const legend = await page
    .locator(".legend-strip")
    .evaluate((el) => [getComputedStyle(el).backgroundImage, getComputedStyle(el).backgroundAttachment]);
  expect(legend[0]?.match(/gradient/g)).toHaveLength(4);
  expect(legend[1]).toMatch(/^local, local, scroll, scroll/);
});

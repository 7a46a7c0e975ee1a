// Visual regression at 1440×900: the main screen, a selected link, a path and an exported image,
// compared with the pictures kept in tests/e2e/__screenshots__/. A change that moves a node, drops a
// label or recolours the legend fails; font anti-aliasing does not (see TOLERANCE). When a change
// to the picture is intended, look at the new pictures and update them:
//   npx vite build && E2E_PORT=… npx playwright test tests/e2e/visual.spec.ts --update-snapshots
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../browser";
import { dataset, openApp } from "./helpers";
import { nothingMoving } from "./readability";

// Render with exactly the fonts a clean Debian machine has (fonts-dejavu-core), whatever else is
// installed here: see fonts.conf.
test.use({
  viewport: { width: 1440, height: 900 },
  deviceScaleFactor: 1,
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      "--font-render-hinting=none",
      "--disable-lcd-text",
      "--force-color-profile=srgb",
    ],
    env: { ...process.env, FONTCONFIG_FILE: resolve("tests/e2e/fonts.conf") },
  },
});

/**
 * Per pixel, a colour distance under 0.25 counts as the same (anti-aliased glyph edges differ by
 * less between Chromium builds); in all, at most 1 % of the pixels may differ. Moving one node or
 * dropping one label changes more than that in a cropped canvas picture.
 */
const TOLERANCE = { threshold: 0.25, maxDiffPixelRatio: 0.01 } as const;

/** Waits until neither the camera nor any node is moving, and the pointer is off the canvas. */
async function settled(page: Page) {
  await page.mouse.move(0, 0);
  await page.waitForFunction(nothingMoving, true);
  // Two frames, so that the last camera move is drawn.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

const flynnKislyak = dataset.relations.find((r) => r.id === "flynn-kislyak-intercepted-contact");

test("main screen", async ({ page }) => {
  await openApp(page);
  await settled(page);
  await expect(page).toHaveScreenshot("main-screen.png", TOLERANCE);
});

test("a selected link", async ({ page }) => {
  if (!flynnKislyak) throw new Error("no flynn-kislyak-intercepted-contact in the dataset");
  await openApp(page, `/?relation=${flynnKislyak.id}`);
  await expect(page.locator("blockquote").first()).toHaveText(flynnKislyak.evidence[0]?.quote ?? "");
  await settled(page);
  await expect(page).toHaveScreenshot("selected-link.png", TOLERANCE);
});

test("a path", async ({ page }) => {
  await openApp(page, "/?from=rex-tillerson&to=vladimir-putin");
  await expect
    .poll(() => page.evaluate(() => window.throughline?.cy.$(".is-path").length ?? 0))
    .toBeGreaterThan(2);
  await settled(page);
  await expect(page).toHaveScreenshot("path.png", TOLERANCE);
});

test("an exported PNG of the whole graph", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("radio", { name: "PNG" }).check();
  await dialog.getByRole("radio", { name: "1×" }).check();
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Export", exact: true }).click();
  const bytes = readFileSync(await (await download).path());
  expect(bytes).toMatchSnapshot("export.png", TOLERANCE);
});

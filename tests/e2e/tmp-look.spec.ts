import { test } from "@playwright/test";
import { clickNode, openApp } from "./helpers";

test("look", async ({ page }) => {
  await openApp(page);
  await clickNode(page, "igor-sechin");
  await page.getByRole("button", { name: "Focus on neighbours" }).click();
  await page.waitForTimeout(600);
  await page.mouse.move(700, 850);
  await page.screenshot({ path: "test-results/look-focus.png" });
  await page.keyboard.press("Escape");
  await page.getByRole("combobox", { name: "Search actors and excerpts" }).fill("trump");
  await page.screenshot({ path: "test-results/look-suggest.png" });
});

import { describe, expect, it } from "vitest";
import layout from "../../../data/layout.json";
import { realDataset } from "../../test/realDataset";
import { layoutPositions, loadBundledDataset, loadBundledTexts } from "./bundled";

describe("#loadBundledDataset", () => {
  it("should give exactly what the checking loader gives, plus the precomputed positions", async () => {
    // The browser trusts the bundled file (no zod at startup) because this holds and data:check passes.
    const result = loadBundledDataset();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { positions, ...dataset } = result.dataset;
    // The texts come on demand; with them, it is the checked dataset.
    const texts = await loadBundledTexts();
    const withTexts = { ...dataset, articles: dataset.articles.map((a) => ({ ...a, text: texts[a.id] })) };
    expect(withTexts).toEqual(realDataset().dataset);
    expect(positions).toEqual(layoutPositions(layout));
  });
});

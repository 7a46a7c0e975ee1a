import { describe, expect, it } from "vitest";
import layout from "../../data/layout.json";
import { realDataset } from "../test/realDataset";
import { layoutPositions, loadBundledDataset, loadBundledTexts } from "./bundled";

describe("#loadBundledDataset", () => {
  it("should give exactly what the checking loader gives, plus the precomputed positions", async () => {
    // The browser trusts the bundled file (no zod at startup) because this holds and data:check passes.
    const result = loadBundledDataset();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { positions, deferredStories, ...dataset } = result.dataset;
    // The texts and the stories come on demand; with them, it is the checked dataset.
    const texts = await loadBundledTexts();
    const stories = await deferredStories?.load();
    const withTexts = {
      ...dataset,
      articles: dataset.articles.map((a) => ({ ...a, text: texts[a.id] })),
      stories,
    };
    expect(withTexts).toEqual(realDataset().dataset);
    expect(deferredStories?.catalog).toEqual(
      realDataset().dataset.stories?.map((s) => ({ id: s.id, title: s.title, steps: s.steps.length })),
    );
    expect(positions).toEqual(layoutPositions(layout));
  });
});

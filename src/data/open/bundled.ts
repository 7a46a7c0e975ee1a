// The curated dataset shipped with the app and its precomputed layout. Its article texts are only
// read by the article reader, so they load on demand (loadBundledTexts), not in the first download.
//
// It is not checked again in the browser: `npm run data:check` runs it through the same check as
// every other dataset (check.ts), and bundled.test.ts asserts that this trusted path gives exactly
// what that check gives. That keeps zod out of the first download.
import bundled from "virtual:throughline/dataset";
import layout from "../../../data/layout.json";
import type { Dataset, Positions, Story, StoryInfo } from "../types";
import { type LoadResult, opened } from "./result";
import { textsByArticle } from "./texts";

// data/graph.json, whose stories load when played (vite.config.ts splits the file in two).
const { storyCatalog, ...graph } = bundled as Dataset & { storyCatalog: StoryInfo[] };

const PREFIX = "../../../data/";
const articleFiles = import.meta.glob("../../../data/articles/*.txt", {
  query: "?raw",
  import: "default",
}) as Record<string, () => Promise<string>>;

/** The article texts by article id, fetched on first use, matched by texts.ts like any other. */
export async function loadBundledTexts(): Promise<Record<string, string>> {
  const files = new Map(
    await Promise.all(
      Object.entries(articleFiles).map(
        async ([path, load]) => [path.slice(PREFIX.length), await load()] as const,
      ),
    ),
  );
  return { ...textsByArticle(graph, files) };
}

/** data/layout.json's positions ([x, y] per entity id), as the canvas takes them. */
export function layoutPositions(file: { positions: Record<string, number[]> }): Positions {
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, [x = 0, y = 0] = []] of Object.entries(file.positions)) out[id] = { x, y };
  return out;
}

export const BUNDLED_FILE = "data/graph.json";

export function loadBundledDataset(): LoadResult {
  const dataset = graph as Dataset;
  return opened(BUNDLED_FILE, {
    ...dataset,
    // Texts arrive later, through the store's text loader.
    articles: dataset.articles.map((a) => ({ ...a, text: a.text ?? "" })),
    positions: layoutPositions(layout),
    ...(storyCatalog.length > 0 && {
      deferredStories: {
        catalog: storyCatalog,
        load: () => import("virtual:throughline/stories").then((m) => m.default as Story[]),
      },
    }),
  });
}

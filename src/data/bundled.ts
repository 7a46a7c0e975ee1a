// The curated dataset shipped with the app and its precomputed layout. Its article texts are only
// read by the article reader, so they load on demand (loadBundledTexts), not in the first download.
//
// It is not checked again in the browser: `npm run data:check` checks it against the schema and
// every excerpt against its article, and bundled.test.ts asserts that this trusted path gives
// exactly what the checking loader (load.ts) gives. That keeps zod (and the integrity checks) out
// of the first download; files a user opens still go through load.ts, which is loaded when needed.

import bundled from "virtual:throughline/dataset";
import layout from "../../data/layout.json";
import type { LoadResult } from "./load";
import type { Dataset, Positions, Story, StoryInfo } from "./types";

// data/graph.json, whose stories load when played (vite.config.ts splits the file in two).
const { storyCatalog, ...graph } = bundled as Dataset & { storyCatalog: StoryInfo[] };

const articleFiles = import.meta.glob("../../data/articles/*.txt", {
  query: "?raw",
  import: "default",
}) as Record<string, () => Promise<string>>;

/** The article texts by article id, fetched on first use. */
export async function loadBundledTexts(): Promise<Record<string, string>> {
  const dataset = graph as Dataset;
  const entries = await Promise.all(
    dataset.articles.map(async (a) => {
      const load = articleFiles[`../../data/${a.file}`];
      return [a.id, load ? await load() : ""] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** data/layout.json's positions ([x, y] per entity id), as the canvas takes them. */
export function layoutPositions(file: { positions: Record<string, number[]> }): Positions {
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, [x = 0, y = 0] = []] of Object.entries(file.positions)) out[id] = { x, y };
  return out;
}

export function loadBundledDataset(): LoadResult {
  const dataset = graph as Dataset;
  return {
    ok: true,
    dataset: {
      ...dataset,
      // Texts arrive later, through the store's text loader (see main.tsx).
      articles: dataset.articles.map((a) => ({ ...a, text: a.text ?? "" })),
      positions: layoutPositions(layout),
      ...(storyCatalog.length > 0 && {
        deferredStories: {
          catalog: storyCatalog,
          load: () => import("virtual:throughline/stories").then((m) => m.default as Story[]),
        },
      }),
    },
  };
}

// The curated dataset shipped with the app, with its article texts and precomputed layout.
//
// It is not checked again in the browser: `npm run data:check` checks it against the schema and
// every excerpt against its article, and bundled.test.ts asserts that this trusted path gives
// exactly what the checking loader (load.ts) gives. That keeps zod (and the integrity checks) out
// of the first download; files a user opens still go through load.ts, which is loaded when needed.
import graph from "../../data/graph.json";
import layout from "../../data/layout.json";
import type { LoadResult } from "./load";
import type { Dataset, Positions } from "./types";

const articleFiles = import.meta.glob("../../data/articles/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Texts keyed as the dataset names them: `articles/<name>.txt`, relative to `data/`. */
const filesByPath: Record<string, string> = Object.fromEntries(
  Object.entries(articleFiles).map(([path, text]) => [path.replace("../../data/", ""), text]),
);

/** data/layout.json's positions ([x, y] per entity id), as the canvas takes them. */
export function layoutPositions(file: { positions: Record<string, number[]> }): Positions {
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, [x = 0, y = 0] = []] of Object.entries(file.positions)) out[id] = { x, y };
  return out;
}

export function loadBundledDataset(): LoadResult {
  const dataset = graph as unknown as Dataset;
  return {
    ok: true,
    dataset: {
      ...dataset,
      articles: dataset.articles.map((a) => ({ ...a, text: a.text ?? filesByPath[a.file] ?? "" })),
      positions: layoutPositions(layout),
    },
  };
}

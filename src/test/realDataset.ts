// The curated dataset in data/, read from disk for unit tests (no Vite globbing needed), through the
// same check as every dataset (data/open/check.ts).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkJsonText } from "../data/open/check";
import type { LoadedDataset } from "../data/types";
import { buildIndex, type DatasetIndex } from "../domain/indexes";

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

let cached: { dataset: LoadedDataset; index: DatasetIndex } | null = null;

/** data/graph.json with its article texts, checked, and its index. Throws if invalid. */
export function realDataset(): { dataset: LoadedDataset; index: DatasetIndex } {
  if (cached) return cached;
  const files = new Map<string, string>();
  for (const name of readdirSync(join(DATA_DIR, "articles"))) {
    if (name.endsWith(".txt"))
      files.set(`articles/${name}`, readFileSync(join(DATA_DIR, "articles", name), "utf8"));
  }
  const result = checkJsonText("data/graph.json", readFileSync(join(DATA_DIR, "graph.json"), "utf8"), files);
  if (!result.ok) {
    throw new Error(`data/graph.json does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
  }
  cached = { dataset: result.dataset, index: buildIndex(result.dataset) };
  return cached;
}

/** The ids of the Newsweek report and of the blog rewrite of it. */
export const NEWSWEEK = "newsweek-2017-02-15";
export const BLOG = "mindy-fischer-writer-2017-02";

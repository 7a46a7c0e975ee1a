// The curated dataset in data/, read from disk (no Vite globbing needed) through the same check as
// every dataset (src/data/open/check.ts): for `npm run data:layout`, the bench and the unit tests.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkJsonText } from "../src/data/open/check";
import type { LoadedDataset } from "../src/data/types";
import { buildIndex, type DatasetIndex } from "../src/domain/indexes";

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "data");

let cached: { dataset: LoadedDataset; index: DatasetIndex } | null = null;

/** data/graph.json with its article texts, checked, and its index. Throws if invalid. */
export function readCurated(): { dataset: LoadedDataset; index: DatasetIndex } {
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

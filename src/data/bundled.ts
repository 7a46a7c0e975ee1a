// The curated dataset shipped with the app, with its article texts, checked like any other file.
import graph from "../../data/graph.json";
import { type LoadResult, loadDataset } from "./load";

const articleFiles = import.meta.glob("../../data/articles/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Texts keyed as the dataset names them: `articles/<name>.txt`, relative to `data/`. */
const filesByPath = Object.fromEntries(
  Object.entries(articleFiles).map(([path, text]) => [path.replace("../../data/", ""), text]),
);

export function loadBundledDataset(): LoadResult {
  const result = loadDataset(graph, filesByPath);
  return result.ok
    ? result
    : { ok: false, problems: result.problems.map((p) => ({ file: "data/graph.json", ...p })) };
}

// Every edit is checked by the loader's own check (src/data/open/check.ts): the zod schema and the
// integrity rules, on the whole dataset as it would be saved. An edit that makes any error is
// refused with the loader's messages, each at its JSON path.
import { checkDataset } from "../../data/open/check";
import type { Problem } from "../../data/open/problems";
import type { LoadedDataset } from "../../data/types";
import { toFileDataset } from "./serialize";

/**
 * The errors the loader would report on this dataset. A dataset without articles yet (a new one)
 * is allowed while editing; saving it is not (see `saveProblems`).
 */
export function datasetErrors(dataset: LoadedDataset): Problem[] {
  const file = toFileDataset(dataset, { embedAll: true });
  const { problems } = checkDataset(file, {});
  return problems.filter(
    (p) =>
      p.severity === "error" &&
      !(dataset.articles.length === 0 && p.path === "articles" && /1|least|small/.test(p.message)),
  );
}

/** What stops a dataset from being saved: the loader's errors, including "no article yet". */
export function saveProblems(dataset: LoadedDataset): Problem[] {
  const { problems } = checkDataset(toFileDataset(dataset, { embedAll: true }), {});
  return problems.filter((p) => p.severity === "error");
}

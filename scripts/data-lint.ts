// `npm run data:lint [file]`: the editorial checks of src/data/lint.ts on a dataset file
// (data/graph.json by default), after the schema and integrity checks pass. Prints every warning
// with its place; exits 1 if there is any that the data does not acknowledge.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { lintDataset } from "../src/data/lint";
import { checkDataset } from "../src/data/open/check";
import { formatProblem, problem } from "../src/data/open/problems";
import { parseJson } from "../src/lib/jsonError";

function main(argv: string[]): number {
  const file = argv[0] ?? "data/graph.json";
  const shown = relative(process.cwd(), file) || file;
  const parsed = parseJson(readFileSync(file, "utf8"));
  if (!parsed.ok) {
    console.error(
      formatProblem(
        shown,
        problem("json", "(file)", `line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`),
      ),
    );
    return 1;
  }
  const texts: Record<string, string> = {};
  const articles = (parsed.value as { articles?: Array<{ id?: unknown; file?: unknown; text?: unknown }> })
    .articles;
  for (const article of Array.isArray(articles) ? articles : []) {
    if (
      typeof article?.id !== "string" ||
      typeof article.file !== "string" ||
      typeof article.text === "string"
    )
      continue;
    if (article.file.split("/").includes("..")) continue;
    try {
      texts[article.id] = readFileSync(join(dirname(file), article.file), "utf8");
    } catch {
      // data:check reports the unreadable file
    }
  }
  const { dataset, problems } = checkDataset(parsed.value, texts);
  if (dataset === null) {
    for (const p of problems) console.error(formatProblem(shown, p));
    console.error(`${shown}: fix the ${problems.length} problem(s) npm run data:check reports first`);
    return 1;
  }
  const warnings = lintDataset(dataset, texts);
  for (const w of warnings) console.error(`${shown} → ${w.path}: ${w.message} [${w.rule}]`);
  const acknowledged = [
    ...dataset.entities,
    ...dataset.relations,
    ...dataset.relations.flatMap((r) => r.evidence),
  ].reduce((n, item) => n + (item.acknowledge?.length ?? 0), 0);
  if (warnings.length > 0) {
    console.error(`${shown}: ${warnings.length} editorial warning${warnings.length === 1 ? "" : "s"}`);
    return 1;
  }
  console.log(
    `${shown}: editorial checks pass (${acknowledged} acknowledged exception${acknowledged === 1 ? "" : "s"})`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));

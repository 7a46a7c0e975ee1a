// `npm run data:check [file]`: checks a dataset file (data/graph.json by default) against its schema
// and its articles, printing every problem; exits 1 if there is any.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { checkDataset, formatProblem, type Problem, parseJson } from "../src/data/integrity";

const SAFE_FILE = /^[a-z0-9][a-z0-9._/-]*\.txt$/;

function main(argv: string[]): number {
  const file = argv[0] ?? "data/graph.json";
  const shown = relative(process.cwd(), file) || file;
  const fail = (problems: Problem[]): number => {
    for (const p of problems) console.error(formatProblem(shown, p));
    console.error(`${shown}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    return 1;
  };

  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    return fail([{ path: "(root)", message: `cannot read the file: ${(error as Error).message}` }]);
  }
  const parsed = parseJson(source);
  if (!parsed.ok) return fail([parsed.problem]);

  // Read the texts of the articles the file lists (paths relative to the file's folder); the
  // schema check that follows reports anything malformed about the list itself.
  const texts: Record<string, string> = {};
  const readProblems: Problem[] = [];
  const value = parsed.value as { articles?: unknown } | null;
  const articles =
    value !== null && typeof value === "object" && Array.isArray(value.articles) ? value.articles : [];
  articles.forEach((article: unknown, i) => {
    if (article === null || typeof article !== "object") return;
    const { id, file: articleFile, text } = article as { id?: unknown; file?: unknown; text?: unknown };
    if (typeof id !== "string" || typeof text === "string" || typeof articleFile !== "string") return;
    if (!SAFE_FILE.test(articleFile) || articleFile.split("/").includes("..")) return;
    const path = join(dirname(file), articleFile);
    try {
      texts[id] = readFileSync(path, "utf8");
    } catch (error) {
      readProblems.push({
        path: `articles[${i}].file`,
        message: `cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      });
    }
  });

  const { dataset, problems } = checkDataset(parsed.value, texts);
  const all = [...readProblems, ...problems];
  if (all.length > 0 || dataset === null) return fail(all);

  const excerpts = dataset.relations.reduce((n, r) => n + r.evidence.length, 0);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const counts = [
    count(dataset.entities.length, "entity", "entities"),
    count(dataset.relations.length, "relation", "relations"),
    count(excerpts, "excerpt", "excerpts"),
    count(dataset.articles.length, "article", "articles"),
  ];
  console.log(`${shown}: ${counts.join(", ")} — all checks pass`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

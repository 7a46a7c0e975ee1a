// `npm run data:check [file]`: checks a dataset file (data/graph.json by default) through the same
// check the app runs on every file it opens (src/data/open/check.ts), with the article texts read
// from disk beside it, printing every problem; exits 1 if there is any error.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { checkJsonText } from "../src/data/open/check";
import { decodeText } from "../src/data/open/decode";
import { formatProblem, type Problem, problem } from "../src/data/open/problems";
import { neededTextFiles } from "../src/data/open/texts";
import { parseJson } from "../src/lib/jsonError";

function read(path: string): { ok: true; text: string } | { ok: false; message: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      ok: false,
      message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}

function main(argv: string[]): number {
  const file = argv[0] ?? "data/graph.json";
  const shown = relative(process.cwd(), file) || file;
  const report = (problems: readonly Problem[]): void => {
    for (const p of problems) console.error(formatProblem(shown, p));
  };

  const json = read(file);
  if (!json.ok) {
    report([problem("unreadable", "(file)", json.message)]);
    return 1;
  }
  // The texts of the articles the file lists, as paths relative to its folder; only paths the
  // format allows (texts.ts) are read.
  const files = new Map<string, string>();
  const readProblems: Problem[] = [];
  const parsed = parseJson(json.text.charCodeAt(0) === 0xfeff ? json.text.slice(1) : json.text);
  for (const path of parsed.ok ? neededTextFiles(parsed.value) : []) {
    const text = read(join(dirname(file), path));
    if (text.ok) files.set(path, text.text);
    else readProblems.push(problem("unreadable", "(file)", text.message, { file: path }));
  }

  const result = checkJsonText(shown, json.text, files);
  const all = [...readProblems, ...result.problems];
  report(all);
  if (!result.ok || readProblems.length > 0) {
    const errors = all.filter((p) => p.severity === "error").length;
    console.error(`${shown}: ${errors} problem${errors === 1 ? "" : "s"}`);
    return 1;
  }
  const { dataset } = result;
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

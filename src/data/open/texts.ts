// The one rule that matches article texts to articles, whoever opens the dataset: an article's own
// `text` when it has one; otherwise the text given under its `file` path (`articles/x.txt`), or
// else under that path's file name (`x.txt`, as a picked file is named). Tolerates any input shape:
// the check reports what is wrong with it. No zod here.
import { ARTICLE_FILE_PATTERN, LIMITS } from "../vocabulary";
import { baseName } from "./result";

interface RawArticle {
  id?: unknown;
  file?: unknown;
  text?: unknown;
}

function rawArticles(value: unknown): RawArticle[] {
  const articles = (value as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return [];
  return articles
    .slice(0, LIMITS.articles)
    .filter((a): a is RawArticle => a !== null && typeof a === "object" && !Array.isArray(a));
}

/** Whether an article's `file` may be read or requested: a relative path inside the dataset's folder. */
export function isSafeArticleFile(file: unknown): file is string {
  return typeof file === "string" && file.length <= 200 && ARTICLE_FILE_PATTERN.test(file);
}

/**
 * The `file` of each article that has no embedded `text` and whose path is safe to read, each once.
 * Only these are ever read from disk or requested from the server.
 */
export function neededTextFiles(value: unknown): string[] {
  const files: string[] = [];
  for (const { file, text } of rawArticles(value)) {
    if (typeof text !== "string" && isSafeArticleFile(file) && !files.includes(file)) files.push(file);
  }
  return files;
}

/** Article id → text, from texts keyed by path (`articles/x.txt`) or by file name (`x.txt`). */
export function textsByArticle(value: unknown, files: ReadonlyMap<string, string>): Record<string, string> {
  const texts: Record<string, string> = Object.create(null);
  for (const { id, file, text } of rawArticles(value)) {
    if (typeof id !== "string") continue;
    if (typeof text === "string") texts[id] = text;
    else if (typeof file === "string") {
      const found = files.get(file) ?? files.get(baseName(file));
      if (found !== undefined) texts[id] = found;
    }
  }
  return texts;
}

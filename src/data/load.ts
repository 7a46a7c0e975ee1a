// Turning files into a checked dataset. Shared by the bundled dataset and (later) files a user opens.
import { checkDataset, type Problem } from "./integrity";
import type { LoadedDataset } from "./types";

export type LoadResult = { ok: true; dataset: LoadedDataset } | { ok: false; problems: Problem[] };

/**
 * Maps each article id to its text, from texts keyed by file path relative to `data/`
 * (e.g. `articles/x.txt`). Tolerates any input shape: validation reports what is wrong.
 */
export function textsByArticleId(input: unknown, filesByPath: Readonly<Record<string, string>>) {
  const texts: Record<string, string> = Object.create(null);
  const articles = (input as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return texts;
  for (const article of articles) {
    if (!article || typeof article !== "object") continue;
    const { id, file } = article as { id?: unknown; file?: unknown };
    if (typeof id === "string" && typeof file === "string" && Object.hasOwn(filesByPath, file)) {
      texts[id] = filesByPath[file] as string;
    }
  }
  return texts;
}

export function loadDataset(input: unknown, filesByPath: Readonly<Record<string, string>>): LoadResult {
  const texts = textsByArticleId(input, filesByPath);
  const { dataset, problems } = checkDataset(input, texts);
  if (!dataset || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dataset: {
      ...dataset,
      articles: dataset.articles.map((a) => ({ ...a, text: a.text ?? texts[a.id] ?? "" })),
      ...embeddedTextsOf(dataset.articles),
    },
  };
}

/** `{ embeddedTexts }` naming the articles that carried their own `text`; nothing when none did. */
export function embeddedTextsOf(articles: readonly { id: string; text?: string | undefined }[]): {
  embeddedTexts?: string[];
} {
  const ids = articles.filter((a) => a.text !== undefined).map((a) => a.id);
  return ids.length > 0 ? { embeddedTexts: ids } : {};
}

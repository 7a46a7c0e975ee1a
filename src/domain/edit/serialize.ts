// "Save dataset": the dataset's JSON written the way data/graph.json is laid out, so that a git diff
// of two versions reads cleanly: keys always in the schema's order, articles and stories spread
// over lines, one actor per line, one link per line with one excerpt per line under it. Pure.
import {
  Article as ArticleSchema,
  StoryCitation as CitationSchema,
  Dataset as DatasetSchema,
  Entity as EntitySchema,
  Evidence as EvidenceSchema,
  Relation as RelationSchema,
  StoryStep as StepSchema,
  Story as StorySchema,
} from "../../data/schema";
import type { Article, Dataset, LoadedDataset } from "../../data/types";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const keysOf = (schema: { shape: object }): readonly string[] => Object.keys(schema.shape);
const ORDER = {
  dataset: keysOf(DatasetSchema),
  article: keysOf(ArticleSchema),
  entity: keysOf(EntitySchema),
  relation: keysOf(RelationSchema),
  evidence: keysOf(EvidenceSchema),
  story: keysOf(StorySchema),
  step: keysOf(StepSchema),
  citation: keysOf(CitationSchema),
};

/** The object's own keys, known ones in `order` first, then any others as they come; undefined skipped. */
function ordered(value: Record<string, unknown>, order: readonly string[]): Array<[string, unknown]> {
  const keys = [
    ...order.filter((k) => Object.hasOwn(value, k)),
    ...Object.keys(value).filter((k) => !order.includes(k)),
  ];
  return keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]]);
}

/** One value on one line, with a space after every colon and comma (as in data/graph.json). */
export function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(", ")}}`;
  }
  return JSON.stringify(value as Json);
}

const inlineOrdered = (value: Record<string, unknown>, order: readonly string[]) =>
  `{${ordered(value, order)
    .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
    .join(", ")}}`;

/** `"key": [` … `]` with each item on its own line, or `[]` when empty. */
function list(indent: string, key: string, items: string[]): string {
  if (items.length === 0) return `${indent}${JSON.stringify(key)}: []`;
  return `${indent}${JSON.stringify(key)}: [\n${items.join(",\n")}\n${indent}]`;
}

/** An object spread over lines, with `render` deciding how each of its fields is written. */
function block(
  indent: string,
  value: Record<string, unknown>,
  order: readonly string[],
  render: (key: string, value: unknown, inner: string) => string | null = () => null,
): string {
  const inner = `${indent}  `;
  const lines = ordered(value, order).map(
    ([k, v]) => render(k, v, inner) ?? `${inner}${JSON.stringify(k)}: ${inline(v)}`,
  );
  return `${indent}{\n${lines.join(",\n")}\n${indent}}`;
}

function relationLine(relation: Record<string, unknown>): string {
  const head = ordered(relation, ORDER.relation).filter(([k]) => k !== "evidence");
  const evidence = (relation.evidence as Array<Record<string, unknown>> | undefined) ?? [];
  const fields = head.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(", ");
  const lines = evidence.map((e) => `      ${inlineOrdered(e, ORDER.evidence)}`);
  return `    {${fields}, "evidence": [\n${lines.join(",\n")}\n    ]}`;
}

function storyBlock(story: Record<string, unknown>): string {
  return block("    ", story, ORDER.story, (key, value, inner) =>
    key === "steps"
      ? list(
          inner,
          "steps",
          (value as Array<Record<string, unknown>>).map((step) =>
            block(`${inner}  `, step, ORDER.step, (k, v, stepInner) =>
              k === "cites"
                ? list(
                    stepInner,
                    "cites",
                    (v as Array<Record<string, unknown>>).map(
                      (c) => `${stepInner}  ${inlineOrdered(c, ORDER.citation)}`,
                    ),
                  )
                : null,
            ),
          ),
        )
      : null,
  );
}

/** A dataset in the file format as text, laid out for readable diffs; ends with a newline. */
export function formatDataset(dataset: Dataset): string {
  const value = dataset as unknown as Record<string, unknown>;
  const text = block("", value, ORDER.dataset, (key, v, inner) => {
    const items = v as Array<Record<string, unknown>>;
    switch (key) {
      case "articles":
        return list(
          inner,
          key,
          items.map((a) => block(`${inner}  `, a, ORDER.article)),
        );
      case "entities":
        return list(
          inner,
          key,
          items.map((e) => `${inner}  ${inlineOrdered(e, ORDER.entity)}`),
        );
      case "relations":
        return list(inner, key, items.map(relationLine));
      case "stories":
        return list(inner, key, items.map(storyBlock));
      default:
        return null;
    }
  });
  return `${text}\n`;
}

export interface SaveOptions {
  /** Embed every article's text, making one file that opens on its own. */
  embedAll?: boolean;
}

/**
 * The open (edited) dataset in the file format: articles whose text came embedded (or were pasted
 * in the editor) carry it; the others refer to their `.txt` file, which is saved beside it.
 */
export function toFileDataset(dataset: LoadedDataset, options: SaveOptions = {}): Dataset {
  const embedded = new Set(dataset.embeddedTexts ?? []);
  const articles: Article[] = dataset.articles.map(({ text, ...article }) =>
    options.embedAll || embedded.has(article.id) ? { ...article, text } : article,
  );
  return {
    version: 1,
    title: dataset.title,
    ...(dataset.description !== undefined ? { description: dataset.description } : {}),
    articles,
    entities: dataset.entities,
    relations: dataset.relations,
    ...(dataset.stories && dataset.stories.length > 0 ? { stories: dataset.stories } : {}),
  };
}

/** The articles whose text is not embedded in the saved JSON: their `.txt` files go beside it. */
export function textFilesToSave(
  dataset: LoadedDataset,
  options: SaveOptions = {},
): Array<{ file: string; text: string }> {
  if (options.embedAll) return [];
  const embedded = new Set(dataset.embeddedTexts ?? []);
  return dataset.articles.filter((a) => !embedded.has(a.id)).map((a) => ({ file: a.file, text: a.text }));
}

/**
 * Every file of a save in the repository's layout, as a .zip holds them: the dataset's JSON as
 * `jsonName`, then each article text not embedded at its `file` path (`articles/x.txt`), once.
 */
export function filesToSave(
  dataset: LoadedDataset,
  jsonName: string,
  options: SaveOptions = {},
): Array<{ path: string; text: string }> {
  const files = [{ path: jsonName, text: formatDataset(toFileDataset(dataset, options)) }];
  for (const { file, text } of textFilesToSave(dataset, options))
    if (!files.some((f) => f.path === file)) files.push({ path: file, text });
  return files;
}

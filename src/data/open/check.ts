// The one check every dataset goes through, whoever opens it (a picked file, `?data=`, the bundled
// file at build time through `npm run data:check`, the tests): its size, its shape (the zod schema)
// and the rules a schema cannot express — ids unique and resolvable, every excerpt found verbatim
// in the article it cites, no link surer than its evidence. Schema, reference and quote problems
// come in one pass: an element whose own shape is wrong is left out of the later rules, the rest is
// still checked. Work is bounded: each excerpt is looked for once, up to its first occurrence.
// No Node APIs, no DOM, and no input may make it throw.
import { parseJson } from "../../lib/jsonError";
import { lintDataset } from "../lint";
import { type IndexedText, indexText, normalizeWhitespace } from "../quotes";
import {
  Article as ArticleSchema,
  CLAIM_STATUSES,
  Dataset as DatasetSchema,
  Entity as EntitySchema,
  LIMITS,
  Relation as RelationSchema,
} from "../schema";
import { checkStories } from "../storyChecks";
import type { Article, ClaimStatus, Dataset, Entity, Relation } from "../types";
import { FILE_LIMITS, formatBytes } from "./limits";
import { issueProblems } from "./messages";
import { FILE_PATH, type Problem, problem, ROOT_PATH } from "./problems";
import { errorText, type LoadResult, opened, refused } from "./result";
import { textsByArticle } from "./texts";

/** Counts the work a check does (characters scanned), so tests can hold it to a bound. */
export interface Meter {
  steps: number;
}

export interface CheckResult {
  /** The parsed dataset when, and only when, there are no errors; otherwise null. */
  dataset: Dataset | null;
  problems: Problem[];
}

type Indexed<T> = { i: number; v: T };

const LISTS = ["articles", "entities", "relations"] as const;

/** Lists longer than the limits are refused before the schema walks every element. */
function checkCounts(value: unknown): Problem[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  const problems: Problem[] = [];
  for (const key of LISTS) {
    const list = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(list) && list.length > LIMITS[key]) {
      problems.push(
        problem(
          "too-many",
          key,
          `has ${list.length.toLocaleString("en")} items; the limit is ${LIMITS[key].toLocaleString("en")}`,
        ),
      );
    }
  }
  return problems;
}

/** All article texts together may not exceed FILE_LIMITS.totalText characters. */
function checkTotalText(texts: Record<string, string>): Problem[] {
  let total = 0;
  for (const id in texts) total += (texts[id] as string).length;
  if (total <= FILE_LIMITS.totalText) return [];
  return [
    problem(
      "too-large",
      "articles",
      `hold ${formatBytes(total)} of text together; the limit is ${formatBytes(FILE_LIMITS.totalText)}`,
    ),
  ];
}

/** The raw list under `key` as far as it is an array, with each element's index. */
function rawList(input: unknown, key: (typeof LISTS)[number]): unknown[] {
  const list =
    input && typeof input === "object" && Object.hasOwn(input, key)
      ? (input as Record<string, unknown>)[key]
      : undefined;
  return Array.isArray(list) ? list : [];
}

/** Every string id in a raw list, so a malformed element still counts as existing for references. */
function rawIds(list: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const item of list) {
    const id = item && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}

/** The elements of a raw list whose own shape is right, parsed, with their indices. */
function wellFormed<T>(
  list: readonly unknown[],
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
) {
  const out: Indexed<T>[] = [];
  list.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push({ i, v: parsed.data as T });
  });
  return out;
}

const withIndex = <T>(list: readonly T[]): Indexed<T>[] => list.map((v, i) => ({ i, v }));

/**
 * Checks a dataset (anything, e.g. the result of JSON.parse) against the schema and the integrity
 * rules. `texts` maps article id → the article's full text; an article's own `text` takes
 * precedence. Never throws.
 */
export function checkDataset(input: unknown, texts: Record<string, string>, meter?: Meter): CheckResult {
  try {
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      const what = input === null ? "null" : Array.isArray(input) ? "a list" : `a ${typeof input}`;
      return {
        dataset: null,
        problems: [
          problem(
            "schema",
            ROOT_PATH,
            `should be an object with articles, entities and relations, not ${what}`,
          ),
        ],
      };
    }
    const counts = checkCounts(input);
    if (counts.length > 0) return { dataset: null, problems: counts };

    const parsed = DatasetSchema.safeParse(input);
    const problems: Problem[] = parsed.success
      ? []
      : parsed.error.issues.flatMap((issue) => issueProblems(issue, input));
    const articles = parsed.success
      ? withIndex(parsed.data.articles)
      : wellFormed<Article>(rawList(input, "articles"), ArticleSchema);
    const entities = parsed.success
      ? withIndex(parsed.data.entities)
      : wellFormed<Entity>(rawList(input, "entities"), EntitySchema);
    const relations = parsed.success
      ? withIndex(parsed.data.relations)
      : wellFormed<Relation>(rawList(input, "relations"), RelationSchema);
    const known = {
      articles: rawIds(rawList(input, "articles")),
      entities: rawIds(rawList(input, "entities")),
    };
    problems.push(...checkIntegrity({ articles, entities, relations }, known, texts, meter));
    if (parsed.success && (parsed.data.stories?.length ?? 0) > 0)
      problems.push(...storyProblems(parsed.data, texts));
    return { dataset: parsed.success && problems.length === 0 ? parsed.data : null, problems };
  } catch (error) {
    return {
      dataset: null,
      problems: [problem("internal", ROOT_PATH, `could not be checked: ${errorText(error)}`)],
    };
  }
}

/** The stories' own rules (storyChecks.ts), against the texts of the articles that have one. */
function storyProblems(dataset: Dataset, texts: Record<string, string>): Problem[] {
  const indexed = new Map<string, IndexedText>();
  for (const article of dataset.articles) {
    const text = article.text ?? (Object.hasOwn(texts, article.id) ? texts[article.id] : undefined);
    if (typeof text === "string") indexed.set(article.id, indexText(text));
  }
  return checkStories(dataset, indexed).map(({ path, message }) =>
    problem(
      /^no (entity|relation|article) /.test(message)
        ? "unknown-reference"
        : message.startsWith("duplicate")
          ? "duplicate-id"
          : "story",
      path,
      message,
    ),
  );
}

/** Records where each id first appears in a list and reports later duplicates. */
function firstIndexOfIds(list: readonly Indexed<{ id: string }>[], listName: string, problems: Problem[]) {
  const first = new Map<string, number>();
  for (const { i, v } of list) {
    const earlier = first.get(v.id);
    if (earlier === undefined) first.set(v.id, i);
    else
      problems.push(
        problem(
          "duplicate-id",
          `${listName}[${i}].id`,
          `repeats '${v.id}', already the id of ${listName}[${earlier}]`,
        ),
      );
  }
  return first;
}

/** How certain a status is: 0 is the most certain (confirmed). */
const certainty = (status: ClaimStatus) => CLAIM_STATUSES.indexOf(status);

function checkIntegrity(
  lists: { articles: Indexed<Article>[]; entities: Indexed<Entity>[]; relations: Indexed<Relation>[] },
  known: { articles: Set<string>; entities: Set<string> },
  texts: Record<string, string>,
  meter: Meter | undefined,
): Problem[] {
  const problems: Problem[] = [];
  firstIndexOfIds(lists.articles, "articles", problems);
  const entityAt = firstIndexOfIds(lists.entities, "entities", problems);
  firstIndexOfIds(lists.relations, "relations", problems);
  // Nodes and edges share one id space in the graph view, so a relation may not reuse an entity's id.
  for (const { i, v } of lists.relations) {
    const entity = entityAt.get(v.id);
    if (entity !== undefined)
      problems.push(
        problem(
          "duplicate-id",
          `relations[${i}].id`,
          `'${v.id}' is already the id of an actor (entities[${entity}])`,
        ),
      );
  }

  // Articles: what they derive from exists, and each has a text to check excerpts against.
  const textOf = new Map<string, string>();
  for (const { i, v: article } of lists.articles) {
    if (article.derivedFrom !== null) {
      const path = `articles[${i}].derivedFrom`;
      if (article.derivedFrom === article.id)
        problems.push(problem("self-reference", path, "names the article itself"));
      else if (!known.articles.has(article.derivedFrom))
        problems.push(problem("unknown-reference", path, `names no article '${article.derivedFrom}'`));
    }
    const text = article.text ?? (Object.hasOwn(texts, article.id) ? texts[article.id] : undefined);
    if (typeof text !== "string") {
      problems.push(
        problem(
          "no-text",
          `articles[${i}]`,
          `has no text: embed it as "text", or give its file '${article.file}' with the dataset`,
        ),
      );
    } else if (!textOf.has(article.id)) textOf.set(article.id, text);
  }

  // Entities: the organizations they belong to exist.
  for (const { i, v: entity } of lists.entities) {
    entity.organizations.forEach((org, j) => {
      const path = `entities[${i}].organizations[${j}]`;
      if (org === entity.id) problems.push(problem("self-reference", path, "names the actor itself"));
      else if (!known.entities.has(org))
        problems.push(problem("unknown-reference", path, `names no actor '${org}'`));
    });
  }

  // Each article's text with its white space collapsed, made once and only when a quote needs it;
  // each distinct quote looked for once per article, up to its first occurrence.
  const normalized = new Map<string, string>();
  const found = new Map<string, boolean>();
  const isInArticle = (article: string, quote: string): boolean | undefined => {
    const raw = textOf.get(article);
    if (raw === undefined) return undefined;
    let haystack = normalized.get(article);
    if (haystack === undefined) {
      haystack = normalizeWhitespace(raw);
      normalized.set(article, haystack);
      if (meter) meter.steps += raw.length;
    }
    const needle = normalizeWhitespace(quote);
    const key = `${article}\u0000${needle}`;
    let yes = found.get(key);
    if (yes === undefined) {
      const at = needle === "" ? -1 : haystack.indexOf(needle);
      if (meter) meter.steps += quote.length + (at < 0 ? haystack.length : at + needle.length);
      yes = at >= 0;
      found.set(key, yes);
    } else if (meter) meter.steps += quote.length;
    return yes;
  };

  // Relations: both ends exist and differ; every excerpt is in its article; no claim is surer than its evidence.
  for (const { i, v: relation } of lists.relations) {
    const at = `relations[${i}]`;
    for (const end of ["source", "target"] as const) {
      if (!known.entities.has(relation[end]))
        problems.push(problem("unknown-reference", `${at}.${end}`, `names no actor '${relation[end]}'`));
    }
    if (relation.source === relation.target)
      problems.push(
        problem("self-reference", `${at}.target`, `is the same actor as its source ('${relation.source}')`),
      );
    let surest: number = CLAIM_STATUSES.length;
    relation.evidence.forEach((evidence, j) => {
      surest = Math.min(surest, certainty(evidence.status));
      const path = `${at}.evidence[${j}]`;
      if (!known.articles.has(evidence.article)) {
        problems.push(
          problem("unknown-reference", `${path}.article`, `names no article '${evidence.article}'`),
        );
        return;
      }
      // undefined: the article has no text or is malformed, reported there.
      if (isInArticle(evidence.article, evidence.quote) === false)
        problems.push(
          problem(
            "quote-not-found",
            `${path}.quote`,
            `is not found word for word in article '${evidence.article}'`,
          ),
        );
    });
    if (certainty(relation.status) < surest) {
      problems.push(
        problem(
          "status-too-certain",
          `${at}.status`,
          `is '${relation.status}', surer than its surest excerpt ('${CLAIM_STATUSES[surest] ?? "none"}')`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Checks a parsed dataset with the article texts that came with it (keyed by path or file name;
 * see texts.ts) and gives the one result every way of opening a dataset gives.
 */
export function checkValue(
  file: string,
  value: unknown,
  files: ReadonlyMap<string, string>,
  meter?: Meter,
): LoadResult {
  try {
    const counts = checkCounts(value);
    if (counts.length > 0) return refused(file, counts);
    const texts = textsByArticle(value, files);
    const total = checkTotalText(texts);
    if (total.length > 0) return refused(file, total);
    const { dataset, problems } = checkDataset(value, texts, meter);
    if (!dataset) return refused(file, problems);
    const articles = dataset.articles.map((a) => ({ ...a, text: a.text ?? texts[a.id] ?? "" }));
    return opened(
      file,
      { ...dataset, articles, ...embeddedTextsOf(dataset.articles) },
      editorialWarnings({ ...dataset, articles }),
    );
  } catch (error) {
    return refused(file, [problem("internal", ROOT_PATH, `could not be checked: ${errorText(error)}`)]);
  }
}

/**
 * The editorial checks (lint.ts) on a dataset that passed the check, as warnings: the reader is told
 * where the data may say more than its articles, and the dataset still opens. Runs here, in the
 * loader's worker, so the checks never reach the first download.
 */
export function editorialWarnings(dataset: Dataset): Problem[] {
  try {
    return lintDataset(dataset).map((w) =>
      problem("editorial", w.path, `${w.message} [${w.rule}]`, { severity: "warning" }),
    );
  } catch (error) {
    return [
      problem("internal", ROOT_PATH, `could not run the editorial checks: ${errorText(error)}`, {
        severity: "warning",
      }),
    ];
  }
}

/** `{ embeddedTexts }` naming the articles that carried their own `text`; nothing when none did. */
export function embeddedTextsOf(articles: readonly { id: string; text?: string | undefined }[]): {
  embeddedTexts?: string[];
} {
  const ids = articles.filter((a) => a.text !== undefined).map((a) => a.id);
  return ids.length > 0 ? { embeddedTexts: ids } : {};
}

/** The problem for a text that is not JSON, saying where it stops being JSON. */
export function jsonProblem(failure: { line: number; column: number; reason: string }): Problem {
  return problem(
    "json",
    FILE_PATH,
    `is not valid JSON: at line ${failure.line}, column ${failure.column}, ${failure.reason}`,
  );
}

/** Parses and checks a dataset's JSON text. Synchronous; never throws. */
export function checkJsonText(
  file: string,
  text: string,
  files: ReadonlyMap<string, string>,
  meter?: Meter,
): LoadResult {
  try {
    if (text.length > FILE_LIMITS.jsonBytes) {
      return refused(file, [
        problem("too-large", FILE_PATH, `is larger than the limit of ${formatBytes(FILE_LIMITS.jsonBytes)}`),
      ]);
    }
    const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!parsed.ok) return refused(file, [jsonProblem(parsed)]);
    return checkValue(file, parsed.value, files, meter);
  } catch (error) {
    return refused(file, [problem("internal", ROOT_PATH, `could not be read: ${errorText(error)}`)]);
  }
}

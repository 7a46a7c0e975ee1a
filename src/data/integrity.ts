// The dataset's checks: its shape (the zod schema) and then the rules a schema cannot express —
// ids unique and resolvable, and every excerpt found verbatim in the article it cites, so that the
// data says no more than the articles do. Shared by `npm run data:check` and the app's loader, so:
// no Node APIs here, and no input may make it throw.

import { type IndexedText, indexText, locateQuoteIn } from "./quotes";
import { CLAIM_STATUSES, Dataset as DatasetSchema } from "./schema";
import { checkStories } from "./storyChecks";
import type { ClaimStatus, Dataset } from "./types";

/** One thing wrong with a dataset: where (a path like `relations[12].evidence[0].quote`) and what. */
export interface Problem {
  path: string;
  message: string;
  /** The file it was found in, when the problem comes from a file the user opened. */
  file?: string;
}

export interface CheckResult {
  /** The parsed dataset when, and only when, there are no problems at all; otherwise null. */
  dataset: Dataset | null;
  problems: Problem[];
}

const ROOT = "(root)";
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Renders a path such as ["relations", 12, "evidence", 0, "quote"] as `relations[12].evidence[0].quote`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === "" ? ROOT : out;
}

/** `data/graph.json → relations[12].evidence[0].quote: not found in article 'newsweek-2017-02-15'` */
export function formatProblem(file: string, p: Problem): string {
  return `${file} → ${p.path}: ${p.message}`;
}

/** How certain a status is: 0 is the most certain (confirmed). */
function certainty(status: ClaimStatus): number {
  return CLAIM_STATUSES.indexOf(status);
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "unknown error";
  }
}

/**
 * Checks a dataset (anything, e.g. the result of JSON.parse) against the schema and then against
 * the integrity rules. `texts` maps article id → the article's full text; an article's own `text`
 * field, when present, takes precedence. Never throws.
 */
export function checkDataset(input: unknown, texts: Record<string, string>): CheckResult {
  try {
    const parsed = DatasetSchema.safeParse(input);
    if (!parsed.success) {
      return {
        dataset: null,
        problems: parsed.error.issues.map((issue) => ({
          path: formatPath(issue.path),
          message: issue.message,
        })),
      };
    }
    const dataset = parsed.data;
    const problems = checkIntegrity(dataset, texts);
    return { dataset: problems.length === 0 ? dataset : null, problems };
  } catch (error) {
    return {
      dataset: null,
      problems: [{ path: ROOT, message: `could not be checked: ${describeError(error)}` }],
    };
  }
}

/** Records where each id first appears in a list and reports later duplicates. */
function indexIds(
  list: ReadonlyArray<{ id: string }>,
  listName: string,
  kind: string,
  problems: Problem[],
): Map<string, number> {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else
      problems.push({
        path: `${listName}[${i}].id`,
        message: `duplicate ${kind} id '${item.id}' (first at ${listName}[${earlier}])`,
      });
  });
  return first;
}

function checkIntegrity(dataset: Dataset, texts: Record<string, string>): Problem[] {
  const problems: Problem[] = [];
  const articleIds = indexIds(dataset.articles, "articles", "article", problems);
  const entityIds = indexIds(dataset.entities, "entities", "entity", problems);
  indexIds(dataset.relations, "relations", "relation", problems);
  // Nodes and edges share one id space in the graph view, so a relation may not reuse an entity's id.
  dataset.relations.forEach((relation, i) => {
    const entity = entityIds.get(relation.id);
    if (entity !== undefined) {
      problems.push({
        path: `relations[${i}].id`,
        message: `relation id '${relation.id}' is also an entity id (entities[${entity}])`,
      });
    }
  });

  // Articles: what they derive from exists, and each has a text to check excerpts against.
  const indexed = new Map<string, IndexedText>();
  dataset.articles.forEach((article, i) => {
    if (article.derivedFrom !== null) {
      if (article.derivedFrom === article.id) {
        problems.push({
          path: `articles[${i}].derivedFrom`,
          message: `article '${article.id}' cannot derive from itself`,
        });
      } else if (!articleIds.has(article.derivedFrom)) {
        problems.push({ path: `articles[${i}].derivedFrom`, message: `no article '${article.derivedFrom}'` });
      }
    }
    const text = article.text ?? (Object.hasOwn(texts, article.id) ? texts[article.id] : undefined);
    if (typeof text !== "string") {
      problems.push({ path: `articles[${i}]`, message: `no text for article '${article.id}'` });
    } else if (!indexed.has(article.id)) {
      indexed.set(article.id, indexText(text));
    }
  });

  // Entities: the organizations they belong to exist.
  dataset.entities.forEach((entity, i) => {
    entity.organizations.forEach((org, j) => {
      const path = `entities[${i}].organizations[${j}]`;
      if (org === entity.id)
        problems.push({ path, message: `entity '${entity.id}' cannot belong to itself` });
      else if (!entityIds.has(org)) problems.push({ path, message: `no entity '${org}'` });
    });
  });

  // Relations: both ends exist and differ; every excerpt is in its article; no claim is surer than its evidence.
  dataset.relations.forEach((relation, i) => {
    const at = `relations[${i}]`;
    if (!entityIds.has(relation.source))
      problems.push({ path: `${at}.source`, message: `no entity '${relation.source}'` });
    if (!entityIds.has(relation.target))
      problems.push({ path: `${at}.target`, message: `no entity '${relation.target}'` });
    if (relation.source === relation.target) {
      problems.push({ path: `${at}.target`, message: `relation links '${relation.source}' to itself` });
    }
    let surest: number = CLAIM_STATUSES.length;
    relation.evidence.forEach((evidence, j) => {
      surest = Math.min(surest, certainty(evidence.status));
      const path = `${at}.evidence[${j}]`;
      if (!articleIds.has(evidence.article)) {
        problems.push({ path: `${path}.article`, message: `no article '${evidence.article}'` });
        return;
      }
      const text = indexed.get(evidence.article);
      if (text === undefined) return; // reported once, on the article
      if (locateQuoteIn(text, evidence.quote).length === 0) {
        problems.push({ path: `${path}.quote`, message: `not found in article '${evidence.article}'` });
      }
    });
    if (certainty(relation.status) < surest) {
      problems.push({
        path: `${at}.status`,
        message: `'${relation.status}' is more certain than its most certain evidence ('${CLAIM_STATUSES[surest] ?? "none"}')`,
      });
    }
  });

  problems.push(...checkStories(dataset, indexed));
  return problems;
}

/** Line and column (both from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: before.length - lastBreak };
}

/**
 * Parses JSON text; on failure, a Problem saying where (line and column) it stopped making sense.
 * Never throws.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const offset = firstJsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset);
    const reason =
      offset >= text.length ? "unexpected end of text" : `unexpected ${JSON.stringify(text.charAt(offset))}`;
    return {
      ok: false,
      problem: {
        path: ROOT,
        message: `not valid JSON at line ${line}, column ${column}: ${reason} (${describeError(error)})`,
      },
    };
  }
}

/**
 * The offset of the first character that makes `text` invalid JSON (text.length when it ends too
 * early). JSON.parse's messages do not say where on every engine, so this walks the grammar itself.
 */
export function firstJsonErrorOffset(text: string): number {
  let i = 0;
  class Stop {
    readonly at: number;
    constructor(at: number) {
      this.at = at;
    }
  }
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail();
      i++;
    }
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text.charAt(i) >= "0" && text.charAt(i) <= "9") i++;
    if (i === start) fail();
  };
  const number = () => {
    if (text.charAt(i) === "-") i++;
    if (text.charAt(i) === "0") i++;
    else digits();
    if (text.charAt(i) === ".") {
      i++;
      digits();
    }
    if (text.charAt(i) === "e" || text.charAt(i) === "E") {
      i++;
      if (text.charAt(i) === "+" || text.charAt(i) === "-") i++;
      digits();
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i++;
        return;
      }
      if (ch < 0x20) fail();
      if (ch === 0x5c) {
        i++;
        const esc = text.charAt(i);
        if (esc === "u") {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text.charAt(i))) fail();
          }
          i++;
        } else if ('"\\/bfnrt'.includes(esc) && esc !== "") i++;
        else fail();
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 1_000) fail();
    ws();
    const ch = text.charAt(i);
    if (ch === "{") {
      i++;
      ws();
      if (text.charAt(i) === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail();
        string();
        ws();
        if (text.charAt(i) !== ":") fail();
        i++;
        value(depth + 1);
        ws();
        if (text.charAt(i) === ",") i++;
        else if (text.charAt(i) === "}") {
          i++;
          return;
        } else fail();
      }
    } else if (ch === "[") {
      i++;
      ws();
      if (text.charAt(i) === "]") {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text.charAt(i) === ",") i++;
        else if (text.charAt(i) === "]") {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '"') string();
    else if (ch === "t") literal("true");
    else if (ch === "f") literal("false");
    else if (ch === "n") literal("null");
    else if (ch === "-" || (ch >= "0" && ch <= "9")) number();
    else fail();
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (stop) {
    return stop instanceof Stop ? Math.min(stop.at, text.length) : 0;
  }
}

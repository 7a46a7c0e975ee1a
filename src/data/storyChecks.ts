// The integrity rules of a dataset's stories (the schema has checked their shape): every id a step
// names exists, every cited excerpt exists, and every word a step puts in quotation marks is found
// verbatim in an article the step cites, so that a story says no more than its excerpts do.
// Pure, no Node APIs: the app's loader runs it too.

import { type IndexedText, locateQuoteIn } from "./quotes";
import type { Dataset, StoryStep } from "./types";

/** A problem with a story: where and what; open/check.ts gives it its code and severity. */
export interface StoryFinding {
  path: string;
  message: string;
}

/** Opening and closing quotation marks a step's words may be quoted with. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["“", "”"],
  ["«", "»"],
  ["„", "“"],
];

export interface QuotedPassage {
  /** The words between the marks. */
  words: string;
  /** Offset of the opening mark in the text. */
  at: number;
}

/**
 * The passages a text puts in double quotation marks (straight "…", curly “…”, «…», „…“), and the
 * offset of a mark left unclosed, if any. Single quotes are not read: ’ is also an apostrophe.
 */
export function quotedPassages(text: string): { passages: QuotedPassage[]; unclosedAt: number | null } {
  const passages: QuotedPassage[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const pair = QUOTE_PAIRS.find(([open]) => open === ch);
    if (!pair) {
      // A closing mark with no opening one is unbalanced too (straight quotes open and close alike).
      if (ch === "”" || ch === "»") return { passages, unclosedAt: i };
      i++;
      continue;
    }
    const close = text.indexOf(pair[1], i + 1);
    if (close < 0) return { passages, unclosedAt: i };
    passages.push({ words: text.slice(i + 1, close), at: i });
    i = close + 1;
  }
  return { passages, unclosedAt: null };
}

const short = (words: string) => (words.length > 60 ? `${words.slice(0, 57)}…` : words);

/**
 * Checks `dataset.stories`. `indexed` holds the texts of the articles that have one; a quote cannot
 * be checked against an article without a text (that is reported on the article already).
 */
export function checkStories(dataset: Dataset, indexed: ReadonlyMap<string, IndexedText>): StoryFinding[] {
  const problems: StoryFinding[] = [];
  const stories = dataset.stories ?? [];
  if (stories.length === 0) return problems;
  const entities = new Set(dataset.entities.map((e) => e.id));
  const relations = new Map(dataset.relations.map((r) => [r.id, r] as const));
  const articles = new Set(dataset.articles.map((a) => a.id));

  const storyAt = new Map<string, number>();
  stories.forEach((story, s) => {
    const at = `stories[${s}]`;
    const earlier = storyAt.get(story.id);
    if (earlier !== undefined)
      problems.push({
        path: `${at}.id`,
        message: `duplicate story id '${story.id}' (first at stories[${earlier}])`,
      });
    else storyAt.set(story.id, s);
    for (const [n, step] of story.steps.entries()) checkStep(step, `${at}.steps[${n}]`);
  });
  return problems;

  function entity(id: string, path: string) {
    if (!entities.has(id)) problems.push({ path, message: `no entity '${id}'` });
  }
  function relation(id: string, path: string) {
    if (!relations.has(id)) problems.push({ path, message: `no relation '${id}'` });
  }

  function checkStep(step: StoryStep, at: string) {
    // The excerpts it cites exist; the articles they come from are what its quoted words must be in.
    const cited = new Set<string>();
    let broken = false;
    step.cites.forEach((cite, c) => {
      const path = `${at}.cites[${c}]`;
      const rel = relations.get(cite.relation);
      if (!rel) {
        problems.push({ path: `${path}.relation`, message: `no relation '${cite.relation}'` });
        broken = true;
        return;
      }
      const evidence = rel.evidence[cite.evidence];
      if (!evidence) {
        const count = rel.evidence.length;
        problems.push({
          path: `${path}.evidence`,
          message: `relation '${rel.id}' has no evidence[${cite.evidence}] (it has ${count} excerpt${count === 1 ? "" : "s"})`,
        });
        broken = true;
        return;
      }
      cited.add(evidence.article);
    });

    // With a citation broken, what the quoted words must be checked against is not known yet.
    for (const field of broken ? [] : (["heading", "text"] as const)) {
      const { passages, unclosedAt } = quotedPassages(step[field]);
      if (unclosedAt !== null)
        problems.push({
          path: `${at}.${field}`,
          message: `quotation mark at character ${unclosedAt + 1} is not closed`,
        });
      for (const { words } of passages) {
        if (words.trim() === "") continue;
        const found = [...cited].some((a) => {
          const text = indexed.get(a);
          return text !== undefined && locateQuoteIn(text, words, 1).length > 0;
        });
        // An article without a text cannot be checked (that is reported on the article).
        const unchecked = [...cited].some((a) => !indexed.has(a));
        if (!found && !unchecked) {
          const where =
            cited.size === 0
              ? "no cited excerpt to check them against"
              : `not found in the cited article${cited.size === 1 ? "" : "s"} ${[...cited].map((a) => `'${a}'`).join(", ")}`;
          problems.push({ path: `${at}.${field}`, message: `quoted words "${short(words)}": ${where}` });
        }
      }
    }

    for (const [i, id] of (step.introduces?.entities ?? []).entries())
      entity(id, `${at}.introduces.entities[${i}]`);
    for (const [i, id] of (step.introduces?.relations ?? []).entries())
      relation(id, `${at}.introduces.relations[${i}]`);

    const view = step.view;
    if (!view) return;
    if (view.focus) entity(view.focus.id, `${at}.view.focus.id`);
    if (view.selection) {
      const path = `${at}.view.selection.id`;
      if (view.selection.kind === "entity") entity(view.selection.id, path);
      else relation(view.selection.id, path);
    }
    if (view.path) {
      entity(view.path.from, `${at}.view.path.from`);
      entity(view.path.to, `${at}.view.path.to`);
      if (view.path.from === view.path.to)
        problems.push({ path: `${at}.view.path.to`, message: "a path needs two different entities" });
    }
    for (const [i, id] of (view.filters?.organizations ?? []).entries())
      entity(id, `${at}.view.filters.organizations[${i}]`);
    const source = view.filters?.source;
    if (source && (source.mode === "article" || source.mode === "only") && !articles.has(source.article))
      problems.push({ path: `${at}.view.filters.source.article`, message: `no article '${source.article}'` });
  }
}

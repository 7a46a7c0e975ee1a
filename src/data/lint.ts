// Editorial checks beyond the schema: places where a dataset may say more (or other) than its
// articles even though every excerpt is verbatim. `npm run data:lint` runs them on data/graph.json
// (and fails on any warning); the app runs them on a dataset a reader opens and shows the result as
// warnings beside the load problems. A curator sets a deliberate exception aside in the data, on the
// thing the warning points at: `acknowledge: [{ "rule": "…", "reason": "…" }]`.
// Pure functions, no Node APIs, never throws on a dataset that passed checkDataset.

import type { DateValue } from "./dates";
import { type IndexedText, indexText, locateQuoteIn } from "./quotes";
import { type ExcerptContext, excerptContext, sentenceSpans } from "./sentences";
import type { Acknowledgement, ClaimStatus, Dataset, RelationType } from "./types";
import type { LINT_RULES } from "./vocabulary";

export type LintRule = (typeof LINT_RULES)[number];

/** One editorial warning: which check, where (a JSON path), and what to look at. */
export interface LintWarning {
  rule: LintRule;
  path: string;
  message: string;
}

/**
 * Phrases that hedge what follows them: an excerpt cut after one of these, shown alone, reads as a
 * flat claim. Checked in the excerpt's own clause, before it.
 */
const HEDGES: ReadonlyArray<{ phrase: string; pattern: RegExp }> = [
  { phrase: "could not be confirmed", pattern: /\bcould not be confirmed\b/i },
  { phrase: "not confirmed", pattern: /\bnot (?:been |be )?confirmed\b/i },
  { phrase: "unclear", pattern: /\bunclear\b/i },
  { phrase: "not clear", pattern: /\bnot clear\b/i },
  { phrase: "whether", pattern: /\bwhether\b/i },
  { phrase: "alleged", pattern: /\balleged(?:ly)?\b/i },
  // Lowercase only: "Theresa May" is a name, "may" a hedge.
  { phrase: "may", pattern: /\bmay\b/ },
  { phrase: "might", pattern: /\bmight\b/i },
  { phrase: "out of concern", pattern: /\bout of concerns?\b/i },
  { phrase: "concern that", pattern: /\bconcerns? (?:that|about)\b/i },
  { phrase: "fear that", pattern: /\b(?:out of )?fears? (?:that|of)\b/i },
  { phrase: "apprehensive", pattern: /\bapprehensive\b/i },
  { phrase: "determined that", pattern: /\bdetermined that\b/i },
  { phrase: "concluded", pattern: /\bconcluded\b/i },
  { phrase: "consider", pattern: /\bconsider(?:s|ed)?\b/i },
];

/** Phrases that attribute a claim to someone: only a claim the article makes itself is confirmed. */
const ATTRIBUTIONS: ReadonlyArray<{ phrase: string; pattern: RegExp }> = [
  { phrase: "according to", pattern: /\baccording to\b/i },
  { phrase: "said", pattern: /\bsaid\b/i },
  { phrase: "says", pattern: /\bsays\b/i },
  { phrase: "told", pattern: /\btold\b/i },
  { phrase: "reportedly", pattern: /\breportedly\b/i },
];

/**
 * Words a relation type's excerpts should contain, for the types where wording tells: a `control`
 * link none of whose excerpts speaks of owning, directing or overseeing (hearings included) is
 * flagged for review, and so on. Types without an entry are not checked.
 */
export const TYPE_VOCABULARY: Partial<Record<RelationType, { meaning: string; pattern: RegExp }>> = {
  control: {
    meaning: "owns, directs or oversees",
    pattern:
      /\b(?:own(?:s|ed|er|ing)?|control(?:s|led|ling)?|direct(?:s|ed|ing|or)?|overs(?:ee|ees|aw|eeing|ight)|run(?:s|ning)?|ran|head(?:s|ed)?|manag(?:e|es|ed|ing)|hearings?)\b|[a-z]['’]s (?:company|business)\b/i,
  },
  office: {
    meaning: "holds a position in or for",
    pattern:
      /\b(?:president|prime minister|chancellor|minister|ambassador|secretary|advis[eo]r|representative|head|chief|executive|director|chair(?:man|woman)?|governor|senator|deputy|leader|spokes(?:man|woman|person)|official)\b/i,
  },
  family: {
    meaning: "kinship",
    pattern:
      /\b(?:father|mother|son|daughter|brother|sister|wife|husband|spouse|parents?|child(?:ren)?|uncle|aunt|cousin|nephew|niece|family|grand\w+|\w+-in-law)\b/i,
  },
  friendship: { meaning: "a personal friendship", pattern: /\bfriend/i },
  financial: {
    meaning: "money moves between them",
    pattern:
      /\b(?:money|pa(?:y|ys|id|yments?)|launder\w*|financ\w*|dollars?|funds?|funded|loans?|brib\w+|invest\w*)\b/i,
  },
  sanction: { meaning: "imposes sanctions", pattern: /\b(?:sanction\w*|blacklist\w*|embargo\w*)\b/i },
};

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const MIN_WORDS = 5;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How sure a status is: 0 is the surest. */
const SURENESS: Record<ClaimStatus, number> = { confirmed: 0, reported: 1, unconfirmed: 2, denied: 3 };

/** Apostrophes and white space made uniform, so "Trump’s" in the blog matches "Trump's". */
function fold(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether `phrase` occurs in `text` as whole words (case, apostrophes and white space folded). */
function containsWords(text: string, phrase: string): boolean {
  const needle = fold(phrase).trim();
  if (needle === "") return false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, "u");
  return pattern.test(fold(text));
}

function acknowledged(list: ReadonlyArray<Acknowledgement> | undefined, rule: LintRule): boolean {
  return list?.some((a) => a.rule === rule) ?? false;
}

/** The written dates of a date value: the date itself, or the sides a range has. */
function datesOf(value: DateValue): string[] {
  if (typeof value === "string") return [value];
  return [value.start, value.end].filter((d): d is string => d !== undefined);
}

/** The ways an article published on `published` may refer to `date`, as patterns. */
function dateForms(date: string, published: string | undefined): RegExp[] {
  const [yearText, monthText, dayText] = date.split("-");
  const year = Number(yearText);
  const forms: RegExp[] = [new RegExp(`\\b${escapeRegExp(date)}\\b`)];
  const [pubYear, pubMonth] = (published ?? "").split("-").map(Number);
  if (monthText === undefined) {
    forms.push(new RegExp(`\\b${year}\\b`));
    if (pubYear === year + 1) forms.push(/\blast year\b/i);
    if (pubYear === year) forms.push(/\bthis year\b/i);
    return forms;
  }
  const month = Number(monthText);
  const name = MONTHS[month - 1] ?? "";
  const short = name.slice(0, 3);
  const monthPattern = `(?:${name}|${short}\\.?)`;
  if (dayText === undefined) {
    forms.push(new RegExp(`\\b${monthPattern}(?![a-z])`, "i"));
    if (pubYear !== undefined && pubMonth !== undefined) {
      const before = pubMonth === 1 ? { y: pubYear - 1, m: 12 } : { y: pubYear, m: pubMonth - 1 };
      if (before.y === year && before.m === month) forms.push(/\blast month\b/i);
      if (pubYear === year && pubMonth === month) forms.push(/\bthis month\b/i);
    }
    return forms;
  }
  const day = Number(dayText);
  forms.push(new RegExp(`\\b${monthPattern}\\s+${day}(?!\\d)`, "i"));
  forms.push(new RegExp(`\\b${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${monthPattern}(?![a-z])`, "i"));
  return forms;
}

function quoted(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/**
 * The first hedge in `text` ("reportedly" counted among them): words by which the article holds back
 * from the claim. An excerpt that carries one is no confirmed claim, whatever status it is given;
 * the editor warns about it (not a rule of `data:lint`: "whether" may hedge another clause).
 */
export function hedgeIn(text: string): string | undefined {
  return (
    HEDGES.find((h) => h.pattern.test(text))?.phrase ??
    (/\breportedly\b/i.test(text) ? "reportedly" : undefined)
  );
}

/**
 * The hedge (for a status of 'reported' or surer) or the attribution (for 'confirmed') that the
 * excerpt's sentence frames it with and the excerpt leaves out, if any: the rule
 * `excerpt-drops-frame`, which the editor also applies to a selection before it becomes evidence.
 */
export function droppedFrame(
  context: Pick<ExcerptContext, "before" | "after">,
  quote: string,
  status: ClaimStatus,
): { phrase: string; kind: "hedge" | "attribution" } | undefined {
  const dropped = (list: typeof HEDGES, where: string) =>
    list.find((h) => h.pattern.test(where) && !h.pattern.test(quote));
  const sure = SURENESS[status];
  const hedge = sure <= SURENESS.reported ? dropped(HEDGES, context.before) : undefined;
  if (hedge) return { phrase: hedge.phrase, kind: "hedge" };
  const attribution =
    sure === SURENESS.confirmed
      ? (dropped(ATTRIBUTIONS, context.before) ?? dropped(ATTRIBUTIONS, context.after))
      : undefined;
  return attribution ? { phrase: attribution.phrase, kind: "attribution" } : undefined;
}

/**
 * Runs every editorial check on a dataset that passed checkDataset. `texts` maps article id → text
 * (an article's own `text` field takes precedence). Acknowledged exceptions are left out.
 */
export function lintDataset(dataset: Dataset, texts: Readonly<Record<string, string>> = {}): LintWarning[] {
  const warnings: LintWarning[] = [];
  const articles = new Map<
    string,
    { text: string; indexed: IndexedText; spans: ReturnType<typeof sentenceSpans>; published: string }
  >();
  for (const article of dataset.articles) {
    const text = article.text ?? (Object.hasOwn(texts, article.id) ? texts[article.id] : undefined);
    if (typeof text !== "string" || articles.has(article.id)) continue;
    articles.set(article.id, {
      text,
      indexed: indexText(text),
      spans: sentenceSpans(text),
      published: article.published,
    });
  }
  const allText = [...articles.values()].map((a) => a.text).join("\n");

  // Entities: aliases the articles use, and a link for every actor.
  const linked = new Set<string>();
  for (const r of dataset.relations) {
    linked.add(r.source);
    linked.add(r.target);
  }
  dataset.entities.forEach((entity, i) => {
    if (!acknowledged(entity.acknowledge, "alias-not-in-articles")) {
      entity.aliases.forEach((alias, j) => {
        if (!containsWords(allText, alias)) {
          warnings.push({
            rule: "alias-not-in-articles",
            path: `entities[${i}].aliases[${j}]`,
            message: `alias '${alias}' of '${entity.id}' appears in no article: aliases are names the articles use`,
          });
        }
      });
    }
    if (!linked.has(entity.id) && !acknowledged(entity.acknowledge, "isolated-entity")) {
      warnings.push({
        rule: "isolated-entity",
        path: `entities[${i}]`,
        message: `'${entity.id}' has no link: add the relation the articles state, or leave the actor out`,
      });
    }
  });

  dataset.relations.forEach((relation, i) => {
    const at = `relations[${i}]`;
    // Index-aligned with the evidence; a hole where an excerpt could not be placed.
    const sentences: Array<{ sentence: string; published: string } | undefined> = [];

    relation.evidence.forEach((evidence, j) => {
      const path = `${at}.evidence[${j}].quote`;
      const article = articles.get(evidence.article);
      const words = evidence.quote.split(/[\s—–]+/).filter((w) => WORD_CHAR.test(w)).length;
      if (words < MIN_WORDS && !acknowledged(evidence.acknowledge, "excerpt-too-short")) {
        warnings.push({
          rule: "excerpt-too-short",
          path,
          message: `excerpt ${quoted(evidence.quote)} has ${words} word${words === 1 ? "" : "s"} (fewer than ${MIN_WORDS}): too little for a reader to judge the claim`,
        });
      }
      sentences[j] = undefined;
      if (article === undefined) return;
      // The first place only: a one-letter quote occurs millions of times in a long text.
      const place = locateQuoteIn(article.indexed, evidence.quote, 1)[0];
      if (place === undefined) return; // checkDataset reports it
      const { text } = article;
      const firstChar = text.charAt(place.start);
      const lastChar = text.charAt(place.end - 1);
      const cutsStart = WORD_CHAR.test(firstChar) && WORD_CHAR.test(text.charAt(place.start - 1));
      const cutsEnd = WORD_CHAR.test(lastChar) && WORD_CHAR.test(text.charAt(place.end));
      if ((cutsStart || cutsEnd) && !acknowledged(evidence.acknowledge, "excerpt-cuts-word")) {
        warnings.push({
          rule: "excerpt-cuts-word",
          path,
          message: `excerpt ${quoted(evidence.quote)} ${cutsStart ? "starts" : "ends"} inside a word of the article`,
        });
      }
      const context = excerptContext(text, article.spans, place.start, place.end);
      sentences[j] = { sentence: context.sentence, published: article.published };

      if (acknowledged(evidence.acknowledge, "excerpt-drops-frame")) return;
      const missing = droppedFrame(context, evidence.quote, evidence.status);
      if (missing !== undefined) {
        warnings.push({
          rule: "excerpt-drops-frame",
          path,
          message: `excerpt leaves out "${missing.phrase}" of its sentence ${quoted(context.sentence, 140)} yet its status is '${evidence.status}': widen the excerpt, lower its status, or acknowledge why the ${missing.kind} does not bear on this claim`,
        });
      }
    });

    // The relation's type against its documented meaning, where the wording can tell.
    const vocabulary = TYPE_VOCABULARY[relation.type];
    if (
      vocabulary !== undefined &&
      !relation.evidence.some((e) => vocabulary.pattern.test(e.quote)) &&
      !acknowledged(relation.acknowledge, "type-vocabulary")
    ) {
      warnings.push({
        rule: "type-vocabulary",
        path: `${at}.type`,
        message: `'${relation.type}' means "${vocabulary.meaning}", but none of the excerpts of '${relation.id}' says so: check the type`,
      });
    }

    // A date is the date of the thing linked, so the cited sentences should give it, in some form.
    if (relation.date !== undefined && !acknowledged(relation.acknowledge, "date-not-in-excerpts")) {
      const missing = datesOf(relation.date).filter(
        (date) =>
          !sentences.some(
            (s) => s !== undefined && dateForms(date, s.published).some((f) => f.test(s.sentence)),
          ),
      );
      if (missing.length > 0) {
        warnings.push({
          rule: "date-not-in-excerpts",
          path: `${at}.date`,
          message: `date ${missing.join(", ")} of '${relation.id}' occurs in none of its cited sentences: is it the date of this link?`,
        });
      }
    }
    relation.evidence.forEach((evidence, j) => {
      const own = sentences[j];
      if (evidence.date === undefined || own === undefined) return;
      if (acknowledged(evidence.acknowledge, "date-not-in-excerpts")) return;
      const missing = datesOf(evidence.date).filter(
        (date) => !dateForms(date, own.published).some((f) => f.test(own.sentence)),
      );
      if (missing.length > 0) {
        warnings.push({
          rule: "date-not-in-excerpts",
          path: `${at}.evidence[${j}].date`,
          message: `date ${missing.join(", ")} occurs nowhere in the excerpt's sentence ${quoted(own.sentence, 100)}`,
        });
      }
    });
  });

  return warnings;
}

// The dataset's file format, as zod schemas. `data/graph.schema.json` is generated from these
// (`npm run data:schema`) and a test keeps it current. Types come from z.infer only (types.ts).
import "./zodConfig";
import { z } from "zod";
import { dateValueProblem } from "./dates";
import {
  ARTICLE_FILE_PATTERN,
  ATTRIBUTION_KINDS,
  CLAIM_STATUSES,
  ENTITY_TYPES,
  LAYOUT_NAMES,
  LIMITS,
  LINT_RULES,
  NAME_FORBIDDEN,
  RELATION_TYPES,
  STORY_LIMITS,
} from "./vocabulary";

export { ATTRIBUTION_KINDS, CLAIM_STATUSES, ENTITY_TYPES, LIMITS, LINT_RULES, RELATION_TYPES, STORY_LIMITS };

/**
 * Ids are lowercase words joined by dashes. `constructor` is refused because ids end up as keys of
 * plain objects (react-cytoscapejs diffs elements that way); `__proto__` and friends cannot match.
 */
export const ID_PATTERN = /^(?!constructor$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Id = z
  .string()
  .max(80)
  .regex(ID_PATTERN, "must be lowercase letters, digits and single dashes (and not 'constructor')");

export const EntityType = z.enum(ENTITY_TYPES);

export const RelationType = z.enum(RELATION_TYPES);

export const ClaimStatus = z.enum(CLAIM_STATUSES);

const NonEmptyText = (max: number) => z.string().trim().min(1).max(max);

/** A name shown as a label: no control characters, no text-direction overrides (see NAME_FORBIDDEN). */
const Name = (max: number) =>
  NonEmptyText(max).refine(
    (text) => !NAME_FORBIDDEN.test(text),
    "holds a control character or a text-direction override, which could make it read as something else",
  );

/** ISO 8601 date as precise as known: 2017, 2017-02 or 2017-02-15. */
export const IsoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD",
  );

/**
 * When a link (or an excerpt) happened: one ISO date at the precision the article gives, or a range
 * whose sides share a precision; either side of a range may be left open ("since August").
 */
export const DateValue = z
  .union([
    IsoDate,
    z
      .object({
        start: IsoDate.optional().describe("first day, month or year; absent when open"),
        end: IsoDate.optional().describe("last day, month or year (inclusive); absent when open"),
      })
      .strict(),
  ])
  .superRefine((value, ctx) => {
    const problem = dateValueProblem(value);
    if (problem)
      ctx.addIssue({ code: "custom", message: problem.message, path: problem.key ? [problem.key] : [] });
  });

export const HttpUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s]+$/i, "must be an http or https address");

/**
 * A deliberate exception to one editorial check (src/data/lint.ts), with the curator's reason: the
 * check stays quiet about this entity, relation or evidence for that rule only.
 */
export const Acknowledgement = z
  .object({
    rule: z.enum(LINT_RULES),
    reason: NonEmptyText(600).describe("why the exception is deliberate, for the next reader"),
  })
  .strict();

const Acknowledgements = z
  .array(Acknowledgement)
  .min(1)
  .max(10)
  .optional()
  .describe("editorial checks (`npm run data:lint`) deliberately set aside here, each with its reason");

const CountryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");

export const Article = z
  .object({
    id: Id,
    file: z
      .string()
      .max(200)
      .regex(
        ARTICLE_FILE_PATTERN,
        "must be a relative path to a .txt file inside the dataset's folder (lowercase, no '..')",
      ),
    title: NonEmptyText(400),
    publisher: NonEmptyText(200),
    author: NonEmptyText(200).nullable(),
    published: IsoDate,
    url: HttpUrl,
    derivedFrom: Id.nullable().describe("the id of the article this one rewrites, or null"),
    text: z
      .string()
      .max(2_000_000)
      .optional()
      .describe("the article's full text, when it is embedded instead of read from `file`"),
  })
  .strict();

export const Entity = z
  .object({
    id: Id,
    name: Name(200),
    aliases: z.array(Name(200)).max(50),
    type: EntityType,
    countries: z.array(CountryCode).max(50),
    organizations: z.array(Id).max(50).describe("ids of entities this one belongs to or works for"),
    roles: z.array(NonEmptyText(200)).max(50),
    description: NonEmptyText(1000),
    unnamed: z.boolean().optional().describe("true when the articles do not name this actor"),
    acknowledge: Acknowledgements,
  })
  .strict();

export const AttributionKind = z.enum(ATTRIBUTION_KINDS);

export const Evidence = z
  .object({
    article: Id,
    quote: NonEmptyText(5000).describe(
      "an exact substring of the article's text; only runs of white space may differ",
    ),
    attribution: NonEmptyText(300).describe("who the article says the claim comes from"),
    attributionKind: AttributionKind.optional().describe(
      "what kind of source the attribution is; guessed from `attribution` when absent",
    ),
    status: ClaimStatus.describe("how sure this article is of the claim"),
    note: NonEmptyText(1000).optional(),
    date: DateValue.optional().describe("when what this excerpt tells happened, where the article dates it"),
    acknowledge: Acknowledgements,
  })
  .strict();

export const Relation = z
  .object({
    id: Id,
    source: Id,
    target: Id,
    type: RelationType,
    directed: z.boolean(),
    label: Name(200),
    status: ClaimStatus,
    date: DateValue.optional().describe(
      "when it happened: a date (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the articles say) or a range {start, end}",
    ),
    period: NonEmptyText(200).optional().describe("when, in the articles' words, where no date is given"),
    note: NonEmptyText(1000).optional(),
    acknowledge: Acknowledgements,
    evidence: z.array(Evidence).min(1).max(100),
  })
  .strict();

/** One excerpt a story step cites: a relation and the index of one of its evidence. */
export const StoryCitation = z
  .object({
    relation: Id.describe("the id of the relation whose excerpt is cited"),
    evidence: z.number().int().min(0).max(99).describe("the index of the excerpt in the relation's evidence"),
  })
  .strict();

/** A step's filters: the reader's filters (src/domain/view.ts), each one optional. */
export const StoryFilters = z
  .object({
    countries: z.array(CountryCode).max(50).optional(),
    organizations: z.array(Id).max(50).optional(),
    entityTypes: z.array(EntityType).max(ENTITY_TYPES.length).optional(),
    relationTypes: z.array(RelationType).max(RELATION_TYPES.length).optional(),
    statuses: z.array(ClaimStatus).max(CLAIM_STATUSES.length).optional(),
    source: z
      .discriminatedUnion("mode", [
        z.object({ mode: z.literal("any") }).strict(),
        z.object({ mode: z.literal("article"), article: Id }).strict(),
        z.object({ mode: z.literal("only"), article: Id }).strict(),
        z.object({ mode: z.literal("all") }).strict(),
        z.object({ mode: z.literal("independent") }).strict(),
      ])
      .optional(),
    organizationScope: z.enum(["linked", "members"]).optional(),
    countryScope: z.enum(["only", "linked"]).optional(),
    isolated: z.enum(["auto", "hide", "show"]).optional(),
  })
  .strict();

/** What the graph shows at a step: a reader's view, every part optional (absent: the default). */
export const StoryView = z
  .object({
    filters: StoryFilters.optional(),
    search: z.string().max(200).optional(),
    focus: z
      .object({ id: Id, depth: z.union([z.literal(1), z.literal(2), z.literal(3)]) })
      .strict()
      .optional(),
    selection: z
      .object({ kind: z.enum(["entity", "relation"]), id: Id })
      .strict()
      .optional(),
    path: z
      .object({ from: Id, to: Id, mode: z.literal("strongest").optional() })
      .strict()
      .optional(),
    layout: z
      .enum(LAYOUT_NAMES)
      .optional()
      .describe("absent: the layout the reader had, so the actors stay where they were"),
  })
  .strict();

export const StoryStep = z
  .object({
    heading: NonEmptyText(STORY_LIMITS.heading),
    text: NonEmptyText(STORY_LIMITS.text).describe(
      "what the step says; no more than its cited excerpts, and words in quotation marks verbatim from the cited articles",
    ),
    cites: z.array(StoryCitation).min(1).max(STORY_LIMITS.cites),
    view: StoryView.optional(),
    introduces: z
      .object({
        entities: z.array(Id).max(LIMITS.entities).optional(),
        relations: z.array(Id).max(LIMITS.relations).optional(),
        all: z.literal(true).optional().describe("true: from this step on, everything is shown"),
      })
      .strict()
      .optional()
      .describe("actors and links first shown at this step, besides the cited links and their actors"),
  })
  .strict();

export const Story = z
  .object({
    id: Id,
    title: NonEmptyText(300),
    description: NonEmptyText(2000).optional(),
    steps: z.array(StoryStep).min(1).max(STORY_LIMITS.steps),
  })
  .strict();

export const Dataset = z
  .object({
    version: z.literal(1),
    title: Name(300),
    description: NonEmptyText(2000).optional(),
    articles: z.array(Article).min(1).max(LIMITS.articles),
    entities: z.array(Entity).max(LIMITS.entities),
    relations: z.array(Relation).max(LIMITS.relations),
    stories: z.array(Story).max(STORY_LIMITS.stories).optional(),
  })
  .strict();

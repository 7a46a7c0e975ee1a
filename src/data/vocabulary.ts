// The dataset's vocabularies and limits, as plain constants: the canvas, the panels and the URL read
// them at startup, and keeping them apart from the zod schema (schema.ts) keeps zod out of the first
// download (the bundled dataset is checked at build/test time; see bundled.ts).

/** The kinds of actor a story names. Documented in the README's glossary. */
export const ENTITY_TYPES = [
  "person",
  "group",
  "government",
  "agency",
  "legislature",
  "company",
  "organization",
  "media",
  "asset",
] as const;

/** The kinds of link between actors. Documented in the README's glossary. */
export const RELATION_TYPES = [
  "business",
  "office",
  "membership",
  "family",
  "friendship",
  "communication",
  "surveillance",
  "information-sharing",
  "control",
  "financial",
  "sanction",
  "alliance",
  "diplomatic",
  "conflict",
  "criticism",
  "influence",
] as const;

/**
 * How sure the article is. Ordered from most to least certain; a relation's status may not be more
 * certain than the most certain of its evidence.
 */
export const CLAIM_STATUSES = ["confirmed", "reported", "unconfirmed", "denied"] as const;

/**
 * Where an article says a claim comes from: its own voice, another publication it quotes, sources it
 * does not name, a named person or body on the record, or a document (a cable, a report).
 */
export const ATTRIBUTION_KINDS = ["article", "publication", "unnamed", "named", "document"] as const;

/** The documented limits of a dataset, refused before the browser struggles. */
export const LIMITS = { entities: 25_000, relations: 100_000, articles: 100 } as const;

/** The layouts a reader (or a story step) can pick. */
export const LAYOUT_NAMES = ["force", "concentric", "circle", "grid", "breadthfirst"] as const;

/**
 * The documented limits of a dataset's stories. A step's text longer than `shownText` is shown cut,
 * with a note saying so; everything beyond the other limits is refused by the schema.
 */
export const STORY_LIMITS = {
  stories: 50,
  steps: 1_000,
  heading: 200,
  text: 10_000,
  cites: 50,
  shownText: 1_500,
} as const;

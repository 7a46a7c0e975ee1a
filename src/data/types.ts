import type { z } from "zod";
import type {
  Article as ArticleSchema,
  ClaimStatus as ClaimStatusSchema,
  Dataset as DatasetSchema,
  Entity as EntitySchema,
  EntityType as EntityTypeSchema,
  Evidence as EvidenceSchema,
  Relation as RelationSchema,
  RelationType as RelationTypeSchema,
  StoryCitation as StoryCitationSchema,
  Story as StorySchema,
  StoryStep as StoryStepSchema,
  StoryView as StoryViewSchema,
} from "./schema";

export type Article = z.infer<typeof ArticleSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type RelationType = z.infer<typeof RelationTypeSchema>;
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;
export type Story = z.infer<typeof StorySchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
export type StoryView = z.infer<typeof StoryViewSchema>;
export type StoryCitation = z.infer<typeof StoryCitationSchema>;

/** Entity id → position on the canvas (model coordinates). */
export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/**
 * A dataset whose article texts have been read: every article carries its text. `positions`, when
 * present, are precomputed force-layout positions (the curated dataset's data/layout.json): the
 * canvas starts from them instead of running the layout. `positions` and `embeddedTexts` are not
 * part of the file format.
 */
export type LoadedDataset = Omit<Dataset, "articles"> & {
  articles: (Article & { text: string })[];
  positions?: Positions;
  /** Stories kept out of the first download (the bundled dataset's): listed now, loaded when played. */
  deferredStories?: DeferredStories;
  /**
   * The ids of the articles whose text was embedded in the file (`text`) rather than read from
   * `file`: the JSON export embeds those again, so the file it writes opens on its own.
   */
  embeddedTexts?: readonly string[];
};

/** What lists a story before its steps are loaded. */
export interface StoryInfo {
  id: string;
  title: string;
  steps: number;
}

export interface DeferredStories {
  catalog: StoryInfo[];
  load: () => Promise<Story[]>;
}

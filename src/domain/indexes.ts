// Lookup tables built once per dataset. Pure: no React, no cytoscape.
import type { Article, Entity, LoadedDataset, Relation } from "../data/types";
import { buildSearchText, type SearchText, searchTextSize, searchTextSteps } from "./search";

export interface DatasetIndex {
  entityById: ReadonlyMap<string, Entity>;
  relationById: ReadonlyMap<string, Relation>;
  articleById: ReadonlyMap<string, Article & { text: string }>;
  /** Relations an entity takes part in, as source or target, in dataset order. */
  relationsByEntity: ReadonlyMap<string, readonly Relation[]>;
  /**
   * The folded names and excerpts search looks in, or null while they are not ready: a small
   * dataset's are folded when first read (`foldsOnRead`); a larger one's by `prepareSearchText`,
   * kept for as long as the dataset is open.
   */
  readonly searchText: SearchText | null;
  /**
   * True for a small dataset: `searchText` is never null, it is folded on the first read (a few
   * milliseconds and a few hundred KB of strings, kept off the way to the graph's first frame).
   */
  readonly foldsOnRead: boolean;
  /**
   * Folds them once, running the steps with `run` (the store spreads them over short tasks, so
   * that 5 million characters never block the page at once); later calls share the same promise.
   */
  prepareSearchText(
    run: (steps: Generator<number, SearchText, void>) => Promise<SearchText>,
  ): Promise<SearchText>;
}

/**
 * Up to this many characters of names and excerpts are folded at once, on the first read of
 * `searchText` (a few milliseconds); above it, by `prepareSearchText`.
 */
export const EAGER_SEARCH_CHARS = 50_000;

export function buildIndex(dataset: LoadedDataset): DatasetIndex {
  const entityById = new Map(dataset.entities.map((e) => [e.id, e]));
  const relationById = new Map(dataset.relations.map((r) => [r.id, r]));
  const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
  const relationsByEntity = new Map<string, Relation[]>(dataset.entities.map((e) => [e.id, []]));
  for (const relation of dataset.relations) {
    relationsByEntity.get(relation.source)?.push(relation);
    if (relation.target !== relation.source) relationsByEntity.get(relation.target)?.push(relation);
  }
  const foldsOnRead = searchTextSize(dataset) <= EAGER_SEARCH_CHARS;
  let searchText: SearchText | null = null;
  const readText = () => {
    if (searchText === null && foldsOnRead) searchText = buildSearchText(dataset);
    return searchText;
  };
  let preparing: Promise<SearchText> | null = null;
  return {
    entityById,
    relationById,
    articleById,
    relationsByEntity,
    get searchText() {
      return readText();
    },
    foldsOnRead,
    prepareSearchText(run) {
      const ready = readText();
      if (ready) return Promise.resolve(ready);
      preparing ??= run(searchTextSteps(dataset)).then(
        (text) => {
          searchText = text;
          return text;
        },
        (error: unknown) => {
          preparing = null; // a cancelled run may be started again
          throw error;
        },
      );
      return preparing;
    },
  };
}

/** The entity at the other end of a relation, seen from `entityId`. */
export function otherEnd(relation: Relation, entityId: string): string {
  return relation.source === entityId ? relation.target : relation.source;
}

/** Which articles support a relation, in dataset article order. */
export function articlesOf(relation: Relation): string[] {
  return [...new Set(relation.evidence.map((e) => e.article))];
}

/** An entity's name, or its id when the dataset has no such entity (a stale id is still shown). */
export function entityName(index: DatasetIndex | null | undefined, id: string): string {
  return index?.entityById.get(id)?.name ?? id;
}

/** An article's publisher, or its id when the dataset has no such article. */
export function articlePublisher(index: DatasetIndex | null | undefined, id: string): string {
  return index?.articleById.get(id)?.publisher ?? id;
}

// What an export covers: the ids of the entities and relations that are shown. The graph layer
// reads them off the canvas (elements not filtered out, and inside the view when exporting the
// view); everything in this folder is a pure function of the dataset and these two sets.
import type { Dataset, Entity, Relation } from "../../data/types";

export interface ShownIds {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

export interface Shown {
  entities: Entity[];
  /** Only relations whose own id and both ends are shown: a link never dangles. */
  relations: Relation[];
}

export function shownElements(dataset: Pick<Dataset, "entities" | "relations">, ids: ShownIds): Shown {
  const entities = dataset.entities.filter((e) => ids.entities.has(e.id));
  const relations = dataset.relations.filter(
    (r) => ids.relations.has(r.id) && ids.entities.has(r.source) && ids.entities.has(r.target),
  );
  return { entities, relations };
}

/** Every entity and relation of the dataset, for exports of the whole unfiltered graph. */
export function allIds(dataset: Pick<Dataset, "entities" | "relations">): ShownIds {
  return {
    entities: new Set(dataset.entities.map((e) => e.id)),
    relations: new Set(dataset.relations.map((r) => r.id)),
  };
}

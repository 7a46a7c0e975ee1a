// The one translation from the dataset to cytoscape elements, run once per dataset. Element data is
// flat and scalar (react-cytoscapejs diffs it shallowly); excerpts stay in the store, looked up by id.
import type cytoscape from "cytoscape";
import type { LoadedDataset } from "../data/types";
import { relationAttribution } from "../domain/attribution";
import { originsOf, outletCount } from "../domain/outlets";

/**
 * Deterministic starting positions (a sunflower spiral in id order), so that the force layout,
 * which starts from them, gives the same picture on every run.
 */
function seedPosition(rank: number): { x: number; y: number } {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const r = 40 * Math.sqrt(rank + 1);
  return { x: Math.round(r * Math.cos(rank * golden)), y: Math.round(r * Math.sin(rank * golden)) };
}

export function toElements(dataset: LoadedDataset): cytoscape.ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const r of dataset.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const rankById = new Map(
    [...dataset.entities.map((e) => e.id)].sort().map((id, rank) => [id, rank] as const),
  );
  const positions = dataset.positions;
  const origins = originsOf(dataset.articles);
  const nodes: cytoscape.ElementDefinition[] = dataset.entities.map((entity) => ({
    group: "nodes",
    data: {
      id: entity.id,
      label: clipLabel(entity.name),
      type: entity.type,
      unnamed: entity.unnamed ? 1 : 0,
      degree: degree.get(entity.id) ?? 0,
    },
    // Copied: cytoscape keeps and moves the object it is given.
    position: positions?.[entity.id]
      ? { x: positions[entity.id]?.x ?? 0, y: positions[entity.id]?.y ?? 0 }
      : seedPosition(rankById.get(entity.id) ?? 0),
  }));
  const edges: cytoscape.ElementDefinition[] = dataset.relations.map((relation) => ({
    group: "edges",
    data: {
      id: relation.id,
      source: relation.source,
      target: relation.target,
      label: clipLabel(relation.label),
      type: relation.type,
      status: relation.status,
      directed: relation.directed ? 1 : 0,
      // Independent outlets: a rewrite counts with the article it rewrites.
      outlets: outletCount(relation, origins),
      attribution: relationAttribution(relation, dataset.articles),
    },
  }));
  return [...nodes, ...edges];
}

/**
 * Names and labels may be 200 characters long; on the canvas, 90 is plenty (the panels show all).
 * Cytoscape wraps labels only at white space or zero-width spaces: one goes into very long words.
 */
const MAX_LABEL = 90;
export function clipLabel(text: string): string {
  const clipped = text.length <= MAX_LABEL ? text : `${text.slice(0, MAX_LABEL - 1)}…`;
  return clipped.replace(/\S{24}(?=\S)/g, "$&\u200b");
}

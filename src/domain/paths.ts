// Shortest paths between two entities over the relations a view shows. Pure.
import type { Relation } from "../data/types";
import type { DatasetIndex } from "./indexes";

/** One hop of a path: from an entity to the next, through every relation that links the two. */
export interface PathStep {
  from: string;
  to: string;
  relations: Relation[];
}
export type Path = PathStep[];

export const MAX_PATHS = 12;

/**
 * Every shortest path (by number of hops) from `from` to `to`, up to `cap`, using only relations
 * for which `allowed` is true. Parallel relations between the same two entities are one hop
 * listing them all, so a path reads "Tillerson — friend, business partner → Sechin".
 */
export function shortestPaths(
  index: DatasetIndex,
  from: string,
  to: string,
  allowed: (r: Relation) => boolean,
  cap = MAX_PATHS,
): Path[] {
  if (from === to || !index.entityById.has(from) || !index.entityById.has(to)) return [];
  // Breadth-first, remembering every predecessor at the shortest distance.
  const distance = new Map([[from, 0]]);
  const predecessors = new Map<string, string[]>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      const d = distance.get(id) ?? 0;
      for (const r of index.relationsByEntity.get(id) ?? []) {
        if (!allowed(r)) continue;
        const other = r.source === id ? r.target : r.source;
        const known = distance.get(other);
        if (known === undefined) {
          distance.set(other, d + 1);
          predecessors.set(other, [id]);
          next.push(other);
        } else if (known === d + 1 && !predecessors.get(other)?.includes(id)) {
          predecessors.get(other)?.push(id);
        }
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return [];

  const hop = (a: string, b: string): PathStep => ({
    from: a,
    to: b,
    relations: (index.relationsByEntity.get(a) ?? []).filter(
      (r) => allowed(r) && ((r.source === a && r.target === b) || (r.source === b && r.target === a)),
    ),
  });
  // Walk back from the target, depth first, stopping at the cap.
  const paths: Path[] = [];
  const walk = (id: string, suffix: string[]) => {
    if (paths.length >= cap) return;
    if (id === from) {
      const chain = [from, ...suffix];
      paths.push(chain.slice(1).map((b, i) => hop(chain[i] as string, b)));
      return;
    }
    for (const p of [...(predecessors.get(id) ?? [])].sort()) walk(p, [id, ...suffix]);
  };
  walk(to, []);
  return paths;
}

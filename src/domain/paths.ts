// Paths between two entities over the relations a view shows: the shortest chains, and the
// strongest (whose weakest link is surest). Pure.
import type { ClaimStatus, Evidence, Relation } from "../data/types";
import { CLAIM_STATUSES } from "../data/vocabulary";
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

/** How a reader asks for chains: the fewest steps, or the surest weakest link first. */
export const PATH_MODES = ["shortest", "strongest"] as const;
export type PathMode = (typeof PATH_MODES)[number];

/** How sure a status is: 0 is the surest (confirmed), 3 the least (denied). */
const sureness = (status: ClaimStatus): number => CLAIM_STATUSES.indexOf(status);

/**
 * A relation's claim status as the path reads it: its own, or at a stop of the "as reported" clock
 * the status it had then (timeline.ts `claimStatusAt`), so that a chain is as sure as it was then.
 */
export type StatusOf = (relation: Relation) => ClaimStatus;
const ownStatus: StatusOf = (r) => r.status;

/** How sure a step is: the surest of the relations that make it (any one of them links the two). */
export function stepStatus(step: PathStep, statusOf: StatusOf = ownStatus): ClaimStatus {
  let best = CLAIM_STATUSES.length - 1;
  for (const r of step.relations) best = Math.min(best, sureness(statusOf(r)));
  return CLAIM_STATUSES[best] as ClaimStatus;
}

/** A chain's weakest link: the least sure step, the relation that carries it, and its excerpt. */
export interface WeakestLink {
  /** Index of the step in the path. */
  step: number;
  status: ClaimStatus;
  relation: Relation;
  /** The excerpt that makes the relation as sure as it is (its surest; the first of equals). */
  evidence: Evidence;
}

/**
 * Names a path's weakest link: the first of its least sure steps, the surest relation of that step
 * (the one the step rests on) and the excerpt that says so: the surest of those with the status the
 * link is shown with (its own, or at a stop of the clock, `statusOf`, the one it had then), else its
 * surest. A link the rewrite stated as fact but the curated status leaves unconfirmed is named with
 * the excerpt that could not confirm it. Null for an empty path.
 */
export function weakestLink(path: Path, statusOf?: StatusOf): WeakestLink | null {
  let found: WeakestLink | null = null;
  path.forEach((step, i) => {
    const status = stepStatus(step, statusOf);
    if (found && sureness(status) <= sureness(found.status)) return;
    const relation = step.relations.find((r) => (statusOf ?? ownStatus)(r) === status);
    if (!relation) return;
    const saysSo = (e: Evidence) => (e.status === status ? 0 : 1);
    const evidence = [...relation.evidence].sort(
      (a, b) => saysSo(a) - saysSo(b) || sureness(a.status) - sureness(b.status),
    )[0];
    if (evidence) found = { step: i, status, relation, evidence };
  });
  return found;
}

/**
 * The strongest chains from `from` to `to`: those whose weakest link is surest (confirmed >
 * reported > unconfirmed > denied), and among them the fewest steps. Each step lists only the
 * relations at least that sure. `status` is that weakest link's status; null when no chain exists.
 */
export function strongestPaths(
  index: DatasetIndex,
  from: string,
  to: string,
  allowed: (r: Relation) => boolean,
  cap = MAX_PATHS,
  statusOf: StatusOf = ownStatus,
): { paths: Path[]; status: ClaimStatus | null } {
  for (const status of CLAIM_STATUSES) {
    const level = sureness(status);
    const paths = shortestPaths(index, from, to, (r) => allowed(r) && sureness(statusOf(r)) <= level, cap);
    if (paths.length > 0) return { paths, status };
  }
  return { paths: [], status: null };
}

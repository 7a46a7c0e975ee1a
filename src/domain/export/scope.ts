// What an exported image covers, beyond "the whole graph" and "the current view" (which the graph
// layer reads off the canvas): only the path, the selection, or the filtered set (filters and focus).
// Pure: ids from the dataset's index, the store's visibility, paths and selection.

import type { DatasetIndex } from "../indexes";
import type { Path } from "../paths";
import type { StatusesAsOf } from "../timeline";
import type { Selection } from "../view";
import type { FootnotePick } from "./footnotes";
import type { ShownIds } from "./visible";

export type Scope = "full" | "view" | "shown" | "path" | "selection" | "step";

/** A story step being shown: what it has told so far, and the excerpts it cites (its footnotes). */
export interface StepScope {
  ids: ShownIds;
  picks: readonly FootnotePick[];
}

export interface ScopeSource {
  index: DatasetIndex;
  /** What the filters and focus show. */
  visibility: ShownIds;
  paths: readonly Path[];
  selection: Selection | null;
  focus: { id: string } | null;
  /** Whether filters or a focus narrow what is shown (else "the filtered set" is the whole graph). */
  narrowed: boolean;
  /** The story step on screen, if a story is being played. */
  step?: StepScope | null;
  /** Each link's claim status at the "as reported" clock's stop, when at one (the legend says so). */
  asOf?: StatusesAsOf | null;
}

/** The subsets on offer right now, in the dialog's order. */
export function availableScopes(s: ScopeSource): Scope[] {
  const out: Scope[] = s.step ? ["step", "full", "view"] : ["full", "view"];
  if (s.narrowed) out.push("shown");
  if (s.paths.length > 0) out.push("path");
  if (selectionIds(s)) out.push("selection");
  return out;
}

function selectionIds(s: ScopeSource): ShownIds | null {
  const sel = s.selection;
  if (!sel) return null;
  if (sel.kind === "relation") {
    const r = s.index.relationById.get(sel.id);
    if (!r || !s.visibility.relations.has(r.id)) return null;
    return { entities: new Set([r.source, r.target]), relations: new Set([r.id]) };
  }
  if (!s.visibility.entities.has(sel.id)) return null;
  const entities = new Set([sel.id]);
  const relations = new Set<string>();
  for (const r of s.index.relationsByEntity.get(sel.id) ?? []) {
    const other = r.source === sel.id ? r.target : r.source;
    if (!s.visibility.relations.has(r.id) || !s.visibility.entities.has(other)) continue;
    entities.add(other);
    relations.add(r.id);
  }
  return { entities, relations };
}

function pathIds(paths: readonly Path[]): ShownIds {
  const entities = new Set<string>();
  const relations = new Set<string>();
  for (const path of paths)
    for (const step of path) {
      entities.add(step.from);
      entities.add(step.to);
      for (const r of step.relations) relations.add(r.id);
    }
  return { entities, relations };
}

/**
 * The ids a subset scope covers, and how to lay it out afresh: a path in columns from its start, a
 * selected actor or a focus in rings around it, anything else by force. Null for "full", "view" and
 * "step" (the canvas' own positions: a step looks as the player shows it), or when the subset is
 * not on offer.
 */
export function scopeSubset(
  scope: Scope,
  s: ScopeSource,
): {
  ids: ShownIds;
  layout: { kind: "columns"; from: string } | { kind: "rings"; centre: string } | { kind: "force" };
} | null {
  if (scope === "path") {
    const first = s.paths[0]?.[0];
    if (!first) return null;
    return { ids: pathIds(s.paths), layout: { kind: "columns", from: first.from } };
  }
  if (scope === "selection") {
    const ids = selectionIds(s);
    const sel = s.selection;
    if (!ids || !sel) return null;
    if (sel.kind === "entity") return { ids, layout: { kind: "rings", centre: sel.id } };
    const r = s.index.relationById.get(sel.id);
    return { ids, layout: { kind: "columns", from: r?.source ?? "" } };
  }
  if (scope === "shown") {
    if (!s.narrowed) return null;
    const focus = s.focus && s.visibility.entities.has(s.focus.id) ? s.focus.id : null;
    return { ids: s.visibility, layout: focus ? { kind: "rings", centre: focus } : { kind: "force" } };
  }
  return null;
}

export const SCOPE_LABELS: Record<Scope, string> = {
  full: "The whole graph",
  view: "The current view",
  shown: "Only what the filters show, laid out afresh",
  path: "Only the path, laid out afresh",
  selection: "Only the selection and its links, laid out afresh",
  step: "This story step: what it has told so far, as on screen",
};

/** The footnotes a scope asks for by itself, when it has its own (a step: the excerpts it cites). */
export function scopePicks(scope: Scope, s: ScopeSource): readonly FootnotePick[] | null {
  return scope === "step" && s.step ? s.step.picks : null;
}

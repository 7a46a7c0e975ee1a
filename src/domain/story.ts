// Stories: a guided walk through a dataset, step by step. Pure functions from a story and the
// dataset to what a step shows: its view, which actors and links have been introduced so far, what
// to frame, and the excerpts it cites. No React, no cytoscape.
import type { Article, Evidence, LoadedDataset, Relation, Story, StoryInfo, StoryStep } from "../data/types";
import { STORY_LIMITS } from "../data/vocabulary";
import type { FootnotePick } from "./export/footnotes";
import type { Visibility } from "./filters";
import type { DatasetIndex } from "./indexes";
import { EMPTY_FILTERS, type LayoutName, type View } from "./view";

export type { StoryInfo };

/** The stories a dataset offers: its own, or those it defers (the bundled dataset's). */
export function storyCatalog(dataset: LoadedDataset | null): StoryInfo[] {
  if (!dataset) return [];
  if (dataset.stories)
    return dataset.stories.map((s) => ({ id: s.id, title: s.title, steps: s.steps.length }));
  return dataset.deferredStories?.catalog ?? [];
}

/** The dataset's stories, fetching them when they were kept out of the first download. */
export async function loadStories(dataset: LoadedDataset): Promise<Story[]> {
  if (dataset.stories) return dataset.stories;
  return dataset.deferredStories ? dataset.deferredStories.load() : [];
}

/**
 * The view a step shows. What the step leaves out is the default (no filter, focus, selection or
 * path); the layout, when the step names none, stays the reader's, so the actors keep their places.
 */
export function stepView(step: StoryStep, layout: LayoutName): View {
  const v = step.view ?? {};
  return {
    filters: v.filters ? { ...EMPTY_FILTERS, ...v.filters } : EMPTY_FILTERS,
    search: v.search ?? "",
    focus: v.focus ?? null,
    selection: v.selection ?? null,
    path: v.path ?? null,
    layout: v.layout ?? layout,
  };
}

/**
 * When each actor and link is first shown: the step that introduces it. A step introduces the links
 * it cites, the links and actors it lists in `introduces`, both ends of every link it introduces,
 * and the actors its view points at (focus, selection, path ends). `allFrom`: the first step that
 * shows everything, if any.
 */
export interface Reveal {
  entities: ReadonlyMap<string, number>;
  relations: ReadonlyMap<string, number>;
  allFrom: number | null;
}

export function storyReveal(story: Story, index: DatasetIndex): Reveal {
  const entities = new Map<string, number>();
  const relations = new Map<string, number>();
  let allFrom: number | null = null;
  const entity = (id: string, n: number) => {
    if (!entities.has(id) && index.entityById.has(id)) entities.set(id, n);
  };
  const relation = (id: string, n: number) => {
    const r = index.relationById.get(id);
    if (!r) return;
    if (!relations.has(id)) relations.set(id, n);
    entity(r.source, n);
    entity(r.target, n);
  };
  story.steps.forEach((step, n) => {
    for (const cite of step.cites) relation(cite.relation, n);
    for (const id of step.introduces?.relations ?? []) relation(id, n);
    for (const id of step.introduces?.entities ?? []) entity(id, n);
    if (step.introduces?.all && allFrom === null) allFrom = n;
    const v = step.view;
    if (v?.focus) entity(v.focus.id, n);
    if (v?.path) {
      entity(v.path.from, n);
      entity(v.path.to, n);
    }
    if (v?.selection) {
      if (v.selection.kind === "entity") entity(v.selection.id, n);
      else relation(v.selection.id, n);
    }
  });
  return { entities, relations, allFrom };
}

/** Whether an actor or link has been introduced by step `step` (0-based). */
export function isRevealed(reveal: Reveal, kind: "entity" | "relation", id: string, step: number): boolean {
  if (reveal.allFrom !== null && step >= reveal.allFrom) return true;
  const at = (kind === "entity" ? reveal.entities : reveal.relations).get(id);
  return at !== undefined && at <= step;
}

/**
 * What a step is about, for the camera: the links it cites and their actors, and the actors its
 * view points at. Null when the step shows everything (frame the whole graph).
 */
export function stepSubject(
  step: StoryStep,
  index: DatasetIndex,
): { entities: string[]; relations: string[] } | null {
  if (step.introduces?.all) return null;
  const entities = new Set<string>();
  const relations = new Set<string>();
  for (const cite of step.cites) {
    const r = index.relationById.get(cite.relation);
    if (!r) continue;
    relations.add(r.id);
    entities.add(r.source).add(r.target);
  }
  const v = step.view;
  if (v?.focus) entities.add(v.focus.id);
  if (v?.path) entities.add(v.path.from).add(v.path.to);
  if (v?.selection?.kind === "entity") entities.add(v.selection.id);
  return { entities: [...entities], relations: [...relations] };
}

/** One excerpt a step cites, resolved: the link, the excerpt, its article and its reader passage. */
export interface StepExcerpt {
  relation: Relation;
  evidenceIndex: number;
  evidence: Evidence;
  article: Article | undefined;
  /** `relationId#evidenceIndex`, how the article reader names a passage. */
  passage: string;
}

/** The excerpts a step cites, in its order; citations that do not resolve are left out. */
export function stepExcerpts(step: StoryStep, index: DatasetIndex): StepExcerpt[] {
  const out: StepExcerpt[] = [];
  for (const cite of step.cites) {
    const relation = index.relationById.get(cite.relation);
    const evidence = relation?.evidence[cite.evidence];
    if (!relation || !evidence) continue;
    out.push({
      relation,
      evidenceIndex: cite.evidence,
      evidence,
      article: index.articleById.get(evidence.article),
      passage: `${relation.id}#${cite.evidence}`,
    });
  }
  return out;
}

/** A text cut to at most `max` characters (at a word break when there is one near), and how much was left out. */
export function capText(
  text: string,
  max: number = STORY_LIMITS.shownText,
): { text: string; omitted: number } {
  if (text.length <= max) return { text, omitted: 0 };
  const space = text.lastIndexOf(" ", max);
  const cut = space > max * 0.8 ? space : max;
  return { text: `${text.slice(0, cut).trimEnd()}…`, omitted: text.length - cut };
}

/** A step number within a story's range (0-based), or null when it is not one. */
export function clampStep(story: Pick<Story, "steps">, step: number): number | null {
  if (!Number.isInteger(step) || step < 0 || step >= story.steps.length) return null;
  return step;
}

/** What the filters show that the story has told by step `step` (what an export of the step covers). */
export function toldVisibility(visibility: Visibility, reveal: Reveal, step: number): Visibility {
  if (reveal.allFrom !== null && step >= reveal.allFrom) return visibility;
  const keep = (kind: "entity" | "relation", ids: ReadonlySet<string>) =>
    new Set([...ids].filter((id) => isRevealed(reveal, kind, id, step)));
  return { entities: keep("entity", visibility.entities), relations: keep("relation", visibility.relations) };
}

/**
 * What an image of a step is made of: the step's heading as its title, what the story has told by
 * then (of what the filters show) as its content, and exactly the excerpts the step cites, in its
 * order, as the footnotes. `summary` names the step for the caption and the file name.
 */
export interface StepExport {
  title: string;
  summary: string;
  ids: Visibility;
  picks: FootnotePick[];
}

export function stepExport(
  playing: { story: Pick<Story, "title" | "steps">; step: number; reveal: Reveal },
  visibility: Visibility,
): StepExport | null {
  const { story, step: n, reveal } = playing;
  const step = story.steps[n];
  if (!step) return null;
  return {
    title: step.heading,
    summary: `${story.title}, step ${n + 1} of ${story.steps.length.toLocaleString("en-US")}`,
    ids: toldVisibility(visibility, reveal, n),
    picks: step.cites.map((c) => ({ relation: c.relation, evidence: c.evidence })),
  };
}

// Keeping a dataset's stories true to an edit: a citation of an excerpt that is gone is dropped (and
// the later excerpts of its link renumbered), a step left citing nothing is dropped, ids of merged
// actors are renamed, ids of deleted ones forgotten. What goes is listed, so the editor can say so.
import { quotedPassages } from "../../data/storyChecks";
import type { Story, StoryStep } from "../../data/types";

export interface StoryRewrite {
  /** The id an actor now has (a merge renames), or null when it is gone. */
  entity: (id: string) => string | null;
  /** Whether a link is still there. */
  relation: (id: string) => boolean;
  /** The new index of a link's excerpt, or null when it is gone. */
  evidence: (relation: string, index: number) => number | null;
  /** The article an excerpt came from, before the edit (unknown: no step is dropped for its words). */
  article?: (relation: string, index: number) => string | undefined;
}

/** Why a step had to go, or the step as it is after the edit. */
type Rewritten = StoryStep | "no-cites" | "quotes-lost-article";

function rewriteStep(step: StoryStep, r: StoryRewrite): Rewritten {
  const articles = (cites: readonly { relation: string; evidence: number }[]) =>
    new Set(cites.map((c) => r.article?.(c.relation, c.evidence)).filter((a) => a !== undefined));
  const kept = step.cites.filter(
    (c) => r.relation(c.relation) && r.evidence(c.relation, c.evidence) !== null,
  );
  const cites = kept.map((c) => ({
    relation: c.relation,
    evidence: r.evidence(c.relation, c.evidence) as number,
  }));
  if (cites.length === 0) return "no-cites";
  // A step whose quoted words may come from an article it no longer cites goes too: they would be
  // checked against the articles left (and fail), and its words rest on excerpts that are gone.
  const before = articles(step.cites);
  const after = articles(kept);
  const lostArticle = [...before].some((a) => !after.has(a));
  const quotes = quotedPassages(`${step.heading}\n${step.text}`).passages.some((p) => p.words.trim() !== "");
  if (lostArticle && quotes) return "quotes-lost-article";
  const next: StoryStep = { ...step, cites };
  if (step.introduces) {
    const entities = step.introduces.entities
      ?.map((id) => r.entity(id))
      .filter((id, i, all): id is string => id !== null && all.indexOf(id) === i);
    const relations = step.introduces.relations?.filter((id) => r.relation(id));
    const introduces = {
      ...(entities && entities.length > 0 ? { entities } : {}),
      ...(relations && relations.length > 0 ? { relations } : {}),
      ...(step.introduces.all ? { all: true as const } : {}),
    };
    if (Object.keys(introduces).length > 0) next.introduces = introduces;
    else delete next.introduces;
  }
  if (step.view) {
    const view = { ...step.view };
    if (view.focus) {
      const id = r.entity(view.focus.id);
      if (id) view.focus = { ...view.focus, id };
      else delete view.focus;
    }
    if (view.selection) {
      const { kind, id } = view.selection;
      const kept = kind === "entity" ? r.entity(id) : r.relation(id) ? id : null;
      if (kept) view.selection = { kind, id: kept };
      else delete view.selection;
    }
    if (view.path) {
      const from = r.entity(view.path.from);
      const to = r.entity(view.path.to);
      if (from && to && from !== to) view.path = { ...view.path, from, to };
      else delete view.path;
    }
    if (view.filters?.organizations) {
      const organizations = view.filters.organizations
        .map((id) => r.entity(id))
        .filter((id, i, all): id is string => id !== null && all.indexOf(id) === i);
      view.filters = { ...view.filters, organizations };
    }
    if (Object.keys(view).length > 0) next.view = view;
    else delete next.view;
  }
  return next;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The stories after an edit, and a sentence for each citation, step or story that had to go. */
export function rewriteStories(
  stories: readonly Story[] | undefined,
  r: StoryRewrite,
): { stories: Story[] | undefined; lost: string[] } {
  if (!stories) return { stories, lost: [] };
  const lost: string[] = [];
  const out: Story[] = [];
  for (const story of stories) {
    const steps: StoryStep[] = [];
    story.steps.forEach((step, i) => {
      const next = rewriteStep(step, r);
      const where = `story “${story.title}”, step ${i + 1} (“${step.heading}”)`;
      if (next === "no-cites") lost.push(`${where}: the step, whose every cited excerpt is gone`);
      else if (next === "quotes-lost-article")
        lost.push(`${where}: the step, whose quoted words may come from an article it no longer cites`);
      else {
        const dropped = step.cites.length - next.cites.length;
        if (dropped > 0) lost.push(`${where}: ${dropped} cited excerpt${dropped === 1 ? "" : "s"}`);
        steps.push(same(next, step) ? step : next);
      }
    });
    if (steps.length === 0) lost.push(`story “${story.title}”: the whole story, none of its steps is left`);
    else
      out.push(
        steps.every((s, i) => s === story.steps[i]) && steps.length === story.steps.length
          ? story
          : { ...story, steps },
      );
  }
  return { stories: out, lost };
}

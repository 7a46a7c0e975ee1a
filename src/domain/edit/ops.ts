// The editor's operations on a dataset. Each is pure: it returns a new dataset (sharing what it did
// not change) or the reasons it is refused, at their JSON paths, from the loader's own checks
// (validate.ts), plus what the edit takes away ("what would be lost"), so the editor can show it
// before doing it. An excerpt is only ever made from a passage of an article's text, by offsets:
// there is no way to give its words.
import type { Article, Entity, Evidence, LoadedDataset, Relation } from "../../data/types";
import { CLAIM_STATUSES } from "../../data/vocabulary";
import { idProblem } from "./ids";
import { rewriteStories, type StoryRewrite } from "./stories";
import { datasetErrors } from "./validate";

/** A passage of an article, as offsets into its text ([start, end), as `String.slice` takes them). */
export interface Passage {
  article: string;
  start: number;
  end: number;
}

/** Everything an excerpt holds besides its article and its words. */
export type EvidenceFields = Omit<Evidence, "article" | "quote">;

export type RelationFields = Omit<Relation, "id" | "evidence">;
export type ArticleFields = Omit<Article, "id" | "text">;

export type EditOp =
  | { kind: "set-title"; title: string; description?: string }
  | { kind: "add-entity"; entity: Entity }
  | { kind: "update-entity"; id: string; entity: Omit<Entity, "id"> }
  | { kind: "delete-entity"; id: string }
  | { kind: "merge-entities"; keep: string; drop: string }
  | { kind: "add-relation"; id: string; relation: RelationFields; passage: Passage; evidence: EvidenceFields }
  | { kind: "update-relation"; id: string; relation: RelationFields }
  | { kind: "delete-relation"; id: string }
  | { kind: "add-evidence"; relation: string; passage: Passage; evidence: EvidenceFields }
  | { kind: "update-evidence"; relation: string; index: number; evidence: EvidenceFields }
  | { kind: "remove-evidence"; relation: string; index: number }
  | { kind: "add-article"; article: Article & { text: string } }
  | { kind: "update-article"; id: string; article: ArticleFields }
  | { kind: "remove-article"; id: string }
  /** Several edits as one step (a link between actors created on the spot): all or none. */
  | { kind: "batch"; label: string; ops: EditOp[] };

/** A reason an edit is refused: where (a JSON path in the dataset, or a form field) and what. */
export interface EditError {
  path: string;
  message: string;
  /** In a batch: which of its edits was refused. */
  step?: number;
}

export type EditResult =
  | { ok: true; dataset: LoadedDataset; label: string; lost: string[] }
  | { ok: false; errors: EditError[] };

const refuse = (path: string, message: string): EditResult => ({ ok: false, errors: [{ path, message }] });

/** Actors' and links' ids: one id space. */
export function takenIds(dataset: LoadedDataset): Set<string> {
  return new Set([...dataset.entities.map((e) => e.id), ...dataset.relations.map((r) => r.id)]);
}

const WHITE = /\s/;

/**
 * The excerpt a passage makes: its words exactly as the article has them, runs of white space made
 * one space (the only difference the format allows), white space at either end left out.
 */
export function passageQuote(
  dataset: LoadedDataset,
  passage: Passage,
): { ok: true; quote: string; start: number; end: number } | { ok: false; message: string } {
  const article = dataset.articles.find((a) => a.id === passage.article);
  if (!article) return { ok: false, message: `names no article '${passage.article}'` };
  const { text } = article;
  let { start, end } = passage;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end)
    return { ok: false, message: "is not a passage of the article: select some of its text" };
  while (start < end && WHITE.test(text.charAt(start))) start++;
  while (end > start && WHITE.test(text.charAt(end - 1))) end--;
  if (start === end) return { ok: false, message: "holds only white space: select some words" };
  const quote = text.slice(start, end).replace(/\s+/g, " ");
  if (quote.length > 5000) return { ok: false, message: "is longer than 5,000 characters: select less" };
  return { ok: true, quote, start, end };
}

function makeEvidence(dataset: LoadedDataset, passage: Passage, fields: EvidenceFields) {
  const made = passageQuote(dataset, passage);
  if (!made.ok) return made;
  // The fields are spread first: a quote or article smuggled into them is overwritten.
  const evidence: Evidence = { ...fields, article: passage.article, quote: made.quote } as Evidence;
  return { ok: true as const, evidence: orderedEvidence(evidence) };
}

function orderedEvidence(e: Evidence): Evidence {
  const { article, quote, attribution, attributionKind, status, note, date, acknowledge, ...rest } = e;
  return stripUndefined({
    ...rest,
    article,
    quote,
    attribution,
    attributionKind,
    status,
    note,
    date,
    acknowledge,
  });
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const surest = (evidence: readonly Evidence[]) =>
  Math.min(...evidence.map((e) => CLAIM_STATUSES.indexOf(e.status)));

/**
 * A link whose excerpts changed: when it was surer than what is left of its evidence, its status is
 * lowered to the surest excerpt's (saying less, never more), and that is reported.
 */
function settleStatus(relation: Relation, lost: string[]): Relation {
  const best = surest(relation.evidence);
  if (CLAIM_STATUSES.indexOf(relation.status) >= best) return relation;
  const status = CLAIM_STATUSES[best] ?? relation.status;
  lost.push(
    `link '${relation.id}': its status goes from '${relation.status}' to '${status}', as sure as its evidence`,
  );
  return { ...relation, status };
}

const NO_REWRITE: StoryRewrite = { entity: (id) => id, relation: () => true, evidence: (_, i) => i };

/** The dataset with its lists replaced, its stories kept true to the change. */
function withLists(
  dataset: LoadedDataset,
  lists: Partial<Pick<LoadedDataset, "entities" | "relations" | "articles" | "embeddedTexts">>,
  rewrite: Partial<StoryRewrite> | null,
  lost: string[],
): LoadedDataset {
  const next: LoadedDataset = { ...dataset, ...lists };
  if (rewrite && dataset.stories) {
    const byId = new Map(dataset.relations.map((r) => [r.id, r] as const));
    const { stories, lost: storyLost } = rewriteStories(dataset.stories, {
      ...NO_REWRITE,
      article: (relation, index) => byId.get(relation)?.evidence[index]?.article,
      ...rewrite,
    });
    lost.push(...storyLost);
    next.stories = stories;
  }
  if (lists.embeddedTexts && lists.embeddedTexts.length === 0) delete next.embeddedTexts;
  return next;
}

/** Removes excerpts (by relation id → indices to drop); links left with none are removed too. */
function dropEvidence(
  dataset: LoadedDataset,
  drops: ReadonlyMap<string, ReadonlySet<number>>,
  lost: string[],
  extra: {
    entities?: Entity[];
    removeRelations?: ReadonlySet<string>;
    entity?: (id: string) => string | null;
  } = {},
): LoadedDataset {
  const gone = new Set(extra.removeRelations ?? []);
  const indexMap = new Map<string, number[]>();
  const relations: Relation[] = [];
  for (const relation of dataset.relations) {
    if (gone.has(relation.id)) continue;
    const drop = drops.get(relation.id);
    if (!drop || drop.size === 0) {
      relations.push(relation);
      continue;
    }
    const map: number[] = [];
    const evidence: Evidence[] = [];
    relation.evidence.forEach((e, i) => {
      if (drop.has(i)) map.push(-1);
      else {
        map.push(evidence.length);
        evidence.push(e);
      }
    });
    indexMap.set(relation.id, map);
    if (evidence.length === 0) {
      gone.add(relation.id);
      lost.push(`link '${relation.id}' (“${relation.label}”), left without evidence`);
      continue;
    }
    lost.push(`${drop.size} excerpt${drop.size === 1 ? "" : "s"} of link '${relation.id}'`);
    relations.push(settleStatus({ ...relation, evidence }, lost));
  }
  return withLists(
    dataset,
    { relations, ...(extra.entities ? { entities: extra.entities } : {}) },
    {
      relation: (id) => !gone.has(id),
      evidence: (id, i) => {
        const map = indexMap.get(id);
        if (!map) return i;
        const at = map[i];
        return at === undefined || at < 0 ? null : at;
      },
      ...(extra.entity ? { entity: extra.entity } : {}),
    },
    lost,
  );
}

function unionOf<T>(...lists: ReadonlyArray<readonly T[]>): T[] {
  return [...new Set(lists.flat())];
}

function applyUnchecked(dataset: LoadedDataset, op: EditOp): EditResult {
  const lost: string[] = [];
  const ok = (next: LoadedDataset, label: string): EditResult => ({ ok: true, dataset: next, label, lost });
  const entityAt = (id: string) => dataset.entities.findIndex((e) => e.id === id);
  const relationAt = (id: string) => dataset.relations.findIndex((r) => r.id === id);
  switch (op.kind) {
    case "set-title": {
      const next: LoadedDataset = { ...dataset, title: op.title };
      if (op.description === undefined) delete next.description;
      else next.description = op.description;
      return ok(next, "change the dataset's title");
    }
    case "add-entity": {
      const problem = idProblem(op.entity.id, takenIds(dataset));
      if (problem) return refuse("id", problem);
      return ok(
        { ...dataset, entities: [...dataset.entities, stripUndefined(op.entity)] },
        `add actor “${op.entity.name}”`,
      );
    }
    case "update-entity": {
      const i = entityAt(op.id);
      if (i < 0) return refuse("id", `names no actor '${op.id}'`);
      const entities = dataset.entities.slice();
      entities[i] = stripUndefined({ ...op.entity, id: op.id } as Entity);
      return ok({ ...dataset, entities }, `edit actor “${op.entity.name}”`);
    }
    case "delete-entity": {
      const entity = dataset.entities[entityAt(op.id)];
      if (!entity) return refuse("id", `names no actor '${op.id}'`);
      const links = dataset.relations.filter((r) => r.source === op.id || r.target === op.id);
      for (const r of links)
        lost.push(`link '${r.id}' (“${r.label}”) with its ${r.evidence.length} excerpt(s)`);
      const entities: Entity[] = [];
      for (const e of dataset.entities) {
        if (e.id === op.id) continue;
        if (e.organizations.includes(op.id)) {
          lost.push(`actor '${e.id}' no longer belongs to '${op.id}'`);
          entities.push({ ...e, organizations: e.organizations.filter((o) => o !== op.id) });
        } else entities.push(e);
      }
      const next = dropEvidence(dataset, new Map(), lost, {
        entities,
        removeRelations: new Set(links.map((r) => r.id)),
        entity: (id) => (id === op.id ? null : id),
      });
      return ok(next, `delete actor “${entity.name}”`);
    }
    case "merge-entities": {
      const keep = dataset.entities[entityAt(op.keep)];
      const drop = dataset.entities[entityAt(op.drop)];
      if (!keep) return refuse("keep", `names no actor '${op.keep}'`);
      if (!drop) return refuse("drop", `names no actor '${op.drop}'`);
      if (keep.id === drop.id) return refuse("drop", "is the same actor: pick two different actors");
      const rename = (id: string) => (id === drop.id ? keep.id : id);
      const merged: Entity = stripUndefined({
        ...keep,
        aliases: unionOf(keep.aliases, [drop.name], drop.aliases).filter((a) => a !== keep.name),
        countries: unionOf(keep.countries, drop.countries),
        organizations: unionOf(keep.organizations, drop.organizations).filter(
          (o) => o !== keep.id && o !== drop.id,
        ),
        roles: unionOf(keep.roles, drop.roles),
        unnamed: keep.unnamed && drop.unnamed ? true : undefined,
        acknowledge:
          keep.acknowledge || drop.acknowledge
            ? unionOf(keep.acknowledge ?? [], drop.acknowledge ?? []).slice(0, 10)
            : undefined,
      });
      const entities: Entity[] = [];
      for (const e of dataset.entities) {
        if (e.id === drop.id) continue;
        if (e.id === keep.id) entities.push(merged);
        else if (e.organizations.includes(drop.id))
          entities.push({ ...e, organizations: unionOf(e.organizations.map(rename)) });
        else entities.push(e);
      }
      const selfLinks = new Set<string>();
      const relations = dataset.relations.map((r) => {
        if (r.source !== drop.id && r.target !== drop.id) return r;
        const moved = { ...r, source: rename(r.source), target: rename(r.target) };
        if (moved.source === moved.target) {
          selfLinks.add(r.id);
          lost.push(`link '${r.id}' (“${r.label}”) between the two, which would link the actor to itself`);
        }
        return moved;
      });
      const next = dropEvidence({ ...dataset, relations }, new Map(), lost, {
        entities,
        removeRelations: selfLinks,
        entity: (id) => rename(id),
      });
      return ok(next, `merge “${drop.name}” into “${keep.name}”`);
    }
    case "add-relation": {
      const problem = idProblem(op.id, takenIds(dataset));
      if (problem) return refuse("id", problem);
      const made = makeEvidence(dataset, op.passage, op.evidence);
      if (!made.ok) return refuse("passage", made.message);
      const relation = stripUndefined({ ...op.relation, id: op.id, evidence: [made.evidence] } as Relation);
      return ok(
        { ...dataset, relations: [...dataset.relations, relation] },
        `add link “${op.relation.label}”`,
      );
    }
    case "update-relation": {
      const i = relationAt(op.id);
      const old = dataset.relations[i];
      if (!old) return refuse("id", `names no link '${op.id}'`);
      const relations = dataset.relations.slice();
      relations[i] = stripUndefined({ ...op.relation, id: op.id, evidence: old.evidence } as Relation);
      return ok({ ...dataset, relations }, `edit link “${op.relation.label}”`);
    }
    case "delete-relation": {
      const old = dataset.relations[relationAt(op.id)];
      if (!old) return refuse("id", `names no link '${op.id}'`);
      lost.push(`${old.evidence.length} excerpt(s) of link '${old.id}'`);
      const next = dropEvidence(dataset, new Map(), lost, { removeRelations: new Set([op.id]) });
      return ok(next, `delete link “${old.label}”`);
    }
    case "add-evidence": {
      const i = relationAt(op.relation);
      const old = dataset.relations[i];
      if (!old) return refuse("relation", `names no link '${op.relation}'`);
      const made = makeEvidence(dataset, op.passage, op.evidence);
      if (!made.ok) return refuse("passage", made.message);
      if (old.evidence.some((e) => e.article === made.evidence.article && e.quote === made.evidence.quote))
        return refuse("passage", `is already an excerpt of link '${old.id}'`);
      const relations = dataset.relations.slice();
      relations[i] = { ...old, evidence: [...old.evidence, made.evidence] };
      return ok({ ...dataset, relations }, `add an excerpt to link “${old.label}”`);
    }
    case "update-evidence": {
      const i = relationAt(op.relation);
      const old = dataset.relations[i];
      const was = old?.evidence[op.index];
      if (!old || !was) return refuse("relation", `names no excerpt ${op.index} of link '${op.relation}'`);
      const evidence = old.evidence.slice();
      evidence[op.index] = orderedEvidence({
        ...op.evidence,
        article: was.article,
        quote: was.quote,
      } as Evidence);
      const relations = dataset.relations.slice();
      relations[i] = settleStatus({ ...old, evidence }, lost);
      return ok({ ...dataset, relations }, `edit an excerpt of link “${old.label}”`);
    }
    case "remove-evidence": {
      const old = dataset.relations[relationAt(op.relation)];
      if (!old?.evidence[op.index])
        return refuse("relation", `names no excerpt ${op.index} of link '${op.relation}'`);
      if (old.evidence.length === 1)
        return refuse(
          "relation",
          `is the only excerpt of link '${old.id}': a link needs evidence, so delete the link instead`,
        );
      const next = dropEvidence(dataset, new Map([[op.relation, new Set([op.index])]]), lost);
      return ok(next, `remove an excerpt of link “${old.label}”`);
    }
    case "add-article": {
      if (dataset.articles.some((a) => a.id === op.article.id))
        return refuse("id", `'${op.article.id}' is already the id of an article`);
      const reserved = idProblem(op.article.id, new Set());
      if (reserved) return refuse("id", reserved);
      return ok(
        {
          ...dataset,
          articles: [...dataset.articles, stripUndefined(op.article)],
          embeddedTexts: [...(dataset.embeddedTexts ?? []), op.article.id],
        },
        `add article “${op.article.title}”`,
      );
    }
    case "update-article": {
      const i = dataset.articles.findIndex((a) => a.id === op.id);
      const old = dataset.articles[i];
      if (!old) return refuse("id", `names no article '${op.id}'`);
      const articles = dataset.articles.slice();
      articles[i] = stripUndefined({ ...op.article, id: op.id, text: old.text });
      return ok({ ...dataset, articles }, `edit article “${op.article.title}”`);
    }
    case "batch": {
      let next = dataset;
      for (const [i, inner] of op.ops.entries()) {
        const r = applyUnchecked(next, inner);
        if (!r.ok) return { ok: false, errors: r.errors.map((e) => ({ ...e, path: e.path, step: i })) };
        lost.push(...r.lost);
        next = r.dataset;
      }
      return ok(next, op.label);
    }
    case "remove-article": {
      const article = dataset.articles.find((a) => a.id === op.id);
      if (!article) return refuse("id", `names no article '${op.id}'`);
      const drops = new Map<string, Set<number>>();
      for (const r of dataset.relations) {
        const at = new Set<number>();
        r.evidence.forEach((e, i) => {
          if (e.article === op.id) at.add(i);
        });
        if (at.size > 0) drops.set(r.id, at);
      }
      const articles = dataset.articles
        .filter((a) => a.id !== op.id)
        .map((a) => {
          if (a.derivedFrom !== op.id) return a;
          lost.push(`article '${a.id}' no longer says it rewrites '${op.id}'`);
          return { ...a, derivedFrom: null };
        });
      const embeddedTexts = dataset.embeddedTexts?.filter((id) => id !== op.id);
      const next = dropEvidence(
        { ...dataset, articles, ...(embeddedTexts ? { embeddedTexts } : {}) },
        drops,
        lost,
      );
      if (next.embeddedTexts?.length === 0) delete next.embeddedTexts;
      return ok(next, `remove article “${article.title}”`);
    }
  }
}

/**
 * Applies one edit. Refused when its own input is wrong (an unknown or taken id, an empty
 * passage) or when the dataset after it would not pass the loader's check; never throws.
 */
export function applyEdit(dataset: LoadedDataset, op: EditOp): EditResult {
  try {
    const result = applyUnchecked(dataset, op);
    if (!result.ok) return result;
    const errors = datasetErrors(result.dataset);
    if (errors.length > 0)
      return { ok: false, errors: errors.map(({ path, message }) => ({ path, message })) };
    return result;
  } catch (error) {
    return refuse(
      "(root)",
      `could not be applied: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

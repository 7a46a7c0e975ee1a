// What changed since the dataset was opened: actors, links, excerpts and articles added, removed
// and edited, with the old and new value of every changed claim status. Compared by id (excerpts by
// their article and words), so the list says what a reviewer needs, whatever order edits came in.
import type { Article, Entity, Evidence, LoadedDataset, Relation } from "../../data/types";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  kind: "added" | "removed" | "edited";
  id: string;
  name: string;
  fields: FieldChange[];
}

export interface EvidenceChange {
  kind: "added" | "removed" | "edited";
  relation: string;
  article: string;
  quote: string;
  fields: FieldChange[];
}

export interface Changes {
  title: FieldChange | null;
  articles: ItemChange[];
  actors: ItemChange[];
  links: ItemChange[];
  excerpts: EvidenceChange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(before: object, after: object, skip: readonly string[]): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.includes(k));
  return keys.filter((k) => !same(b[k], a[k])).map((field) => ({ field, before: b[field], after: a[field] }));
}

function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  name: (item: T) => string,
  skip: readonly string[],
): ItemChange[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const out: ItemChange[] = [];
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) out.push({ kind: "added", id: item.id, name: name(item), fields: [] });
    else if (was !== item) {
      const fields = fieldChanges(was, item, skip);
      if (fields.length > 0) out.push({ kind: "edited", id: item.id, name: name(item), fields });
    }
  }
  for (const item of before)
    if (!now.has(item.id)) out.push({ kind: "removed", id: item.id, name: name(item), fields: [] });
  return out;
}

const excerptKey = (relation: string, e: Evidence) => `${relation}\u0000${e.article}\u0000${e.quote}`;

function excerptsOf(relations: readonly Relation[]): Map<string, { relation: string; evidence: Evidence }> {
  const map = new Map<string, { relation: string; evidence: Evidence }>();
  for (const r of relations)
    for (const e of r.evidence) map.set(excerptKey(r.id, e), { relation: r.id, evidence: e });
  return map;
}

export function datasetChanges(before: LoadedDataset, after: LoadedDataset): Changes {
  const old = excerptsOf(before.relations);
  const now = excerptsOf(after.relations);
  const excerpts: EvidenceChange[] = [];
  const entry = (
    kind: EvidenceChange["kind"],
    relation: string,
    e: Evidence,
    fields: FieldChange[] = [],
  ) => ({
    kind,
    relation,
    article: e.article,
    quote: e.quote,
    fields,
  });
  for (const [key, { relation, evidence }] of now) {
    const was = old.get(key);
    if (!was) excerpts.push(entry("added", relation, evidence));
    else if (was.evidence !== evidence) {
      const fields = fieldChanges(was.evidence, evidence, []);
      if (fields.length > 0) excerpts.push(entry("edited", relation, evidence, fields));
    }
  }
  for (const [key, { relation, evidence }] of old)
    if (!now.has(key)) excerpts.push(entry("removed", relation, evidence));
  const titleChanged = before.title !== after.title || before.description !== after.description;
  return {
    title: titleChanged ? { field: "title", before: before.title, after: after.title } : null,
    articles: diffById<Article>(before.articles, after.articles, (a) => a.title, ["text"]),
    actors: diffById<Entity>(before.entities, after.entities, (e) => e.name, []),
    links: diffById<Relation>(before.relations, after.relations, (r) => r.label, ["evidence"]),
    excerpts,
  };
}

export function changeCount(c: Changes): number {
  return (c.title ? 1 : 0) + c.articles.length + c.actors.length + c.links.length + c.excerpts.length;
}

/** A field's value as the list and the report write it. */
export const show = (v: unknown) =>
  v === undefined ? "(none)" : typeof v === "string" ? v : JSON.stringify(v);

function fieldText(f: FieldChange): string {
  return `${f.field}: ${show(f.before)} → ${show(f.after)}`;
}

const clipQuote = (q: string) => (q.length > 100 ? `${q.slice(0, 99)}…` : q);

/** The changes as a short plain-text report, for a colleague or a commit message. */
export function changesReport(c: Changes, title: string): string {
  const lines: string[] = [`Changes to “${title}”`, ""];
  if (changeCount(c) === 0) return `${lines[0]}\n\nNo changes.\n`;
  if (c.title) lines.push(`Title: ${show(c.title.before)} → ${show(c.title.after)}`, "");
  const section = (heading: string, items: ItemChange[]) => {
    if (items.length === 0) return;
    lines.push(`${heading} (${items.length})`);
    for (const item of items) {
      lines.push(`  ${item.kind} ${item.id} “${item.name}”`);
      for (const f of item.fields) lines.push(`    ${fieldText(f)}`);
    }
    lines.push("");
  };
  section("Articles", c.articles);
  section("Actors", c.actors);
  section("Links", c.links);
  if (c.excerpts.length > 0) {
    lines.push(`Excerpts (${c.excerpts.length})`);
    for (const e of c.excerpts) {
      lines.push(`  ${e.kind} on ${e.relation}, from ${e.article}: “${clipQuote(e.quote)}”`);
      for (const f of e.fields) lines.push(`    ${fieldText(f)}`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

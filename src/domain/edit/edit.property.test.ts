// Random sequences of edits, then undoing every one of them: the dataset comes back deep-equal to
// where it started, it passes the loader's check after every step, and redoing gives the end again.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkJsonText } from "../../data/open/check";
import type { LoadedDataset } from "../../data/types";
import { ATTRIBUTION_KINDS, CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../../data/vocabulary";
import { tinyDatasetWithRewrite } from "../../test/fixtures";
import { record, redo, startHistory, undo } from "./history";
import { freeId } from "./ids";
import { applyEdit, type EditOp, takenIds } from "./ops";
import { formatDataset, toFileDataset } from "./serialize";

/** A seed: which edit, and numbers to pick its targets and values from whatever the dataset holds. */
const seed = fc.record({
  kind: fc.integer({ min: 0, max: 13 }),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  name: fc.constantFrom("Dave", "Eve", "constructor", "__proto__", "alice", "Acme Ltd", "Ünïcode name", ""),
});
type Seed = typeof seed extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined;

function opFor(d: LoadedDataset, s: Seed): EditOp | null {
  const entity = pick(d.entities, s.a);
  const other = pick(d.entities, s.b);
  const relation = pick(d.relations, s.a);
  const article = pick(d.articles, s.b);
  const status = pick(CLAIM_STATUSES, s.c) ?? "reported";
  const passage = article
    ? (() => {
        const start = s.c % Math.max(1, article.text.length - 1);
        return { article: article.id, start, end: Math.min(article.text.length, start + 1 + (s.a % 60)) };
      })()
    : null;
  const fields = { attribution: "The Paper", attributionKind: pick(ATTRIBUTION_KINDS, s.a), status };
  switch (s.kind) {
    case 0:
      return {
        kind: "add-entity",
        entity: {
          id: s.a % 3 === 0 ? s.name : freeId(s.name || "x", takenIds(d)),
          name: s.name,
          aliases: [],
          type: pick(ENTITY_TYPES, s.b) ?? "person",
          countries: [],
          organizations: other && s.c % 2 ? [other.id] : [],
          roles: [],
          description: "Added by the property test.",
        },
      };
    case 1:
      return entity
        ? { kind: "update-entity", id: entity.id, entity: { ...entity, name: s.name || entity.name } }
        : null;
    case 2:
      return entity ? { kind: "delete-entity", id: entity.id } : null;
    case 3:
      return entity && other ? { kind: "merge-entities", keep: entity.id, drop: other.id } : null;
    case 4:
    case 5:
      return entity && other && passage
        ? {
            kind: "add-relation",
            id:
              s.c % 5 === 0
                ? (pick(d.relations, s.b)?.id ?? "x")
                : freeId(`${entity.id}-${other.id}`, takenIds(d)),
            relation: {
              source: entity.id,
              target: other.id,
              type: pick(RELATION_TYPES, s.c) ?? "business",
              directed: s.a % 2 === 0,
              label: s.name || "linked",
              status,
            },
            passage,
            evidence: fields,
          }
        : null;
    case 6:
      return relation
        ? {
            kind: "update-relation",
            id: relation.id,
            relation: { ...relation, status, label: s.name || relation.label },
          }
        : null;
    case 7:
      return relation ? { kind: "delete-relation", id: relation.id } : null;
    case 8:
      return relation && passage
        ? { kind: "add-evidence", relation: relation.id, passage, evidence: fields }
        : null;
    case 9:
      return relation
        ? {
            kind: "update-evidence",
            relation: relation.id,
            index: s.b % relation.evidence.length,
            evidence: fields,
          }
        : null;
    case 10:
      return relation
        ? { kind: "remove-evidence", relation: relation.id, index: s.b % relation.evidence.length }
        : null;
    case 11:
      return article ? { kind: "remove-article", id: article.id } : null;
    case 12:
      return article
        ? {
            kind: "update-article",
            id: article.id,
            article: {
              ...article,
              title: s.name || article.title,
              derivedFrom: s.c % 3 === 0 ? (pick(d.articles, s.a)?.id ?? null) : article.derivedFrom,
            },
          }
        : null;
    default:
      return {
        kind: "add-article",
        article: {
          id: freeId(`article ${s.name}`, new Set(d.articles.map((a) => a.id))),
          file: "articles/added.txt",
          title: "Added",
          publisher: "Someone",
          author: null,
          published: "2021",
          url: "https://example.org/a",
          derivedFrom: null,
          text: "Dave met Eve in Rome. Eve said she may return.\n",
        },
      };
  }
}

/** The saved file opens in the loader (when it has an article: a new dataset may have none). */
function opensAsSaved(d: LoadedDataset): boolean {
  if (d.articles.length === 0) return true;
  return checkJsonText("saved.json", formatDataset(toFileDataset(d, { embedAll: true })), new Map()).ok;
}

describe("edit sequences", () => {
  it("are valid after every step, and undoing them all gives back the dataset deep-equal", () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.array(seed, { minLength: 1, maxLength: 25 }), (seeds) => {
        const start = tinyDatasetWithRewrite();
        const pristine = structuredClone(start);
        let history = startHistory(start);
        let applied = 0;
        for (const s of seeds) {
          const op = opFor(history.present, s);
          if (!op) continue;
          const result = applyEdit(history.present, op);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            continue;
          }
          history = record(history, result.dataset, result.label);
          kinds.add(op.kind);
          applied++;
          expect(opensAsSaved(history.present)).toBe(true);
        }
        const end = history.present;
        for (let i = 0; i < applied; i++) history = undo(history);
        expect(history.present).toEqual(pristine);
        expect(start).toEqual(pristine);
        for (let i = 0; i < applied; i++) history = redo(history);
        expect(history.present).toBe(end);
      }),
      { numRuns: 60 },
    );
    // Not a vacuous run: every kind of edit was applied somewhere.
    expect(kinds.size).toBe(13);
  });

  it("keeps at least 200 steps to undo", () => {
    let history = startHistory(tinyDatasetWithRewrite());
    const first = history.present;
    for (let i = 0; i < 250; i++) {
      const r = applyEdit(history.present, { kind: "set-title", title: `Title ${i}` });
      if (!r.ok) throw new Error("title refused");
      history = record(history, r.dataset, r.label);
    }
    let n = 0;
    while (history.past.length > 0) {
      history = undo(history);
      n++;
    }
    expect(n).toBe(250);
    expect(history.present).toBe(first);
  });
});

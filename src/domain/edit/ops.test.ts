import { describe, expect, it } from "vitest";
import type { Entity, LoadedDataset } from "../../data/types";
import { tinyDataset, tinyDatasetWithRewrite } from "../../test/fixtures";
import { realDataset } from "../../test/realDataset";
import { normalizeArticleText } from "./articleText";
import { changeCount, changesReport, datasetChanges } from "./changes";
import { freeId, idProblem, slugify } from "./ids";
import { applyEdit, type EditOp, type EditResult } from "./ops";
import { passageHedge, passageWarning } from "./passage";

function done(result: EditResult): Extract<EditResult, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const person = (id: string, name: string): Entity => ({
  id,
  name,
  aliases: [],
  type: "person",
  countries: [],
  organizations: [],
  roles: [],
  description: "Named in the story.",
});

const textOf = (d: LoadedDataset, id = "paper") => d.articles.find((a) => a.id === id)?.text ?? "";

describe("applyEdit", () => {
  it("adds an actor and refuses an id that is taken by an actor or a link, or reserved", () => {
    const d = tinyDataset();
    const next = done(applyEdit(d, { kind: "add-entity", entity: person("dave", "Dave") })).dataset;
    expect(next.entities.map((e) => e.id)).toContain("dave");
    expect(d.entities.map((e) => e.id)).not.toContain("dave");
    for (const id of ["alice", "alice-bob"]) {
      const r = applyEdit(d, { kind: "add-entity", entity: person(id, "X") });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.errors[0]).toMatchObject({
          path: "id",
          message: `'${id}' is already used: ids of actors and links must all differ`,
        });
    }
    for (const id of ["constructor", "__proto__"]) {
      const r = applyEdit(d, { kind: "add-entity", entity: person(id, "X") });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.message).toContain("reserved");
    }
  });

  it("refuses what the loader refuses, at the loader's JSON path", () => {
    const d = tinyDataset();
    const r = applyEdit(d, {
      kind: "update-entity",
      id: "alice",
      entity: { ...person("alice", ""), countries: ["France"] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(["entities[0].name", "entities[0].countries[0]"]),
      );
    }
    const sure = applyEdit(d, {
      kind: "update-relation",
      id: "carol-alice",
      relation: {
        source: "carol",
        target: "alice",
        type: "communication",
        directed: true,
        label: "called",
        status: "confirmed",
      },
    });
    expect(sure.ok).toBe(false);
    if (!sure.ok) expect(sure.errors[0]?.path).toBe("relations[2].status");
  });

  it("takes an excerpt's words from the article at the passage's offsets, never from the caller", () => {
    const d = tinyDataset();
    const text = textOf(d);
    const start = text.indexOf("Bob works");
    const op = {
      kind: "add-relation",
      id: "alice-acme",
      relation: {
        source: "alice",
        target: "acme",
        type: "business",
        directed: false,
        label: "linked",
        status: "reported",
      },
      passage: { article: "paper", start: start - 1, end: start + "Bob works for Acme.".length + 1 },
      evidence: { attribution: "The Paper", status: "reported", quote: "made up words" },
    } as unknown as EditOp;
    const next = done(applyEdit(d, op)).dataset;
    const added = next.relations.at(-1);
    expect(added?.evidence).toEqual([
      { article: "paper", quote: "Bob works for Acme.", attribution: "The Paper", status: "reported" },
    ]);
    const empty = applyEdit(d, { ...op, passage: { article: "paper", start: 5, end: 5 } } as EditOp);
    expect(empty.ok).toBe(false);
  });

  it("collapses a passage across paragraphs to single spaces, as the format allows", () => {
    const d = tinyDataset();
    const a = d.articles[0];
    if (a) a.text += "\r\n\r\nFirst paragraph ends here.\r\n\r\nSecond one starts.";
    const from = a?.text.indexOf("paragraph") ?? 0;
    const next = done(
      applyEdit(d, {
        kind: "add-evidence",
        relation: "alice-bob",
        passage: { article: "paper", start: from, end: a?.text.indexOf(" one") ?? 0 },
        evidence: { attribution: "The Paper", status: "confirmed" },
      }),
    ).dataset;
    expect(next.relations[0]?.evidence.at(-1)?.quote).toBe("paragraph ends here. Second");
  });

  it("deletes an actor with its links and memberships, saying what is lost", () => {
    const r = done(applyEdit(tinyDataset(), { kind: "delete-entity", id: "acme" }));
    expect(r.dataset.relations.map((x) => x.id)).toEqual(["alice-bob", "carol-alice"]);
    expect(r.dataset.entities.find((e) => e.id === "bob")?.organizations).toEqual([]);
    expect(r.lost.join("\n")).toMatch(/bob-acme[\s\S]*bob/);
  });

  it("merges two actors: names become aliases, links and memberships move, a link between them goes", () => {
    const d = tinyDataset();
    const r = done(applyEdit(d, { kind: "merge-entities", keep: "alice", drop: "bob" }));
    const alice = r.dataset.entities.find((e) => e.id === "alice");
    expect(alice?.aliases).toEqual(["Bob"]);
    expect(alice?.organizations).toEqual(["acme"]);
    expect(r.dataset.entities.some((e) => e.id === "bob")).toBe(false);
    const moved = r.dataset.relations.find((x) => x.id === "bob-acme");
    expect(moved).toMatchObject({ source: "alice", target: "acme" });
    expect(moved?.evidence).toEqual(d.relations[1]?.evidence);
    expect(r.dataset.relations.some((x) => x.id === "alice-bob")).toBe(false);
    expect(r.lost.some((l) => l.includes("alice-bob"))).toBe(true);
  });

  it("removes an excerpt, lowering the link's status to its surest remaining excerpt", () => {
    const d = tinyDataset();
    const text = textOf(d);
    const s = text.indexOf("Carol called");
    const withTwo = done(
      applyEdit(d, {
        kind: "add-evidence",
        relation: "alice-bob",
        passage: { article: "paper", start: s, end: s + "Carol called Alice.".length },
        evidence: { attribution: "The Paper", status: "unconfirmed" },
      }),
    ).dataset;
    const r = done(applyEdit(withTwo, { kind: "remove-evidence", relation: "alice-bob", index: 0 }));
    expect(r.dataset.relations[0]?.status).toBe("unconfirmed");
    expect(r.lost.join(" ")).toContain("from 'confirmed' to 'unconfirmed'");
    const last = applyEdit(d, { kind: "remove-evidence", relation: "alice-bob", index: 0 });
    expect(last.ok).toBe(false);
  });

  it("removes an article with what cites it, and says what is lost first", () => {
    const d = tinyDatasetWithRewrite();
    const r = done(applyEdit(d, { kind: "remove-article", id: "blog" }));
    expect(r.dataset.articles.map((a) => a.id)).toEqual(["paper"]);
    expect(r.dataset.relations.flatMap((x) => x.evidence).every((e) => e.article === "paper")).toBe(true);
    expect(r.lost.length).toBeGreaterThan(0);
    const all = done(applyEdit(d, { kind: "remove-article", id: "paper" }));
    expect(all.dataset.relations.every((x) => x.evidence.every((e) => e.article === "blog"))).toBe(true);
    expect(all.dataset.articles[0]?.derivedFrom).toBeNull();
  });

  it("keeps the curated story true: a deleted link's citations go and later excerpts are renumbered", () => {
    const { dataset } = realDataset();
    const cited = dataset.stories?.[0]?.steps[0]?.cites[0];
    if (!cited) throw new Error("the curated story cites something");
    const r = applyEdit(dataset, { kind: "delete-relation", id: cited.relation });
    if (r.ok) {
      const cites = r.dataset.stories?.flatMap((s) => s.steps.flatMap((st) => st.cites)) ?? [];
      expect(cites.some((c) => c.relation === cited.relation)).toBe(false);
      expect(r.lost.some((l) => l.includes("story"))).toBe(true);
    } else {
      // A step whose quoted words were only in that link's excerpts is refused, at the step's path.
      expect(r.errors[0]?.path).toMatch(/^stories\[0\]\.steps\[\d+\]/);
    }
  });
});

describe("removing a curated article", () => {
  it.each(dataArticleIds())(
    "removes '%s', and the story steps whose quoted words came from it go, listed",
    (id) => {
      const { dataset } = realDataset();
      const r = done(applyEdit(dataset, { kind: "remove-article", id }));
      expect(r.dataset.articles.map((a) => a.id)).not.toContain(id);
      expect(r.dataset.relations.flatMap((x) => x.evidence).some((e) => e.article === id)).toBe(false);
      // Every step left cites only what is left, and the steps that went are named in what is lost.
      const steps = r.dataset.stories?.flatMap((s) => s.steps) ?? [];
      const before = dataset.stories?.flatMap((s) => s.steps) ?? [];
      expect(steps.length).toBeLessThan(before.length);
      expect(r.lost.some((l) => l.includes("quoted words may come from an article it no longer cites"))).toBe(
        true,
      );
    },
  );
});

function dataArticleIds(): string[] {
  return realDataset().dataset.articles.map((a) => a.id);
}

describe("passageWarning", () => {
  it("warns when a selection drops its sentence's hedge and offers the wider passage", () => {
    const text = tinyDataset().articles[0]?.text ?? "";
    const s = text.indexOf("Carol called");
    const e = s + "Carol called Alice.".length;
    const w = passageWarning(text, s, e, "reported");
    expect(w?.phrase).toBe("could not be confirmed");
    expect(text.slice(w?.widened.start, w?.widened.end)).toBe(
      "It could not be confirmed whether Carol called Alice.",
    );
    expect(passageWarning(text, w?.widened.start ?? 0, w?.widened.end ?? 0, "reported")).toBeNull();
    expect(passageWarning(text, s, e, "unconfirmed")).toBeNull();
  });

  it("judges the second of two identical passages in its own sentence", () => {
    const text = "Bob met Ann. It is alleged that Bob met Ann.";
    const second = text.lastIndexOf("Bob met Ann.");
    expect(passageWarning(text, 0, 12, "reported")).toBeNull();
    expect(passageWarning(text, second, second + 12, "reported")?.phrase).toBe("alleged");
  });
});

describe("passageHedge", () => {
  it("names the hedge a passage carries only when it is to be called confirmed", () => {
    expect(passageHedge("Bob allegedly paid Ann.", "confirmed")).toBe("alleged");
    expect(passageHedge("Bob reportedly paid Ann.", "confirmed")).toBe("reportedly");
    expect(passageHedge("Bob may have paid Ann.", "confirmed")).toBe("may");
    expect(passageHedge("Bob may have paid Ann.", "reported")).toBeNull();
    // A name is no hedge.
    expect(passageHedge("Theresa May met Bob.", "confirmed")).toBeNull();
  });
});

describe("ids", () => {
  it("makes free ids from names and explains refusals", () => {
    expect(slugify("Sergey Kislyak’s Office")).toBe("sergey-kislyaks-office");
    expect(slugify("Constructor")).toBe("constructor-1");
    expect(freeId("Alice", new Set(["alice", "alice-2"]))).toBe("alice-3");
    expect(idProblem("Bad Id", new Set())).toMatch(/lowercase/);
    expect(idProblem("__proto__", new Set())).toMatch(/reserved/);
  });
});

describe("normalizeArticleText", () => {
  it("drops the BOM, makes CRLF and no-break spaces plain, refuses empty and oversized texts", () => {
    expect(normalizeArticleText("\ufeffOne\u00a0two\r\nthree  \r\n")).toEqual({
      ok: true,
      text: "One two\nthree\n",
    });
    expect(normalizeArticleText(" \r\n").ok).toBe(false);
    expect(normalizeArticleText("x".repeat(2_100_000)).ok).toBe(false);
  });
});

describe("changes", () => {
  it("lists what was added, removed and edited, with old and new statuses, as a short report", () => {
    const d = tinyDataset();
    let next = done(applyEdit(d, { kind: "add-entity", entity: person("dave", "Dave") })).dataset;
    next = done(applyEdit(next, { kind: "delete-relation", id: "bob-acme" })).dataset;
    next = done(
      applyEdit(next, {
        kind: "update-evidence",
        relation: "alice-bob",
        index: 0,
        evidence: { attribution: "The Paper", status: "reported" },
      }),
    ).dataset;
    const c = datasetChanges(d, next);
    expect(c.actors).toEqual([{ kind: "added", id: "dave", name: "Dave", fields: [] }]);
    expect(c.links).toContainEqual({ kind: "removed", id: "bob-acme", name: "works for", fields: [] });
    expect(c.links).toContainEqual({
      kind: "edited",
      id: "alice-bob",
      name: "met",
      fields: [{ field: "status", before: "confirmed", after: "reported" }],
    });
    expect(c.excerpts.find((e) => e.kind === "edited")?.fields).toEqual([
      { field: "status", before: "confirmed", after: "reported" },
    ]);
    expect(changeCount(c)).toBe(5);
    const report = changesReport(c, d.title);
    expect(report).toContain("added dave “Dave”");
    expect(report).toContain("status: confirmed → reported");
    expect(changesReport(datasetChanges(d, d), d.title)).toContain("No changes.");
  });
});

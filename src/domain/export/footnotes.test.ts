import { describe, expect, it } from "vitest";
import { realDataset } from "../../test/realDataset";
import { buildFootnotes, MAX_FOOTNOTES, omittedSentence } from "./footnotes";

const { dataset } = realDataset();

describe("buildFootnotes", () => {
  it("quotes the picked excerpt with its article's publisher, date and title, and its claim status", () => {
    const relation = dataset.relations.find((r) => r.evidence.length > 1) ?? dataset.relations[0];
    if (!relation) throw new Error("no relation");
    const { notes, omitted } = buildFootnotes(dataset, [
      { relation: relation.id, evidence: relation.evidence.length - 1 },
    ]);
    expect(omitted).toBe(0);
    const [note] = notes;
    const evidence = relation.evidence[relation.evidence.length - 1];
    const article = dataset.articles.find((a) => a.id === evidence?.article);
    expect(note?.number).toBe(1);
    expect(note?.text).toContain(`“${evidence?.quote.replace(/\s+/g, " ").trim()}”`);
    expect(note?.text).toContain(article?.publisher);
    expect(note?.text).toContain(`“${article?.title}”`);
    expect(note?.text).toContain(article?.published.slice(0, 4));
    expect(note?.text).toMatch(new RegExp(`Claim status: ${evidence?.status}\\.$`));
  });

  it("numbers in the order given, once per link, and takes the first excerpt when none is picked", () => {
    const [a, b] = dataset.relations;
    if (!a || !b) throw new Error("no relations");
    const { notes } = buildFootnotes(dataset, [
      { relation: b.id },
      { relation: a.id },
      { relation: b.id },
      { relation: "nope" },
    ]);
    expect(notes.map((n) => [n.number, n.relation, n.evidence])).toEqual([
      [1, b.id, 0],
      [2, a.id, 0],
    ]);
  });

  it("stops at 40 and counts the links left out", () => {
    const picks = dataset.relations.map((r) => ({ relation: r.id }));
    const { notes, omitted } = buildFootnotes(dataset, picks);
    expect(notes).toHaveLength(MAX_FOOTNOTES);
    expect(omitted).toBe(dataset.relations.length - MAX_FOOTNOTES);
    expect(omittedSentence(omitted)).toContain(`${omitted} more links are not footnoted`);
    expect(omittedSentence(0)).toBe("");
  });

  it("quotes every picked excerpt of a link in its one note, under its one number, and each excerpt once", () => {
    const relation = dataset.relations.find((r) => r.evidence.length > 1);
    const other = dataset.relations.find((r) => r !== relation);
    if (!relation || !other) throw new Error("no relation with two excerpts");
    const { notes } = buildFootnotes(dataset, [
      { relation: relation.id, evidence: 1 },
      { relation: other.id, evidence: 0 },
      { relation: relation.id, evidence: 0 },
      { relation: relation.id, evidence: 1 },
    ]);
    expect(notes.map((n) => [n.number, n.relation])).toEqual([
      [1, relation.id],
      [2, other.id],
    ]);
    const [first] = notes;
    expect(first?.excerpts.map((e) => e.evidence)).toEqual([1, 0]);
    const quotes = [1, 0].map((i) => relation.evidence[i]?.quote.replace(/\s+/g, " ").trim());
    const at = quotes.map((q) => first?.text.indexOf(`“${q}”`) ?? -1);
    expect(at[0]).toBeGreaterThan(0);
    expect(at[1]).toBeGreaterThan(at[0] ?? 0);
    expect(first?.text.match(/Claim status: /g)).toHaveLength(2);
    expect(first?.text.startsWith("1. ")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { locateQuote } from "../data/quotes";
import { tinyDataset } from "../test/fixtures";
import { realDataset } from "../test/realDataset";
import {
  type ExcerptSpan,
  excerptPlaces,
  excerptSpans,
  MARK_CAPS,
  MAX_MENTIONS,
  mentionSpans,
  type Segment,
  segmentText,
  toBlocks,
} from "./excerpts";

describe("excerptSpans", () => {
  it("computes every excerpt's place from the article text, not from stored offsets", () => {
    const dataset = tinyDataset();
    const spans = excerptSpans(dataset).get("paper") ?? [];
    const text = dataset.articles[0]?.text ?? "";
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "Alice met Bob in Paris.",
      "Bob works for Acme.",
      "It could not be confirmed whether Carol called Alice.",
    ]);
  });

  it("maps every excerpt of the real dataset to exactly its places in its article (all of them when repeated)", () => {
    const { dataset } = realDataset();
    const spans = excerptSpans(dataset);
    for (const relation of dataset.relations) {
      relation.evidence.forEach((evidence, i) => {
        const text = dataset.articles.find((a) => a.id === evidence.article)?.text ?? "";
        const places = locateQuote(text, evidence.quote);
        const mine = (spans.get(evidence.article) ?? []).filter(
          (s) => s.relationId === relation.id && s.evidenceIndex === i,
        );
        expect(places.length, `${relation.id} evidence ${i}`).toBeGreaterThan(0);
        expect(mine.map(({ start, end }) => ({ start, end }))).toEqual(places);
        // The span covers the quote's own words (white space runs may differ).
        for (const s of mine) {
          expect(text.slice(s.start, s.end).replace(/\s+/g, " ")).toBe(evidence.quote.replace(/\s+/g, " "));
        }
      });
    }
  });

  it("keeps the blog's curly quotes distinct: a straight-quoted copy is not found", () => {
    const dataset = tinyDataset();
    const article = dataset.articles[0];
    if (!article) throw new Error("no article");
    article.text = "He said “no” to Bob.";
    const relation = dataset.relations[0];
    if (!relation?.evidence[0]) throw new Error("no relation");
    relation.evidence[0].quote = 'He said "no"';
    expect(
      excerptSpans(dataset)
        .get("paper")
        ?.filter((s) => s.relationId === relation.id),
    ).toEqual([]);
  });
});

describe("excerptPlaces", () => {
  it("should mark at most a few places per excerpt and a bounded number per article, and say so", () => {
    const dataset = tinyDataset();
    const article = dataset.articles[0];
    const relation = dataset.relations[0];
    if (!article || !relation) throw new Error("fixture changed");
    article.text = "a".repeat(100_000);
    relation.evidence = Array.from({ length: 1_000 }, () => ({
      ...relation.evidence[0],
      quote: "a",
    })) as typeof relation.evidence;
    dataset.relations = [relation];
    const { spans, capped } = excerptPlaces(dataset);
    const marked = spans.get(article.id) ?? [];
    expect(marked.length).toBe(MARK_CAPS.perArticle);
    expect(marked.filter((s) => s.evidenceIndex === 0)).toHaveLength(MARK_CAPS.perExcerpt);
    expect(capped.get(article.id)).toBe(true);
  });

  it("should stop looking for excerpts in an article past its reading budget, and count those left", () => {
    const dataset = tinyDataset();
    const article = dataset.articles[0];
    const relation = dataset.relations[0];
    if (!article || !relation) throw new Error("fixture changed");
    article.text = `${"Filler line of a long article. ".repeat(1_000)}The end.`;
    // 100 distinct quotes, each found once at the very end: each costs a whole reading.
    dataset.relations = Array.from({ length: 100 }, (_, i) => ({
      ...relation,
      id: `r-${i}`,
      evidence: [{ ...relation.evidence[0], quote: i === 0 ? "The end." : `missing ${i}` }],
    })) as typeof dataset.relations;
    const T = article.text.length;
    const meter = { steps: 0 };
    const caps = { ...MARK_CAPS, steps: 10 * T };
    const { spans, unlooked } = excerptPlaces(dataset, {}, caps, meter);
    expect(spans.get(article.id)).toHaveLength(1);
    // The index, then about ten readings; the other quotes are counted, not looked for.
    expect(meter.steps).toBeLessThanOrEqual(caps.steps + T + 1_000);
    expect(unlooked.get(article.id)).toBeGreaterThanOrEqual(85);
    expect(excerptPlaces(dataset).unlooked.get(article.id)).toBe(0);
  });

  it("should say nothing is left unmarked when nothing is", () => {
    expect(excerptPlaces(tinyDataset()).capped.get("paper")).toBe(false);
  });
});

describe("mentionSpans", () => {
  it("marks named entities by name and alias as whole words, longest first, and never unnamed actors", () => {
    const entities = tinyDataset().entities;
    entities[0]?.aliases.push("Ali");
    const text = "Alice met Bob. Alicia is not Ali. A caller called.";
    const spans = mentionSpans(text, entities).map((m) => [text.slice(m.start, m.end), m.entityId]);
    expect(spans).toEqual([
      ["Alice", "alice"],
      ["Bob", "bob"],
      ["Ali", "alice"],
    ]);
  });

  it("marks at most MAX_MENTIONS names in one article", () => {
    const entities = tinyDataset().entities;
    const text = "Alice met Bob. ".repeat(10_000);
    expect(mentionSpans(text, entities)).toHaveLength(MAX_MENTIONS);
    expect(mentionSpans(text, entities, 3).map((m) => text.slice(m.start, m.end))).toEqual([
      "Alice",
      "Alice",
      "Alice",
    ]);
  });
});

describe("segmentText", () => {
  it("cuts the text at every boundary, listing the excerpts (shortest first) and the mention over each piece", () => {
    const text = "Alice met Bob in Paris.";
    const segments = segmentText(
      text,
      [
        { start: 0, end: 23, relationId: "long", evidenceIndex: 0 },
        { start: 0, end: 13, relationId: "short", evidenceIndex: 1 },
      ],
      [{ start: 10, end: 13, entityId: "bob" }],
    );
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.relations, s.entityId])).toEqual([
      ["Alice met ", ["short", "long"], null],
      ["Bob", ["short", "long"], "bob"],
      [" in Paris.", ["long"], null],
    ]);
    expect(segments[0]?.evidence).toEqual(["short#1", "long#0"]);
  });
});

describe("mentionSpans on the real articles", () => {
  it("finds what a name-by-name whole-word search finds, longest names first", () => {
    const { dataset } = realDataset();
    const naive = (text: string) => {
      const names = dataset.entities
        .filter((e) => !e.unnamed)
        .flatMap((e) => [...new Set([e.name, ...e.aliases])].map((name) => ({ name, id: e.id })))
        .filter((n) => n.name.length >= 3 && /^[\p{L}\p{N}]/u.test(n.name))
        .sort((a, b) => b.name.length - a.name.length);
      const taken: { start: number; end: number; entityId: string }[] = [];
      for (const { name, id } of names) {
        const re = new RegExp(
          `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
          "gu",
        );
        for (const m of text.matchAll(re)) {
          const start = m.index ?? 0;
          const end = start + name.length;
          if (!taken.some((t) => start < t.end && end > t.start)) taken.push({ start, end, entityId: id });
        }
      }
      return taken.sort((a, b) => a.start - b.start);
    };
    for (const article of dataset.articles) {
      const found = mentionSpans(article.text, dataset.entities);
      expect(found.length).toBeGreaterThan(10);
      expect(found).toEqual(naive(article.text));
    }
  });
});

describe("toBlocks", () => {
  const text = `${"First line of the story.\n".repeat(40)}${"a".repeat(3000)} end`;
  const excerpt = (start: number, end: number): ExcerptSpan => ({
    start,
    end,
    relationId: "r",
    evidenceIndex: 0,
  });

  it("keeps every character, in order, and cuts only plain text, at line breaks where it can", () => {
    const spans = [excerpt(10, 60), excerpt(1100, 1160)];
    const segments = segmentText(text, spans, [{ start: 200, end: 210, entityId: "e" }]);
    const blocks = toBlocks(segments, 256);
    expect(blocks.length).toBeGreaterThan(5);
    expect(
      blocks
        .flat()
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
    // Starts stay true to the text.
    for (const s of blocks.flat()) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    // Every excerpt and name is whole in one block.
    const marked = (b: Segment[]) =>
      b
        .filter((s) => s.relations.length > 0 || s.entityId)
        .map((s) => s.text)
        .join("");
    expect(blocks.map(marked).join("")).toBe(
      segments
        .filter((s) => s.relations.length > 0 || s.entityId)
        .map((s) => s.text)
        .join(""),
    );
    for (const s of blocks.flat()) {
      if (s.relations.length > 0 || s.entityId) expect(segments).toContainEqual(s);
    }
    // Where the text has line breaks, each block but the last ends with one.
    const lined = blocks.filter((b) => (b.at(-1)?.start ?? 0) < 1000).slice(0, -1);
    for (const b of lined) expect(b.at(-1)?.text.endsWith("\n")).toBe(true);
    // Blocks stay near the size asked for, even in a long run without line breaks.
    for (const b of blocks)
      expect(b.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(2 * 256 + 60);
  });

  it("gives one block for a short text", () => {
    const segments = segmentText("Short.", [], []);
    expect(toBlocks(segments, 256)).toEqual([segments]);
  });
});

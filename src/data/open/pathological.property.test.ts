// Issue 20: hostile or simply huge files cost bounded work. Generated pathological datasets (tiny
// quotes, huge repeated texts, thousands of duplicated quotes, deep nesting, long ids) go through
// the check every load runs and the reader's index; each must finish within a number of steps
// (characters scanned, counted by a Meter) bounded by the input's size, not by how often a short
// quote happens to occur. Steps, never time: the bound holds on any machine, however loaded.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excerptPlaces, MARK_CAPS } from "../../domain/excerpts";
import { type Meter, normalizeWhitespace } from "../quotes";
import type { LoadedDataset } from "../types";
import { checkDataset, checkJsonText } from "./check";

const MINIMAL = JSON.parse(readFileSync("data/examples/minimal.json", "utf8"));
const ARTICLE = "gazette-2024-03-01";

/** A whole check of 30 generated datasets: generous for a 2-core machine shared by others. */
const BUDGET_MS = 240_000;

/** Article texts that make naive quote searches explode. */
const hostileText = fc.oneof(
  fc
    .record({
      unit: fc.constantFrom("a", "ab", "a ", " \n\t", "aaab"),
      n: fc.integer({ min: 1, max: 120_000 }),
    })
    .map(({ unit, n }) => unit.repeat(n)),
  fc.integer({ min: 1, max: 400 }).map((n) => (MINIMAL.articles[0].text as string).repeat(n)),
  fc.constant("a"),
);

interface Pathology {
  text: string;
  /** Where each quote comes from: a short slice, a long slice, a missing one, blank. */
  quotes: { kind: "tiny" | "long" | "missing" | "blank"; at: number; length: number }[];
  /** How many relations repeat each quote. */
  copies: number;
  idLength: number;
  depth: number;
}

const pathology: fc.Arbitrary<Pathology> = fc.record({
  text: hostileText,
  quotes: fc.array(
    fc.record({
      kind: fc.constantFrom("tiny", "long", "missing", "blank"),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 5_000 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  copies: fc.integer({ min: 1, max: 3_000 }),
  idLength: fc.integer({ min: 1, max: 20_000 }),
  depth: fc.integer({ min: 0, max: 50_000 }),
});

function quoteOf(text: string, q: Pathology["quotes"][number]): string {
  const at = q.at % text.length;
  if (q.kind === "blank") return " \n ";
  if (q.kind === "tiny") return text.slice(at, at + 1 + (q.length % 3)) || "a";
  const slice = text.slice(at, at + q.length) || text;
  return q.kind === "long" ? slice : `${slice}\u2603`; // a snowman no generated text holds
}

/** The dataset: minimal.json with the hostile text, the quotes repeated `copies` times, and the rest. */
function build(p: Pathology): { data: Record<string, unknown>; quotes: string[] } {
  const data = structuredClone(MINIMAL);
  data.articles[0].text = p.text;
  const template = data.relations[0];
  const quotes = p.quotes.map((q) => quoteOf(p.text, q));
  const relations = [];
  for (let i = 0; i < p.copies; i++) {
    const quote = quotes[i % quotes.length] as string;
    relations.push({
      ...template,
      id: `r-${i}`,
      status: "reported",
      evidence: [{ ...template.evidence[0], quote, status: "reported" }],
    });
  }
  data.relations = relations;
  // A long id and a deeply nested value where the schema does not expect one.
  data.entities[0].id = "x".repeat(p.idLength);
  let nested: unknown = [];
  for (let d = 0; d < p.depth; d++) nested = [nested];
  data.entities[1].extra = nested;
  return { data, quotes };
}

describe("pathological datasets cost bounded work", () => {
  it(
    "checking a dataset scans each article once and each distinct quote once, to its first place",
    () => {
      fc.assert(
        fc.property(pathology, (p) => {
          const { data, quotes } = build(p);
          const meter: Meter = { steps: 0 };
          const { problems } = checkDataset(data, {}, meter);
          // Refused for the long id and the stray field, and never by throwing.
          expect(problems.some((x) => x.code === "internal")).toBe(false);
          expect(problems.length).toBeGreaterThan(0);
          const T = p.text.length;
          const distinct = new Set(quotes.map(normalizeWhitespace)).size;
          const longest = Math.max(...quotes.map((q) => q.length));
          // One pass over the text, a scan per distinct quote, a look-up per repeated one.
          expect(meter.steps).toBeLessThanOrEqual(T + distinct * (T + longest) + p.copies * longest);
        }),
        { numRuns: 30, seed: 20 },
      );
    },
    BUDGET_MS,
  );

  it(
    "the reader indexes an article once, looks for each distinct quote once, and stops after a few places",
    () => {
      fc.assert(
        fc.property(pathology, (p) => {
          const { data, quotes } = build(p);
          const dataset = data as unknown as LoadedDataset;
          const meter: Meter = { steps: 0 };
          const { spans, capped } = excerptPlaces(dataset, {}, MARK_CAPS, meter);
          const marked = spans.get(ARTICLE) ?? [];
          expect(marked.length).toBeLessThanOrEqual(MARK_CAPS.perArticle);
          const T = p.text.length;
          const distinct = new Set(quotes).size;
          const longest = Math.max(...quotes.map((q) => q.length));
          const L = MARK_CAPS.perExcerpt + 1;
          // Each distinct quote: read the text once, compare the quote at most L times. Collecting
          // every place of a one-letter quote in a 100,000-letter text would cost far more.
          expect(meter.steps).toBeLessThanOrEqual(
            T + distinct * (T + (L + 1) * longest) + p.copies * longest,
          );
          if (marked.length === MARK_CAPS.perArticle) expect(capped.get(ARTICLE)).toBe(true);
        }),
        { numRuns: 30, seed: 20 },
      );
    },
    BUDGET_MS,
  );

  it(
    "deeply nested JSON text is refused or read, never a stack overflow",
    () => {
      for (const depth of [1_000, 100_000, 1_000_000]) {
        const text = `{"version":1,"x":${"[".repeat(depth)}${"]".repeat(depth)}}`;
        const result = checkJsonText("deep.json", text, new Map());
        expect(result.ok).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems.some((x) => x.code === "internal")).toBe(false);
      }
    },
    BUDGET_MS,
  );
});

// Seeded synthetic datasets for the benchmark: `n` entities with types and countries, about 1.75
// relations per entity (a spanning tree for one connected story plus local and a few long links),
// and one article whose sentences the evidence quotes verbatim, so every file passes checkDataset.
// Most links carry a date (every precision, closed and open ranges) so that brushing a time range
// has something to filter; the dates come from their own seeded sequence, so the graph's shape is
// the same as before dates were added.
import type { Dataset } from "../../src/data/types";
import { CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../../src/data/vocabulary";
import { seededRandom } from "../../src/lib/random";

const random = seededRandom;

const COUNTRIES = ["US", "RU", "GB", "FR", "DE", "NL", "EE", "UA", "TR", "CA", "IL", "JP"];
const FIRST = ["Anna", "Boris", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Karl"];
const LAST = ["Berg", "Costa", "Dahl", "Evans", "Frost", "Gray", "Hale", "Ivanov", "Jansen", "Klein"];
const SENTENCES = 240;

/** The generated dataset for `n` entities; `seed` picks one of many equally shaped graphs. */
export function generateDataset(n: number, seed = 1): Dataset {
  const rnd = random(seed * 7919 + n);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const sentences = Array.from(
    { length: SENTENCES },
    (_, i) => `Report line ${i + 1}: officials in the ${pick(FIRST)} ${pick(LAST)} case met again.`,
  );
  const text = `${sentences.join("\n")}\n`;
  const entities: Dataset["entities"] = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
    aliases: [],
    type: pick(ENTITY_TYPES),
    countries: rnd() < 0.1 ? [] : [pick(COUNTRIES)],
    organizations: [],
    roles: [],
    description: `Generated actor number ${i}.`,
  }));
  const relations: Dataset["relations"] = [];
  const seen = new Set<string>();
  const link = (a: number, b: number) => {
    if (a === b) return;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) return;
    seen.add(key);
    const status = pick(CLAIM_STATUSES);
    relations.push({
      id: `r${relations.length}`,
      source: `e${a}`,
      target: `e${b}`,
      type: pick(RELATION_TYPES),
      directed: rnd() < 0.3,
      label: `link ${relations.length}`,
      status,
      evidence: [{ article: "generated", quote: pick(sentences), attribution: "the article", status }],
    });
  };
  // A tree (each entity joins one of the previous 50), then local links and a few long ones.
  for (let i = 1; i < n; i++) link(i, Math.max(0, i - 1 - Math.floor(rnd() * 50)));
  const target = Math.round(n * 1.75);
  while (relations.length < target) {
    const a = Math.floor(rnd() * n);
    const b = rnd() < 0.9 ? Math.min(n - 1, a + 1 + Math.floor(rnd() * 40)) : Math.floor(rnd() * n);
    link(a, b);
  }
  dateRelations(relations, random(seed * 104_729 + n));
  return {
    version: 1,
    title: `Generated graph of ${n.toLocaleString("en")} actors`,
    articles: [
      {
        id: "generated",
        file: "articles/generated.txt",
        title: "A generated article",
        publisher: "Throughline benchmark",
        author: null,
        published: "2017-02-15",
        url: "https://example.org/generated",
        derivedFrom: null,
        text,
      },
    ],
    entities,
    relations,
  };
}

/** The years generated dates fall in: the brushed range of the bench covers a part of them. */
export const GENERATED_YEARS = { from: 2008, to: 2017 } as const;

/**
 * Gives about 80 % of the relations a date: a year, a month or a day, a closed range of months, or a
 * range open on one side, in equal-ish shares; the rest stay undated (counted apart on the axis).
 */
function dateRelations(relations: Dataset["relations"], rnd: () => number): void {
  const span = GENERATED_YEARS.to - GENERATED_YEARS.from + 1;
  const pad = (n: number) => String(n).padStart(2, "0");
  const year = () => GENERATED_YEARS.from + Math.floor(rnd() * span);
  const month = () => `${year()}-${pad(1 + Math.floor(rnd() * 12))}`;
  for (const relation of relations) {
    const kind = rnd();
    if (kind < 0.2) continue;
    if (kind < 0.4) relation.date = String(year());
    else if (kind < 0.6) relation.date = month();
    else if (kind < 0.7) relation.date = `${month()}-${pad(1 + Math.floor(rnd() * 28))}`;
    else if (kind < 0.9) {
      const [a, b] = [month(), month()].sort();
      relation.date = { start: a as string, end: b as string };
    } else relation.date = rnd() < 0.5 ? { start: month() } : { end: month() };
  }
}

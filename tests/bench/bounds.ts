// Figures for issue 20 that need no browser: a search keystroke at 5,000 actors with long excerpts,
// and what checking and indexing N MB of article text costs (time, heap), each beside the code it
// replaced (searchBaseline.ts, quotesBaseline.ts), measured in the same run. Node runs the same V8
// as Chromium; the browser rows (bench.ts, --figures=text) add what the page itself holds.
import v8 from "node:v8";
import vm from "node:vm";
import { checkDataset } from "../../src/data/open/check";
import { indexText } from "../../src/data/quotes";
import type { Dataset, LoadedDataset } from "../../src/data/types";
import { excerptPlaces } from "../../src/domain/excerpts";
import { buildSearchText, searchEntities, searchExcerpts, searchHits } from "../../src/domain/search";
import { generateDataset } from "./generate";
import { indexText as oldIndexText } from "./quotesBaseline";
import * as old from "./searchBaseline";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

export interface NodeRow {
  size: string;
  figure: string;
  app: number[];
  base: number[] | null;
  unit: "ms" | "MB";
  note?: string;
}

const loaded = (d: Dataset): LoadedDataset =>
  ({ ...d, articles: d.articles.map((a) => ({ ...a, text: a.text ?? "" })) }) as LoadedDataset;

/** The generated dataset with every excerpt `sentences` consecutive lines of the article (~70 each). */
export function withLongExcerpts(dataset: Dataset, sentences = 10): Dataset {
  const lines = (dataset.articles[0]?.text ?? "").split("\n").filter(Boolean);
  return {
    ...dataset,
    relations: dataset.relations.map((r, i) => {
      const from = (i * 37) % (lines.length - sentences);
      return {
        ...r,
        evidence: r.evidence.map((e) => ({ ...e, quote: lines.slice(from, from + sentences).join("\n") })),
      };
    }),
  };
}

function time(fn: () => void): number {
  return timed(fn)[0];
}

/** How long `fn` took (ms), and what it returned. */
function timed<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const value = fn();
  return [performance.now() - t0, value];
}

/** One keystroke of typing `typed`: what the store and the search box compute for it. */
export function searchFigures(runs: number, n = 5000): NodeRow[] {
  const dataset = loaded(withLongExcerpts(generateDataset(n)));
  const searchText = buildSearchText(dataset);
  const quoteChars = dataset.relations.reduce((s, r) => s + (r.evidence[0]?.quote.length ?? 0), 0);
  const typed = "officials in the frost case";
  const keystrokes = Array.from({ length: typed.length - 1 }, (_, i) => typed.slice(0, i + 2));
  const first: number[] = [];
  const app: number[] = [];
  const base: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Folding the dataset once (in slices after it opens, in the app; here all at once).
    first.push(time(() => void buildSearchText(dataset)));
    for (const q of keystrokes) {
      app.push(
        time(() => {
          searchHits(dataset, q, searchText);
          searchExcerpts(dataset, q, 200, searchText);
          searchEntities(dataset.entities, q, 8, searchText);
        }),
      );
    }
    for (const q of keystrokes.filter((_, i) => i % 4 === 0)) {
      base.push(
        time(() => {
          old.searchHits(dataset, q);
          old.searchExcerpts(dataset, q, 200);
          old.searchEntities(dataset.entities, q, 8);
        }),
      );
    }
  }
  const size = `${n / 1000}k`;
  const note = `${dataset.relations.length} excerpts of ~${Math.round(quoteChars / dataset.relations.length)} chars; base = the search before issue 20`;
  return [
    { size, figure: "search keystroke (domain)", app, base, unit: "ms", note },
    { size, figure: "fold the dataset once (all at once)", app: first, base: null, unit: "ms" },
  ];
}

/**
 * A dataset of `totalMB` MB of article text in .txt files of at most `perArticleMB` MB (texts by
 * article id), each of numbered lines; 1,000 actors and 1,750 links each quoting one line of its
 * article: the first `inFirst` links quote the first article, the rest go round all of them.
 */
export function textDataset(
  totalMB: number,
  perArticleMB = 10,
  inFirst = 0,
): { dataset: Dataset; texts: Record<string, string> } {
  const base = generateDataset(1000);
  const perArticle = perArticleMB * 1024 * 1024 - 1024;
  const articles: Dataset["articles"] = [];
  const texts: Record<string, string> = {};
  const lines: string[][] = [];
  for (let a = 0, left = totalMB * 1024 * 1024; left > 0; a++) {
    const size = Math.min(perArticle, left);
    left -= size;
    const own: string[] = [];
    for (let j = 0, length = 0; length < size - 120; j++) {
      const line = `Article ${a}, line ${j}: officials in the case met again and said nothing new.`;
      own.push(line);
      length += line.length + 1;
    }
    lines.push(own);
    const { text: _embedded, ...article } = base.articles[0] as Dataset["articles"][number];
    articles.push({ ...article, id: `a${a}`, file: `articles/a${a}.txt` });
    texts[`a${a}`] = own.join("\n");
  }
  const relations = base.relations.map((r, i) => {
    const a = i < inFirst ? 0 : i % articles.length;
    const own = lines[a] as string[];
    const line = own[Math.floor((((i * 7919) % 1000) / 1000) * own.length)] as string;
    return {
      ...r,
      evidence: r.evidence.map((e) => ({ ...e, article: `a${a}`, quote: line })),
    };
  });
  return { dataset: { ...base, articles, relations }, texts };
}

/** The JS heap plus array buffers (a typed array's bytes live outside the heap), after a GC. */
function heapMB(): number {
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / (1024 * 1024);
}

/** What a measurement must keep alive until its heap is read (else the GC may take it first). */
const held: unknown[] = [];

/** Checking and indexing `totalMB` MB of article text: time, and heap held while it is open. */
export function textFigures(runs: number, totalMB: number): NodeRow[] {
  const size = `${totalMB} MB text`;
  const check: number[] = [];
  const reader: number[] = [];
  let quotesInArticle = 0;
  const indexTime: number[] = [];
  const indexHeap: number[] = [];
  const oldIndexTime: number[] = [];
  const oldIndexHeap: number[] = [];
  for (let run = 0; run < Math.min(runs, 3); run++) {
    let made: ReturnType<typeof textDataset> | null = textDataset(totalMB);
    const { dataset, texts } = made;
    const [ms, result] = timed(() => checkDataset(dataset, texts));
    check.push(ms);
    if (result.problems.length > 0)
      throw new Error(`text dataset invalid: ${JSON.stringify(result.problems[0])}`);
    // The reader indexes the article whose tab is open: the first, 10 MB or the whole text.
    const first = dataset.articles[0] as Dataset["articles"][number];
    const one = { ...dataset, articles: [{ ...first, text: texts[first.id] ?? "" }] } as LoadedDataset;
    const text = one.articles[0]?.text ?? "";
    quotesInArticle = one.relations.filter((r) => r.evidence.some((e) => e.article === first.id)).length;
    // The reader: every excerpt located in the article (index, then each distinct quote).
    reader.push(time(() => excerptPlaces(one)));
    // The index it builds (the peak it holds meanwhile), against the index before issue 20; the
    // old one first, so that no freed array buffer of the new one lowers the old one's figure.
    const beforeOld = heapMB();
    const [oldMs, oldIndex] = timed(() => oldIndexText(text));
    held.push(oldIndex);
    oldIndexTime.push(oldMs);
    oldIndexHeap.push(heapMB() - beforeOld);
    held.length = 0;
    const beforeIndex = heapMB();
    const [indexMs, index] = timed(() => indexText(text));
    held.push(index);
    indexTime.push(indexMs);
    indexHeap.push(heapMB() - beforeIndex);
    held.length = 0;
    made = null;
  }
  return [
    {
      size,
      figure: "check (schema, quotes, stories)",
      app: check,
      base: null,
      unit: "ms",
      note: "1,750 quotes; in the load worker, off the main thread",
    },
    {
      size,
      figure: `reader: mark excerpts, ${Math.min(totalMB, 10)} MB article`,
      app: reader,
      base: null,
      unit: "ms",
      note: `${quotesInArticle.toLocaleString("en")} quotes in it; main thread, when the Article tab opens`,
    },
    {
      size,
      figure: "reader: build its quote index",
      app: indexTime,
      base: oldIndexTime,
      unit: "ms",
      note: "base = the per-character index before issue 20",
    },
    { size, figure: "reader: heap of that index", app: indexHeap, base: oldIndexHeap, unit: "MB" },
  ];
}

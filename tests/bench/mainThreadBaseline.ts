// The main-thread work of issue 20's three long tasks as it was before it was moved off the page,
// kept only so that `npm run bench -- --figures=limits` can run it in the same page, in the same
// run, beside the app: (a) the Article tab's quote index, (b) marking every excerpt (the reader
// then found the places of every article's excerpts at once, on the main thread), and (c) folding
// a dataset's names and excerpts on its first search, all at once (with the `replace` that made
// kept results slow). Bundled by the bench with esbuild into `window.throughlineBefore`.
import { indexText, locateQuoteIn, type Meter } from "../../src/data/quotes";
import type { LoadedDataset } from "../../src/data/types";
import { type ExcerptSpan, MARK_CAPS, mentionSpans, segmentText } from "../../src/domain/excerpts";
import { fold, foldWithMap } from "../../src/domain/search";

/** (b) The reader's excerptPlaces before issue 20's last step: every article, on the main thread. */
export function excerptPlaces(dataset: LoadedDataset, texts: Readonly<Record<string, string>>) {
  const caps = MARK_CAPS;
  const spans = new Map<string, ExcerptSpan[]>(dataset.articles.map((a) => [a.id, []]));
  const capped = new Map<string, boolean>(dataset.articles.map((a) => [a.id, false]));
  const unlooked = new Map<string, number>(dataset.articles.map((a) => [a.id, 0]));
  const indexed = new Map<string, { text: ReturnType<typeof indexText>; meter: Meter }>();
  const textOf = new Map(dataset.articles.map((a) => [a.id, texts[a.id] ?? a.text]));
  const looked = new Map<string, Array<{ start: number; end: number }>>();
  for (const relation of dataset.relations) {
    relation.evidence.forEach((evidence, evidenceIndex) => {
      const list = spans.get(evidence.article);
      const raw = textOf.get(evidence.article);
      if (!list || raw === undefined) return;
      const room = Math.min(caps.perExcerpt, caps.perArticle - list.length);
      if (room <= 0) {
        capped.set(evidence.article, true);
        return;
      }
      let article = indexed.get(evidence.article);
      if (!article) {
        const own: Meter = { steps: 0 };
        article = { text: indexText(raw, own), meter: own };
        indexed.set(evidence.article, article);
      }
      const key = `${evidence.article}\u0000${evidence.quote}`;
      let found = looked.get(key);
      if (!found) {
        if (article.meter.steps >= caps.steps) {
          unlooked.set(evidence.article, (unlooked.get(evidence.article) ?? 0) + 1);
          return;
        }
        found = locateQuoteIn(article.text, evidence.quote, caps.perExcerpt + 1, article.meter);
        looked.set(key, found);
      } else article.meter.steps += evidence.quote.length;
      if (found.length > room) capped.set(evidence.article, true);
      for (const { start, end } of found.slice(0, room)) {
        list.push({ start, end, relationId: relation.id, evidenceIndex });
      }
    });
  }
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  return { spans, capped, unlooked };
}

/** (a) Only the open article's quote index, as the Article tab built it on the main thread. */
export function quoteIndex(text: string): number {
  return indexText(text).starts.length;
}

/** (a)+(b) What opening the Article tab computed on the main thread before React drew anything. */
export function readerBefore(
  dataset: LoadedDataset,
  texts: Readonly<Record<string, string>>,
  articleId: string,
) {
  const text = texts[articleId] ?? "";
  const places = excerptPlaces(dataset, texts);
  return segmentText(text, places.spans.get(articleId) ?? [], mentionSpans(text, dataset.entities)).length;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is everything below 0x80
const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const ASCII_SPACE_RUNS = /[\t\n\v\f\r ]+/g;
const NAME_WORDS = /[\s\-.,'"()]+/;

/** (c) The first search's fold, all at once, as it was. */
export function buildSearchText(dataset: Pick<LoadedDataset, "entities" | "relations">) {
  const foldText = (text: string) =>
    ASCII_ONLY.test(text) ? text.toLowerCase().replace(ASCII_SPACE_RUNS, " ") : foldWithMap(text).folded;
  const foldName = (name: string) => {
    const text = fold(name);
    return { text, words: text.split(NAME_WORDS) };
  };
  return {
    names: new Map(dataset.entities.map((e) => [e.id, [e.name, ...e.aliases].map(foldName)])),
    quotes: new Map(dataset.relations.map((r) => [r.id, r.evidence.map((e) => foldText(e.quote))])),
  };
}

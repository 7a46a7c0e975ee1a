// What the reader marks in the open article: where its excerpts stand and the names in it. A short
// article (every curated one) is marked here at once, in a few milliseconds; a long one in a Web
// Worker (marks.worker.ts), so that indexing and searching megabytes of text never blocks the page,
// and the reader shows the text's start unmarked meanwhile. Where no worker can start (a blocked
// script), the marks are found here after all.
import { useEffect, useMemo, useState } from "react";
import type { LoadedDataset } from "../../data/types";
import {
  type ArticlePlaces,
  articlePlaces,
  type ExcerptQuote,
  type MentionSpan,
  mentionSpans,
  type NamedEntity,
  quotesIn,
} from "../../domain/excerpts";

/** Texts longer than this (characters) are marked in the worker; the curated articles have 4,000 and 9,000. */
export const WORKER_CHARS = 50_000;

export interface MarksRequest {
  text: string;
  quotes: ExcerptQuote[];
  entities: NamedEntity[];
}

export type MarksReply = ArticlePlaces & { mentions: MentionSpan[] };

function mark({ text, quotes, entities }: MarksRequest): MarksReply {
  return { ...articlePlaces(text, quotes), mentions: mentionSpans(text, entities) };
}

function request(dataset: LoadedDataset, articleId: string, text: string): MarksRequest {
  return {
    text,
    quotes: quotesIn(dataset, articleId),
    // Only what finding names needs: a structured clone of every entity would cost the page more.
    entities: dataset.entities
      .filter((e) => !e.unnamed)
      .map(({ id, name, aliases, unnamed }) => ({ id, name, aliases, unnamed })),
  };
}

/**
 * The marks of one article's text: null while a worker finds them (the text is shown unmarked
 * meanwhile), then its excerpts' places (capped, as `articlePlaces` says) and its names.
 */
export function useArticleMarks(
  dataset: LoadedDataset | null,
  articleId: string | undefined,
  text: string | undefined,
): MarksReply | null {
  const long = text !== undefined && text.length > WORKER_CHARS;
  const here = useMemo(
    () =>
      dataset && articleId !== undefined && text !== undefined && !long
        ? mark({ text, quotes: quotesIn(dataset, articleId), entities: dataset.entities })
        : null,
    [dataset, articleId, text, long],
  );
  const [found, setFound] = useState<{ key: unknown[]; reply: MarksReply } | null>(null);
  useEffect(() => {
    if (!dataset || articleId === undefined || text === undefined || !long) return;
    const key = [dataset, articleId, text];
    const done = (reply: MarksReply) => setFound({ key, reply });
    const job = request(dataset, articleId, text);
    let worker: Worker;
    try {
      worker = new Worker(new URL("./marks.worker.ts", import.meta.url), { type: "module" });
    } catch {
      done(mark(job));
      return;
    }
    worker.addEventListener("message", (event: MessageEvent<MarksReply>) => {
      worker.terminate();
      done(event.data);
    });
    worker.addEventListener("error", (event) => {
      // A worker that cannot run: the marks are found here after all.
      event.preventDefault();
      worker.terminate();
      done(mark(job));
    });
    worker.postMessage(job);
    return () => worker.terminate();
  }, [dataset, articleId, text, long]);
  if (here) return here;
  // Marks found for another article, text or dataset are not these.
  const key = [dataset, articleId, text];
  return long && found?.key.every((k, i) => k === key[i]) ? found.reply : null;
}

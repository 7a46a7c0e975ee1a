// What the reader marks in the open article (its excerpts and the names in it), found in a Web
// Worker (marks.worker.ts) so that a long article never blocks the page while it is read. Where
// no worker can start (the unit tests' jsdom, a blocked script), it is found here instead.
import { useEffect, useState } from "react";
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

export interface MarksRequest {
  text: string;
  quotes: ExcerptQuote[];
  entities: NamedEntity[];
}

export type MarksReply = ArticlePlaces & { mentions: MentionSpan[] };

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
 * The marks of one article's text: null while they are being found (the text is shown unmarked
 * meanwhile), then its excerpt places and name mentions.
 */
export function useArticleMarks(
  dataset: LoadedDataset | null,
  articleId: string | undefined,
  text: string | undefined,
): MarksReply | null {
  const [marks, setMarks] = useState<{ key: unknown[]; reply: MarksReply } | null>(null);
  const key = [dataset, articleId, text];
  useEffect(() => {
    if (!dataset || articleId === undefined || text === undefined) return;
    const done = (reply: MarksReply) => setMarks({ key: [dataset, articleId, text], reply });
    const job = request(dataset, articleId, text);
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL("./marks.worker.ts", import.meta.url), { type: "module" });
    } catch {
      worker = null;
    }
    if (!worker) {
      done({ ...articlePlaces(job.text, job.quotes), mentions: mentionSpans(job.text, job.entities) });
      return;
    }
    const own = worker;
    own.addEventListener("message", (event: MessageEvent<MarksReply>) => {
      own.terminate();
      done(event.data);
    });
    own.addEventListener("error", (event) => {
      // A worker that cannot run (a blocked script): the marks are found here after all.
      event.preventDefault();
      own.terminate();
      done({ ...articlePlaces(job.text, job.quotes), mentions: mentionSpans(job.text, job.entities) });
    });
    own.postMessage(job);
    return () => own.terminate();
  }, [dataset, articleId, text]);
  // Marks found for another article, text or dataset are not these.
  return marks?.key.every((k, i) => k === key[i]) ? marks.reply : null;
}

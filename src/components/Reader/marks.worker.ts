// The reader's Web Worker: finds where a long article's excerpts and names stand in its text, off
// the main thread. Indexing a 2 MB article and looking for its quotes blocked the page for 0.5 s,
// marking every excerpt and name for 1.5 s (`npm run bench -- --figures=limits`); here it only
// costs the worker. One request per worker: a newer article (or dataset) terminates it.
import { articlePlaces, mentionSpans } from "../../domain/excerpts";
import type { MarksReply, MarksRequest } from "./marks";

self.addEventListener("message", (event: MessageEvent<MarksRequest>) => {
  const { text, quotes, entities } = event.data;
  const reply: MarksReply = { ...articlePlaces(text, quotes), mentions: mentionSpans(text, entities) };
  (self as unknown as Worker).postMessage(reply);
});

// The reader's Web Worker: finds where an article's excerpts and names stand in its text, off the
// main thread. Indexing a 2 MB article and looking for 1,750 quotes in it blocked the page for
// seconds (`npm run bench -- --figures=limits`); here it only costs the worker. One request per
// worker: a newer article (or dataset) terminates it.
import { articlePlaces, mentionSpans } from "../../domain/excerpts";
import type { MarksReply, MarksRequest } from "./marks";

self.addEventListener("message", (event: MessageEvent<MarksRequest>) => {
  const { text, quotes, entities } = event.data;
  const places = articlePlaces(text, quotes);
  const reply: MarksReply = { ...places, mentions: mentionSpans(text, entities) };
  (self as unknown as Worker).postMessage(reply);
});

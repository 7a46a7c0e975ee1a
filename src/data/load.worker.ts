// The loader's Web Worker: reads, parses and checks a dataset off the main thread, so a large file
// does not freeze the page. It posts progress while it works, then the outcome (never an exception).
import { type LoadOutcome, type LoadProgress, loadFromFiles, loadFromUrl } from "./sources";

export type LoadRequest = { kind: "files"; files: File[] } | { kind: "url"; url: string; pageHref: string };

export type LoadReply = { type: "progress"; progress: LoadProgress } | { type: "done"; outcome: LoadOutcome };

const post = (reply: LoadReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener("message", async (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  const onProgress = (progress: LoadProgress) => post({ type: "progress", progress });
  const outcome =
    request.kind === "files"
      ? await loadFromFiles(request.files, onProgress)
      : await loadFromUrl(request.url, request.pageHref, onProgress);
  post({ type: "done", outcome });
});

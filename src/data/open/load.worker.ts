// The loader's Web Worker: reads, parses and checks a dataset off the main thread, so a large file
// does not freeze the page. It posts progress while it works, then the result (never an exception).
// Cancelling a load terminates the worker.
import { loadFromFiles } from "./files";
import type { LoadProgress, LoadResult } from "./result";
import type { LoadRequest } from "./run";
import { loadFromUrl } from "./url";

export type LoadReply = { type: "progress"; progress: LoadProgress } | { type: "done"; result: LoadResult };

const post = (reply: LoadReply) => (self as unknown as Worker).postMessage(reply);

self.addEventListener("message", async (event: MessageEvent<LoadRequest>) => {
  const request = event.data;
  const onProgress = (progress: LoadProgress) => post({ type: "progress", progress });
  const result =
    request.kind === "files"
      ? await loadFromFiles(request.files, onProgress)
      : await loadFromUrl(request.url, request.pageHref, onProgress);
  post({ type: "done", result });
});

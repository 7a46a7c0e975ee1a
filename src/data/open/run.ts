// Running a load from the main thread: always in the loader's Web Worker, so neither reading nor
// checking ever blocks the page and zod never loads on the main thread; always cancellable (the
// worker is terminated). Only where no worker can start (an old browser, a blocked script, Node in
// the unit tests) does it run here, importing the checks on first use.
import type { LoadReply } from "./load.worker";
import type { LoadProgress, LoadResult } from "./result";

export type LoadRequest = { kind: "files"; files: File[] } | { kind: "url"; url: string; pageHref: string };

/** A load the user cancelled: the caller leaves everything as it was. */
export const CANCELLED = "cancelled" as const;

function inWorker(
  request: LoadRequest,
  onProgress: (p: LoadProgress) => void,
  signal: AbortSignal,
): Promise<LoadResult | typeof CANCELLED> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./load.worker.ts", import.meta.url), { type: "module" });
    const stop = () => {
      worker.terminate();
      resolve(CANCELLED);
    };
    signal.addEventListener("abort", stop, { once: true });
    worker.addEventListener("message", (event: MessageEvent<LoadReply>) => {
      const reply = event.data;
      if (reply.type === "progress") onProgress(reply.progress);
      else {
        signal.removeEventListener("abort", stop);
        worker.terminate();
        resolve(reply.result);
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      signal.removeEventListener("abort", stop);
      worker.terminate();
      reject(new Error(event.message || "the loader's worker failed"));
    });
    worker.postMessage(request);
  });
}

async function onMainThread(
  request: LoadRequest,
  onProgress: (p: LoadProgress) => void,
  signal: AbortSignal,
): Promise<LoadResult | typeof CANCELLED> {
  const [{ loadFromFiles }, { loadFromUrl }, { Cancelled }] = await Promise.all([
    import("./files"),
    import("./url"),
    import("./read"),
  ]);
  if (signal.aborted) return CANCELLED;
  try {
    return request.kind === "files"
      ? await loadFromFiles(request.files, onProgress, signal)
      : await loadFromUrl(request.url, request.pageHref, onProgress, undefined, signal);
  } catch (error) {
    if (error instanceof Cancelled) return CANCELLED;
    throw error;
  }
}

/** Runs a load; resolves with its result, or CANCELLED once `signal` is aborted. */
export async function runLoad(
  request: LoadRequest,
  onProgress: (p: LoadProgress) => void,
  signal: AbortSignal,
): Promise<LoadResult | typeof CANCELLED> {
  if (typeof Worker !== "undefined") {
    // A worker that cannot start (an old browser, a blocked script) must not stop the load.
    return inWorker(request, onProgress, signal).catch(() => onMainThread(request, onProgress, signal));
  }
  return onMainThread(request, onProgress, signal);
}

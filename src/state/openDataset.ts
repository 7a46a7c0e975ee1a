// Opening a dataset the user brings, from the UI's point of view: run the loader (in a Web Worker
// for large files and URLs, on the main thread otherwise), show progress, then either replace the
// dataset or report what is wrong. A failed load calls only setLoadProblems: the open graph, the
// selection and every view setting stay exactly as they were.
//
// The loader itself (sources.ts, with zod and the integrity checks) is imported on first use, so it
// adds nothing to the app's first download (the bundled dataset is checked at build time).
import type { LoadReply, LoadRequest } from "../data/load.worker";
import type { LoadOutcome, LoadProgress } from "../data/sources";
import { useStore } from "./store";

/** Applies a loader outcome to the store. The only place a user's dataset reaches the store. */
export function applyLoadOutcome(outcome: LoadOutcome): void {
  const { setDataset, setLoadProblems } = useStore.getState();
  if (outcome.ok) setDataset(outcome.dataset);
  else setLoadProblems(outcome.problems);
}

let currentJob = 0;
let currentWorker: Worker | null = null;

function startJob(): number {
  currentWorker?.terminate();
  currentWorker = null;
  currentJob += 1;
  return currentJob;
}

function runInWorker(request: LoadRequest, onProgress: (p: LoadProgress) => void): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../data/load.worker.ts", import.meta.url), { type: "module" });
    currentWorker = worker;
    worker.addEventListener("message", (event: MessageEvent<LoadReply>) => {
      const reply = event.data;
      if (reply.type === "progress") onProgress(reply.progress);
      else {
        worker.terminate();
        if (currentWorker === worker) currentWorker = null;
        resolve(reply.outcome);
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      worker.terminate();
      if (currentWorker === worker) currentWorker = null;
      reject(new Error(event.message || "the loader's worker failed"));
    });
    worker.postMessage(request);
  });
}

/** `worker`: whether to use the loader's worker, or the input's size in bytes (used above its threshold). */
async function run(request: LoadRequest, label: string, worker: boolean | number): Promise<void> {
  const job = startJob();
  const { setLoading } = useStore.getState();
  setLoading({ file: label, phase: "reading", fraction: null }); // until the first bytes arrive
  const onProgress = (progress: LoadProgress) => {
    if (job === currentJob) setLoading(progress);
  };
  // The loader (zod and the checks) is fetched on the main thread only when it runs there: a load
  // that goes to the worker (always for ?data=) does not make the page compile it too.
  const loader = () => import("../data/sources");
  let useWorker = worker === true;
  if (typeof worker === "number") {
    const { WORKER_THRESHOLD_BYTES } = await loader();
    if (job !== currentJob) return; // a newer load started while the loader was fetched
    useWorker = worker > WORKER_THRESHOLD_BYTES;
  }
  const onMainThread = async () => {
    const { loadFromFiles, loadFromUrl } = await loader();
    return request.kind === "files"
      ? loadFromFiles(request.files, onProgress)
      : loadFromUrl(request.url, request.pageHref, onProgress);
  };
  let outcome: LoadOutcome;
  if (useWorker && typeof Worker !== "undefined") {
    // A worker that cannot start (an old browser, a blocked script) must not stop the load.
    outcome = await runInWorker(request, onProgress).catch(onMainThread);
  } else {
    outcome = await onMainThread();
  }
  if (job !== currentJob) return; // a newer load has started
  setLoading(null);
  applyLoadOutcome(outcome);
  // A file replaces whatever ?data= named: a reload must not bring the other dataset back.
  if (outcome.ok && request.kind === "files") forgetDataParam();
}

function forgetDataParam(): void {
  if (typeof window === "undefined") return;
  const url = new URL(window.location.href);
  if (!url.searchParams.has("data")) return;
  url.searchParams.delete("data");
  window.history.replaceState(window.history.state, "", url);
}

/** Opens files picked or dropped together (one .json and its articles' .txt files). */
export function openFiles(files: File[]): Promise<void> {
  const size = files.reduce((sum, f) => sum + f.size, 0);
  const label = files.find((f) => /\.json$/i.test(f.name))?.name ?? files[0]?.name ?? "";
  return run({ kind: "files", files }, label, size);
}

/** Opens `?data=<address>`; the address must be on the page's own origin. */
export function openUrl(address: string): Promise<void> {
  const label = address.split(/[?#]/)[0]?.split("/").pop() || address;
  return run({ kind: "url", url: address, pageHref: window.location.href }, label.slice(0, 200), true);
}

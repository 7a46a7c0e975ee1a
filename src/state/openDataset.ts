// Opening a dataset, from the UI's point of view: the bundled one at start, a file, or `?data=`.
// Every way ends in applyLoadResult, the one door a dataset comes through into the store. A load
// shows progress and can be cancelled; a load that fails or is cancelled changes nothing but the
// problems shown: the open graph, the selection and every view setting stay exactly as they were.
//
// What checks a dataset (zod and the rules) is imported on first use by data/open/run.ts, so it
// adds nothing to the first download (the bundled dataset is checked at build time).
import { loadBundledDataset, loadBundledTexts } from "../data/open/bundled";
import { problem } from "../data/open/problems";
import { errorText, type LoadResult, refused } from "../data/open/result";
import { CANCELLED, type LoadRequest, runLoad } from "../data/open/run";
import { useStore } from "./store";

/** The one door a dataset comes through: it replaces the dataset, or only reports its problems. */
export function applyLoadResult(result: LoadResult, texts?: () => Promise<Record<string, string>>): void {
  const { setDataset, setLoadProblems } = useStore.getState();
  if (result.ok) {
    setDataset(result.dataset, texts);
    if (result.problems.length > 0) setLoadProblems(result.problems); // warnings
  } else setLoadProblems(result.problems);
}

/** The dataset shipped with the app. */
export function openBundled(): void {
  applyLoadResult(loadBundledDataset(), loadBundledTexts);
}

/** After a `?data=` that failed: the bundled story, and an address that no longer names the other. */
export function openBundledInstead(): void {
  forgetDataParam();
  openBundled();
}

let current: AbortController | null = null;

/** Cancels the load under way, if any. With nothing open yet (a `?data=` at start), opens the bundled story. */
export function cancelLoad(): void {
  if (!current) return;
  current.abort();
  current = null;
  useStore.getState().setLoading(null);
  if (!useStore.getState().dataset) openBundled();
}

async function run(request: LoadRequest, label: string): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const { setLoading } = useStore.getState();
  setLoading({ file: label, phase: "reading", fraction: null }); // until the first bytes arrive
  const result = await runLoad(
    request,
    (progress) => {
      if (current === controller) setLoading(progress);
    },
    controller.signal,
  ).catch((error: unknown) =>
    refused(label, [problem("internal", "(file)", `could not be opened: ${errorText(error)}`)]),
  );
  if (current !== controller || result === CANCELLED) return; // cancelled, or a newer load started
  current = null;
  setLoading(null);
  applyLoadResult(result);
  // A file replaces whatever ?data= named: a reload must not bring the other dataset back.
  if (result.ok && request.kind === "files") forgetDataParam();
}

function forgetDataParam(): void {
  if (typeof window === "undefined") return;
  const url = new URL(window.location.href);
  if (!url.searchParams.has("data")) return;
  url.searchParams.delete("data");
  window.history.replaceState(window.history.state, "", url);
}

/** Opens files picked or dropped together (one .json and its articles' .txt files, or a .zip of them). */
export function openFiles(files: File[]): Promise<void> {
  const label = files.find((f) => /\.json$/i.test(f.name))?.name ?? files[0]?.name ?? "";
  return run({ kind: "files", files }, label);
}

/** Opens `?data=<address>`; the address must be on the page's own origin. */
export function openUrl(address: string): Promise<void> {
  const label = address.split(/[?#]/)[0]?.split("/").pop() || address;
  return run({ kind: "url", url: address, pageHref: window.location.href }, label.slice(0, 200));
}

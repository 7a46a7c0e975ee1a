// Long work on the main thread, spread over short tasks: a generator does its work in steps, and
// this runs steps until about `budgetMs` have passed, then gives the page a turn (input, frames)
// before going on. So no task it runs lasts much longer than the budget plus one step.

/** How long one slice may run before the page gets a turn, in ms. */
export const SLICE_MS = 40;

/** Gives the event loop a turn: `scheduler.yield()` where there is one, else a message (no 4 ms clamp). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  budgetMs?: number;
  /** Told the share done (what the generator yields) after each slice. */
  onProgress?: (done: number) => void;
  /** Aborting stops the work between two steps; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Runs `steps` to its end in slices of about `budgetMs`, the first after the caller's task (which
 * it never lengthens); resolves with what it returns.
 */
export async function runInSlices<T>(
  steps: Generator<number, T, void>,
  { budgetMs = SLICE_MS, onProgress, signal }: SliceOptions = {},
): Promise<T> {
  for (;;) {
    await yieldToPage();
    if (signal?.aborted) throw signal.reason ?? new Error("aborted");
    const started = performance.now();
    let step = steps.next();
    while (!step.done && performance.now() - started < budgetMs) step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}

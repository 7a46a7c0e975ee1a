import { describe, expect, it } from "vitest";
import { runInSlices } from "./slices";

/** A generator of `n` steps, each busy for `ms`, recording when each ran. */
function* busy(n: number, ms: number, log: number[]): Generator<number, string, void> {
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    while (performance.now() - t < ms) {
      // busy
    }
    log.push(performance.now());
    yield (i + 1) / n;
  }
  return "done";
}

describe("runInSlices", () => {
  it("runs the steps in slices of about the budget, giving the event loop a turn between them", async () => {
    const log: number[] = [];
    const turns: number[] = [];
    // A timer that fires between slices counts the turns the page got.
    const timer = setInterval(() => turns.push(performance.now()), 0);
    const progress: number[] = [];
    const result = await runInSlices(busy(30, 5, log), { budgetMs: 20, onProgress: (x) => progress.push(x) });
    clearInterval(timer);
    expect(result).toBe("done");
    expect(log).toHaveLength(30);
    // 150 ms of work in slices of about 20 ms: several slices, each reporting progress.
    expect(progress.length).toBeGreaterThanOrEqual(4);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(turns.length).toBeGreaterThanOrEqual(2);
  });

  it("never runs a step in the caller's task, and stops when aborted", async () => {
    const log: number[] = [];
    const controller = new AbortController();
    const run = runInSlices(busy(100, 2, log), { budgetMs: 5, signal: controller.signal });
    expect(log).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 30));
    controller.abort(new Error("another dataset"));
    await expect(run).rejects.toThrow("another dataset");
    expect(log.length).toBeLessThan(100);
  });
});

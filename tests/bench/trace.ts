// Reading a change's work off a Chromium trace (the bench's brushing figures, issue 18), and
// pairing samples. Apart from bench.ts so that tests can import it (bench.ts runs on import).

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

/**
 * The work of one change, read off a Chromium trace of the page: from the start of the task that
 * makes the change (the `bench:change` mark is in it) to the end of the task that draws the next
 * frame (the `bench:frame` mark is in one of its animation-frame callbacks, after cytoscape has drawn;
 * the task goes on to the page's own style, layout and paint). `wall`: that span, in ms; `cpu`: the
 * main thread's CPU time in the tasks of that span, which waiting for a core (five other checkouts
 * run builds and browsers on this 2-core machine) does not lengthen. `endMark`: another mark to end
 * at (`bench:settled`: the frame drawn once the camera has stopped).
 */
export function changeWork(
  events: readonly TraceEvent[],
  endMark = "bench:frame",
): { wall: number; cpu: number } | null {
  const mark = (name: string) => events.find((e) => e.name === name && e.ph !== "e");
  const start = mark("bench:change");
  const end = mark(endMark);
  if (!start || !end || start.pid !== end.pid) return null;
  const tasks = events
    .filter(
      (e) =>
        e.ph === "X" &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.name === "ThreadControllerImpl::RunTask" &&
        e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts);
  const around = (t: number) => tasks.find((e) => e.ts <= t && t <= e.ts + (e.dur as number));
  const first = around(start.ts);
  const last = around(end.ts);
  if (!first || !last) return null;
  const from = first.ts;
  const to = last.ts + (last.dur as number);
  // Top-level tasks only: a task nested in another (a microtask checkpoint's own) is counted once.
  let cpu = 0;
  let reach = -Infinity;
  for (const e of tasks) {
    if (e.ts < from || e.ts + (e.dur as number) > to || e.ts < reach) continue;
    cpu += e.tdur ?? e.dur ?? 0;
    reach = e.ts + (e.dur as number);
  }
  return { wall: (to - from) / 1000, cpu: cpu / 1000 };
}

/**
 * The work of a cold load, read off a Chromium trace of it: from the navigation's start on the
 * page's main thread (Chromium's `navigationStart` for the document) to the end of the task in which
 * `endMark` was set (`bench:first-frame`: the first animation frame after cytoscape drew the graph).
 * `cpu` counts every top-level event of that thread, whatever its name: the bare page builds its
 * graph in a microtask checkpoint of its own, not in a task (changeWork's tasks would miss it).
 */
export function loadWork(
  events: readonly (TraceEvent & { args?: { data?: { documentLoaderURL?: string } } })[],
  endMark = "bench:first-frame",
): { wall: number; cpu: number } | null {
  const nav = events.find((e) => e.name === "navigationStart" && e.args?.data?.documentLoaderURL);
  const end = events.find((e) => e.name === endMark && e.ph !== "e");
  if (!nav || !end || nav.pid !== end.pid || nav.tid !== end.tid) return null;
  const onThread = events
    .filter((e) => e.ph === "X" && e.pid === nav.pid && e.tid === nav.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur as number) - (a.dur as number));
  const last = onThread.find((e) => e.ts <= end.ts && end.ts <= e.ts + (e.dur as number));
  const to = last ? last.ts + (last.dur as number) : end.ts;
  let cpu = 0;
  let reach = -Infinity;
  for (const e of onThread) {
    if (e.ts < nav.ts || e.ts + (e.dur as number) > to || e.ts < reach) continue;
    cpu += e.tdur ?? e.dur ?? 0;
    reach = e.ts + (e.dur as number);
  }
  return { wall: (to - nav.ts) / 1000, cpu: cpu / 1000 };
}

/** Paired samples: the median of app/base over pairs taken side by side, and its range. */
export function pairedRatio(app: readonly number[], base: readonly number[]): string {
  const ratios = app.map((a, i) => a / (base[i] as number)).filter(Number.isFinite);
  const sorted = [...ratios].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  return `paired ratio median ${median(ratios).toFixed(2)}× (quartiles ${q(0.25).toFixed(2)}–${q(0.75).toFixed(2)}, ${ratios.length} pairs)`;
}

function median(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

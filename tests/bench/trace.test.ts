import { describe, expect, it } from "vitest";
import { changeWork, loadWork, pairedRatio, type TraceEvent } from "./trace";

const task = (ts: number, dur: number, tdur: number, tid = 1, pid = 7): TraceEvent => ({
  name: "ThreadControllerImpl::RunTask",
  ph: "X",
  ts,
  dur,
  tdur,
  pid,
  tid,
});
const mark = (name: string, ts: number): TraceEvent => ({ name, ph: "R", ts, pid: 7, tid: 1 });

describe("changeWork", () => {
  it("spans the change's task to the end of the frame's task, and counts the main thread's CPU in it", () => {
    const events = [
      task(0, 1_000, 900), // before the change: not counted
      task(10_000, 300_000, 250_000), // the change (store, React, classes)
      mark("bench:change", 10_050),
      task(20_000, 5_000, 4_000), // nested in the change's task: counted once, with it
      task(320_000, 10_000, 9_000), // a task between (React's passive effects)
      task(400_000, 500_000, 300_000), // the frame: cytoscape draws, then the page's style and paint
      mark("bench:frame", 700_000),
      task(400_000, 500_000, 300_000, 2), // another thread: not counted
      task(950_000, 2_000, 2_000), // after the frame: not counted
    ];
    // Waiting for a core lengthens the span (wall), not the CPU time.
    expect(changeWork(events)).toEqual({ wall: 890, cpu: 559 });
    // Up to the frame drawn once the camera has stopped: the frames of its move are counted too.
    const later = [...events, task(1_000_000, 40_000, 30_000), mark("bench:settled", 1_020_000)];
    expect(changeWork(later, "bench:settled")).toEqual({ wall: 1_030, cpu: 591 });
  });

  it("reads nothing when a mark is missing", () => {
    expect(changeWork([task(0, 10, 10), mark("bench:change", 5)])).toBeNull();
  });
});

describe("loadWork", () => {
  const nav = {
    name: "navigationStart",
    ph: "R",
    ts: 1_000,
    pid: 7,
    tid: 1,
    args: { data: { documentLoaderURL: "http://x/" } },
  };
  it("counts every top-level event of the main thread from the navigation to the end of the first frame's task", () => {
    const events = [
      task(0, 500, 500), // before the navigation (the previous page): not counted
      nav,
      { ...task(2_000, 100_000, 60_000), name: "v8.evaluateModule" }, // the module, not a RunTask
      task(3_000, 10_000, 10_000), // nested: counted once, with it
      { ...task(200_000, 400_000, 200_000), name: "RunMicrotasks" }, // the bare page's graph, built in a microtask checkpoint
      task(700_000, 300_000, 250_000), // the frame
      mark("bench:first-frame", 900_000),
      task(700_000, 300_000, 250_000, 2), // another thread: not counted
      task(1_100_000, 5_000, 5_000), // after: not counted
    ];
    // Waiting (the network, a core) lengthens the span, not the CPU time.
    expect(loadWork(events)).toEqual({ wall: 999, cpu: 510 });
  });

  it("reads nothing without the navigation or the mark", () => {
    expect(loadWork([task(0, 10, 10), mark("bench:first-frame", 5)])).toBeNull();
    expect(loadWork([nav, task(2_000, 10, 10)])).toBeNull();
  });
});

describe("pairedRatio", () => {
  it("takes the median of each pair's ratio, so that a slow moment that strikes both of a pair cancels out", () => {
    // The pairs read 1×, 1× and 1.5× (the last taken in a slow moment for the app alone).
    expect(pairedRatio([100, 300, 900], [100, 300, 600])).toMatch(
      /^paired ratio median 1\.00× \(quartiles 1\.00–1\.50, 3 pairs\)$/,
    );
  });
});

import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { beforeDraw } from "./beforeDraw";

/** A canvas whose renderer has cytoscape's render loop hooks, driven by hand: `frame()` is one tick. */
function withRenderLoop() {
  const cy = cytoscape({ headless: true });
  const callbacks: { fn: (willDraw: boolean, now: number) => void; priority: number }[] = [];
  const renderer = {
    beforeRenderCallbacks: callbacks,
    beforeRenderPriorities: { animations: 400, eleCalcs: 300 },
    beforeRender(fn: (willDraw: boolean, now: number) => void, priority: number) {
      callbacks.push({ fn, priority });
      callbacks.sort((a, b) => b.priority - a.priority);
    },
  };
  (cy as unknown as { renderer: () => typeof renderer }).renderer = () => renderer;
  const frame = () => {
    for (const c of [...callbacks]) c.fn(true, 0);
  };
  return { cy, callbacks, frame };
}

describe("beforeDraw", () => {
  it("runs the work once in the next frame, after the animation step and before the styles are computed", () => {
    const { cy, callbacks, frame } = withRenderLoop();
    const work = vi.fn();
    const pass = beforeDraw(cy, work);
    expect(callbacks).toHaveLength(1);
    const priority = callbacks[0]?.priority ?? 0;
    expect(priority).toBeLessThan(400);
    expect(priority).toBeGreaterThan(300);
    frame();
    expect(work).not.toHaveBeenCalled();
    pass.request();
    pass.request();
    pass.request();
    frame();
    expect(work).toHaveBeenCalledTimes(1);
    frame();
    expect(work).toHaveBeenCalledTimes(1);
    pass.stop();
    expect(callbacks).toHaveLength(0);
    pass.request();
    frame();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("falls back to an animation frame of its own without a renderer", () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal("requestAnimationFrame", (fn: () => void) => frames.push(fn));
    vi.stubGlobal("cancelAnimationFrame", (id: number) => {
      frames[id - 1] = () => {};
    });
    const tick = () => {
      for (const fn of frames.splice(0)) fn();
    };
    const cy = cytoscape({ headless: true });
    const work = vi.fn();
    const pass = beforeDraw(cy, work);
    pass.request();
    pass.request();
    expect(frames).toHaveLength(1);
    tick();
    expect(work).toHaveBeenCalledTimes(1);
    pass.request();
    pass.stop();
    tick();
    expect(work).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});

import type cytoscape from "cytoscape";

/** Cytoscape's renderer, as far as beforeDraw uses it (internal, but how its own animations step). */
interface RenderLoop {
  destroyed?: boolean;
  beforeRender?: (fn: (willDraw: boolean, now: number) => void, priority: number) => void;
  beforeRenderCallbacks?: { fn: unknown }[];
  beforeRenderPriorities?: { animations: number; eleCalcs: number };
}

/**
 * Runs `work` once before the next frame the canvas draws, after that frame's animation step (the
 * camera's fit, a layout's move) and before cytoscape computes the styles it changed. A
 * requestAnimationFrame of our own ran after cytoscape's draw in the same frame: every change of the
 * view was drawn twice, once with the old names and once with the new (at 1,000 actors, two redraws
 * of 150 ms or more for one resize of the canvas). Returns `request` (ask for a run; several in one
 * frame make one) and `stop`. Without a renderer (headless, jsdom), falls back to
 * requestAnimationFrame.
 */
export function beforeDraw(cy: cytoscape.Core, work: () => void): { request: () => void; stop: () => void } {
  const renderer = (cy as unknown as { renderer?: () => RenderLoop | undefined }).renderer?.();
  let wanted = false;
  let stopped = false;
  let frame = 0;
  const run = () => {
    frame = 0;
    if (!wanted || stopped || cy.destroyed()) return;
    wanted = false;
    work();
  };
  const step = () => run();
  const priorities = renderer?.beforeRenderPriorities;
  const loop = renderer?.beforeRender && priorities ? renderer : null;
  if (priorities) loop?.beforeRender?.(step, (priorities.animations + priorities.eleCalcs) / 2);
  return {
    request: () => {
      wanted = true;
      // The render loop runs every frame, drawing or not; without one, a frame of our own.
      if (!loop && !frame) frame = requestAnimationFrame(run);
    },
    stop: () => {
      stopped = true;
      if (frame) cancelAnimationFrame(frame);
      const callbacks = loop?.beforeRenderCallbacks;
      const at = callbacks?.findIndex((c) => c.fn === step) ?? -1;
      if (callbacks && at >= 0) callbacks.splice(at, 1);
    },
  };
}

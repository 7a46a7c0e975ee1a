// Layouts off the main thread (headlessLayout.ts): large graphs lay out here so the page never
// freezes: force (fcose) and the others, with the same options.

import { seededRandom } from "../lib/random";
import { computeLayout, type LayoutReply, type LayoutRequest } from "./headlessLayout";

export type { LayoutReply, LayoutRequest };

self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  // fcose's faster qualities start from a spectral layout that needs `randomize: true` (with it off,
  // only "proof" works). This worker owns its global scope, so Math.random is made seeded here: the
  // same graph still gives the same picture.
  Math.random = seededRandom(event.data.ids.length);
  try {
    const { x, y } = computeLayout(event.data);
    const reply: LayoutReply = { type: "done", x, y };
    (self as unknown as Worker).postMessage(reply, [x.buffer, y.buffer]);
  } catch (error) {
    const reply: LayoutReply = {
      type: "error",
      message: error instanceof Error ? error.message : String(error),
    };
    (self as unknown as Worker).postMessage(reply);
  }
});

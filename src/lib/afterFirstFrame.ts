// "Graph first": panels below the fold of attention can wait one frame, so the canvas is drawn
// before they are rendered (measured with `npm run bench`: the first graph frame comes sooner).
import { useEffect, useState } from "react";

/** False on the first render; true once the next animation frame has been painted. */
export function useAfterFirstFrame(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return ready;
}

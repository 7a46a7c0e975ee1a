import type cytoscape from "cytoscape";
import { useCallback, useEffect, useState } from "react";
import { mendPolygonHitTest } from "../hitTest";
import { setGraphInstance } from "../instance";
import { quietIdleResizes } from "../quietResize";

/**
 * The live instance, and the callback to hand react-cytoscapejs. It calls that callback after every
 * update, and StrictMode makes a throwaway first instance: keep the newest live one only. The
 * graph layer's on-request modules (export, camera moves) find it through `getGraphInstance()`.
 */
export function useCyInstance(): [cytoscape.Core | null, (instance: cytoscape.Core) => void] {
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const onCy = useCallback((instance: cytoscape.Core) => {
    setCy((current) => (current === instance || instance.destroyed() ? current : instance));
  }, []);
  useEffect(() => {
    if (cy) {
      mendPolygonHitTest(cy);
      quietIdleResizes(cy);
    }
    setGraphInstance(cy);
    return () => setGraphInstance(null);
  }, [cy]);
  return [cy, onCy];
}

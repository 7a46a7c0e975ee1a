// Makes the canvas a keyboard stop: the props for its container. The handling itself
// (keyboardNav.ts) loads on the first key that needs it, so it adds nothing to the first download.
import type cytoscape from "cytoscape";
import type React from "react";

const KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Enter", " "]);

export function canvasKeyProps(cy: cytoscape.Core | null) {
  return {
    id: "graph-canvas",
    tabIndex: 0,
    role: "application",
    "aria-roledescription": "network graph",
    "aria-label": "Network: arrow keys move between actors, Enter shows details",
    onKeyDown: (e: React.KeyboardEvent<HTMLDivElement>) => {
      // Keys on the zoom buttons inside stay theirs.
      if (!cy || e.target !== e.currentTarget || !KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey)
        return;
      e.preventDefault();
      const key = e.key;
      void import("./keyboardNav").then((m) => m.handleCanvasKey(cy, key));
    },
    onBlur: (e: React.FocusEvent<HTMLDivElement>) => {
      if (cy && e.target === e.currentTarget) void import("./keyboardNav").then((m) => m.clearCursor(cy));
    },
  } as const;
}

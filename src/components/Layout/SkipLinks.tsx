// The first stops of Tab: straight to the canvas or to its accessible twin, the list. Mounted for
// the page's life, it also keeps focus off the page body after any action (lib/focus.ts).
import { useEffect } from "react";
import { focusWhenReady, keepFocusOffBody } from "../../lib/focus";
import { useStore } from "../../state/store";

export function SkipLinks({ onSkip }: { onSkip: () => void }) {
  useEffect(keepFocusOffBody, []);
  const skip = (e: React.MouseEvent, panel: "graph" | "list", target: string) => {
    e.preventDefault();
    useStore.getState().setPanel(panel);
    onSkip();
    focusWhenReady(target);
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is page navigation; the click shows the view first */}
      <a className="skip-link" href="#graph-canvas" onClick={(e) => skip(e, "graph", "graph-canvas")}>
        Skip to the graph
      </a>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is page navigation; the click shows the view first */}
      <a className="skip-link" href="#view-body" onClick={(e) => skip(e, "list", "list-view")}>
        Skip to the list
      </a>
    </nav>
  );
}

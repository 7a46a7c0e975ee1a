// The first stops of Tab: straight to the canvas or to its accessible twin, the list.
import { focusWhenReady } from "../../lib/focus";
import { useStore } from "../../state/store";

export function SkipLinks({ onSkip }: { onSkip: () => void }) {
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
      <a className="skip-link" href="#list-view" onClick={(e) => skip(e, "list", "list-view")}>
        Skip to the list
      </a>
    </nav>
  );
}

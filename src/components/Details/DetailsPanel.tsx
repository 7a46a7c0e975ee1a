// DetailsPanel
//   ├─ EntityDetails   (name, facts, every relation: click to go there)
//   └─ RelationDetails (kind, direction, status, every excerpt as a quotation)
// The details load on the first click (the empty state ships with the app).
import { lazy, Suspense, useEffect, useRef } from "react";
import { focusWhenReady } from "../../lib/focus";
import { selectedEntity, selectedRelation } from "../../state/selectors";
import { useStore } from "../../state/store";

const EntityDetails = lazy(() => import("./EntityDetails").then((m) => ({ default: m.EntityDetails })));
const PathResults = lazy(() => import("../Paths/PathResults").then((m) => ({ default: m.PathResults })));
const RelationDetails = lazy(() => import("./RelationDetails").then((m) => ({ default: m.RelationDetails })));

export function DetailsPanel() {
  const entity = useStore(selectedEntity);
  const relation = useStore(selectedRelation);
  const selection = useStore((s) => s.view.selection);
  const path = useStore((s) => s.view.path);
  const panel = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);
  // A selection made from inside the panel replaces what held focus (an actor's link, a name):
  // focus moves to the new details instead of falling to the page body. (Not on first render: a
  // permalink's selection leaves focus where the page starts.)
  useEffect(() => {
    const active = document.activeElement;
    if (
      mounted.current &&
      selection &&
      (!active || active === document.body || panel.current?.contains(active))
    )
      // Inside a frame (the embed), moving focus must not scroll the story page around it.
      focusWhenReady("details-section", { preventScroll: window.self !== window.top });
    mounted.current = true;
  }, [selection]);
  return (
    <div className="details-panel" ref={panel}>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        {path && <PathResults />}
        {entity && <EntityDetails entity={entity} />}
        {relation && <RelationDetails relation={relation} />}
      </Suspense>
      {!entity && !relation && !path && (
        <div className="details-empty">
          <h2 id="details-title">Select an actor or a link</h2>
          <p>
            Click a shape to see who it is and every link it has; click a line to read the excerpts that
            support it, in the articles' own words. Hover a shape to see its neighbourhood.
          </p>
        </div>
      )}
    </div>
  );
}

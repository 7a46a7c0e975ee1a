// DetailsPanel
//   ├─ EntityDetails   (name, facts, every relation: click to go there)
//   └─ RelationDetails (kind, direction, status, every excerpt as a quotation)
// The details load on the first click (the empty state ships with the app).
import { lazy, Suspense } from "react";
import { selectedEntity, selectedRelation } from "../../state/selectors";
import { useStore } from "../../state/store";

const EntityDetails = lazy(() => import("./EntityDetails").then((m) => ({ default: m.EntityDetails })));
const RelationDetails = lazy(() => import("./RelationDetails").then((m) => ({ default: m.RelationDetails })));

export function DetailsPanel() {
  const entity = useStore(selectedEntity);
  const relation = useStore(selectedRelation);
  return (
    <div className="details-panel">
      <Suspense fallback={<p className="muted">Loading…</p>}>
        {entity && <EntityDetails entity={entity} />}
        {relation && <RelationDetails relation={relation} />}
      </Suspense>
      {!entity && !relation && (
        <div className="details-empty">
          <h2>Select an actor or a link</h2>
          <p>
            Click a shape to see who it is and every link it has; click a line to read the excerpts that
            support it, in the articles' own words. Hover a shape to see its neighbourhood.
          </p>
        </div>
      )}
    </div>
  );
}

// DetailsPanel
//   ├─ EntityDetails   (name, facts, every relation: click to go there)
//   └─ RelationDetails (kind, direction, status, every excerpt as a quotation)
import { selectSelectedEntity, selectSelectedRelation } from "../../state/selectors";
import { useStore } from "../../state/store";
import { EntityDetails } from "./EntityDetails";
import { RelationDetails } from "./RelationDetails";

export function DetailsPanel() {
  const entity = useStore(selectSelectedEntity);
  const relation = useStore(selectSelectedRelation);
  return (
    <div className="details-panel">
      {entity && <EntityDetails entity={entity} />}
      {relation && <RelationDetails relation={relation} />}
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

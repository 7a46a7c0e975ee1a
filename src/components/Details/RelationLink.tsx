import type { Relation } from "../../data/types";
import { useStore } from "../../state/store";

/** A relation's label as a button that selects it. */
export function RelationLink({ relation }: { relation: Relation }) {
  const select = useStore((s) => s.select);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => select({ kind: "relation", id: relation.id })}
    >
      {relation.label}
    </button>
  );
}

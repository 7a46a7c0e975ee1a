import { entityById } from "../../state/selectors";
import { useStore } from "../../state/store";

/** An entity's name as a button that selects it. */
export function EntityLink({ id }: { id: string }) {
  const entity = useStore(entityById(id));
  const select = useStore((s) => s.select);
  if (!entity) return <span>{id}</span>;
  return (
    <button
      type="button"
      className={`link-button${entity.unnamed ? " is-unnamed" : ""}`}
      onClick={() => select({ kind: "entity", id })}
    >
      {entity.name}
    </button>
  );
}

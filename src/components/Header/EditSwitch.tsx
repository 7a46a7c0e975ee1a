// The Edit switch (issue 19): a toggle in the header. It is all of edit mode that the first download
// holds; the editor loads when it is first turned on (App renders it lazily).
import { useStore } from "../../state/store";

export function EditSwitch() {
  const editing = useStore((s) => s.editing);
  const setEditing = useStore((s) => s.setEditing);
  return (
    <button
      type="button"
      className="header-button edit-switch"
      aria-pressed={editing}
      title={
        editing
          ? "Leave edit mode (your edits stay on screen)"
          : "Edit this dataset: add evidence, actors, links and articles"
      }
      onClick={() => setEditing(!editing)}
    >
      Edit
    </button>
  );
}

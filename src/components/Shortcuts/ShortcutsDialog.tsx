import { useEffect, useRef } from "react";
import { useStore } from "../../state/store";

const SHORTCUTS: [string, string][] = [
  ["/", "Search actors and excerpts"],
  ["↓ ↑ then Enter", "Move through suggestions, an actor's links, and choose"],
  ["Tab", "Move through the panels and an actor's links"],
  ["Esc", "Close this, clear the search, leave focus, clear the path, then the selection"],
  ["?", "Show or hide these shortcuts"],
];

export function ShortcutsDialog() {
  const open = useStore((s) => s.shortcutsOpen);
  const setOpen = useStore((s) => s.setShortcutsOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <div className="modal-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" className="modal">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">
          The List view is the keyboard twin of the graph: every actor and link as a table.
        </p>
        <button ref={closeRef} type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </div>
  );
}

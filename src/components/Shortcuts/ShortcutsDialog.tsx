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
  // A modal dialog: focus moves in when it opens, stays in while it is open (Tab cannot reach the
  // page behind it), and goes back to where it was when it closes, however it was closed.
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);
  const keepFocusInside = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Tab") return;
    const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>("button, a[href], [tabindex]")];
    const at = focusable.indexOf(document.activeElement as HTMLElement);
    const next = e.shiftKey ? (at <= 0 ? focusable.length - 1 : at - 1) : (at + 1) % focusable.length;
    e.preventDefault();
    focusable[next]?.focus();
  };
  if (!open) return null;
  return (
    <div className="modal-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="modal"
        onKeyDown={keepFocusInside}
      >
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

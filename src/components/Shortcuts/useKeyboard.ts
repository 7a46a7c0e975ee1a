// Page-wide keys: `/` search, `?` shortcuts, Escape undoes one step (see the store's `escape`).
import { type RefObject, useEffect } from "react";
import { focusWhenReady } from "../../lib/focus";
import { useStore } from "../../state/store";

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function useKeyboard(searchRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      // A native modal <dialog> (Export, Open) handles its own keys, Escape included.
      if (document.querySelector("dialog[open]")) return;
      if (e.key === "Escape") {
        if (useStore.getState().escape()) e.preventDefault();
        return;
      }
      if (typingIn(e.target)) return;
      if (e.key === "/") {
        e.preventDefault();
        // The search box loads just after the graph's first frame: a "/" before that waits for it.
        focusWhenReady(() => searchRef.current);
      } else if (e.key === "?") {
        e.preventDefault();
        useStore.getState().setShortcutsOpen(!useStore.getState().shortcutsOpen);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [searchRef]);
}

/**
 * Arrow keys move between the buttons of a list (an entity's relations), like Tab does: disabled
 * ones (relations the filters hide) cannot take focus, so they are skipped, as Tab skips them.
 */
export function moveFocusWithArrows(e: React.KeyboardEvent<HTMLElement>) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)")];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[e.key === "ArrowDown" ? Math.min(at + 1, buttons.length - 1) : Math.max(at - 1, 0)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

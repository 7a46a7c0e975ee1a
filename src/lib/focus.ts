// Moving focus to what an action opened, even when it mounts a frame or a lazy chunk later.

/**
 * Focuses the element with this id (or the one `target` returns) as soon as it is shown (gives up
 * after about two seconds). A panel waiting for its code keeps the old content hidden meanwhile,
 * under the same id: wait on. A Tab or a click of the reader's own while it waits ends the wait:
 * the reader's move is not undone when the element arrives.
 */
export function focusWhenReady(target: string | (() => HTMLElement | null), options?: FocusOptions): void {
  let frames = 120;
  let moved = false;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Tab") moved = true;
  };
  const onPointer = () => {
    moved = true;
  };
  const stop = () => {
    document.removeEventListener("keydown", onKey, true);
    document.removeEventListener("pointerdown", onPointer, true);
  };
  document.addEventListener("keydown", onKey, true);
  document.addEventListener("pointerdown", onPointer, true);
  const attempt = () => {
    if (moved) return stop();
    const element = typeof target === "string" ? document.getElementById(target) : target();
    element?.focus(options);
    if (document.activeElement !== element && frames-- > 0) requestAnimationFrame(attempt);
    else stop();
  };
  requestAnimationFrame(attempt);
}

const FOCUSABLE =
  'button:not(:disabled), [href], input:not(:disabled):not([type="hidden"]), select:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

const PART = "aside, section, nav, header, main, dialog, [role=dialog], [role=region], [role=tabpanel]";

const shown = (el: Element) => el.isConnected && (el as HTMLElement).getClientRects().length > 0;

/**
 * A safety net for every action: when the focused control disappears or is disabled by what it did
 * (Clear path, Reset, a list that re-renders), focus goes to the nearest control still there in
 * the same part of the page, or to that part itself, never to the page body. Returns a stop function.
 */
export function keepFocusOffBody(): () => void {
  const onFocusOut = (e: FocusEvent) => {
    const lost = e.target;
    if (!(lost instanceof HTMLElement) || e.relatedTarget) return;
    const ancestors: HTMLElement[] = [];
    for (let a = lost.parentElement; a && a !== document.body; a = a.parentElement) ancestors.push(a);
    // After the action's re-render (and the panels' own focus moves, which come first).
    window.setTimeout(() => {
      const active = document.activeElement;
      if ((active && active !== document.body) || (shown(lost) && !lost.matches(":disabled"))) return;
      // Up to the part of the page it was in (a panel, a section, a dialog), not beyond.
      const part = ancestors.findIndex((a) => a.matches(PART));
      const homes = ancestors.slice(0, part < 0 ? undefined : part + 1).filter(shown);
      for (const home of homes) {
        const next = [...home.querySelectorAll<HTMLElement>(FOCUSABLE)].find(shown);
        // Without scrolling: in an embed, focus inside the frame would scroll the host page.
        if (next) return next.focus({ preventScroll: true });
      }
      const home = homes[0];
      if (!home) return;
      if (!home.hasAttribute("tabindex")) home.tabIndex = -1;
      home.focus({ preventScroll: true });
    }, 50);
  };
  document.addEventListener("focusout", onFocusOut);
  return () => document.removeEventListener("focusout", onFocusOut);
}

// Moving focus to what an action opened, even when it mounts a frame or a lazy chunk later.

/** Focuses the element with this id as soon as it exists (gives up after about two seconds). */
export function focusWhenReady(id: string, options?: FocusOptions): void {
  let frames = 120;
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) element.focus(options);
    else if (frames-- > 0) requestAnimationFrame(attempt);
  };
  attempt();
}

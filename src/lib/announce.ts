// A channel to the page's one live region (components/Status/Announcer): for what the store does not
// describe by itself, such as the keyboard cursor moving over the canvas.
type Listener = (message: string) => void;
let listener: Listener | null = null;
// Said before the live region was there (it loads with the panels, a moment after the canvas can
// take keys): given to it when it comes, not lost.
let pending: string | null = null;

export function onAnnounce(l: Listener | null): void {
  listener = l;
  if (l && pending !== null) {
    l(pending);
    pending = null;
  }
}

export function announce(message: string): void {
  if (listener) listener(message);
  else pending = message;
}

// A channel to the page's one live region (components/Status/Announcer): for what the store does not
// describe by itself, such as the keyboard cursor moving over the canvas.
type Listener = (message: string) => void;
let listener: Listener | null = null;

export function onAnnounce(l: Listener | null): void {
  listener = l;
}

export function announce(message: string): void {
  listener?.(message);
}

// Where the browser tests find Chromium: Debian's by default, or any Chrome named by CHROMIUM_PATH.
// Playwright's own browser downloads are not used (they cannot be fetched on our machines).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Flags that keep Chromium from reaching for the network at start-up. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
];

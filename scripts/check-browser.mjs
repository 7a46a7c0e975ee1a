// Run before the browser tests: says clearly what is missing instead of letting Playwright fail
// with a message about its own (undownloadable) browsers.
import { accessSync, constants } from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`
The browser tests need Chromium, and none was found at ${path}.
  - On Debian or Ubuntu:   sudo apt-get install chromium
  - Or use another Chrome: CHROMIUM_PATH=/path/to/chrome npm test
(.ci/run installs Chromium with apt-get by itself.)
`);
  process.exit(1);
}

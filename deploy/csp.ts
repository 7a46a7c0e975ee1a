// The Content-Security-Policy of the built app: vite.config.ts puts it in index.html as a <meta>
// tag, and deploy/nginx.conf and deploy/_headers send it as a header (deploy/deploy.test.ts keeps
// them equal). Node only (vite.config.ts and the tests import it, never the app).
import { createHash } from "node:crypto";
import { BOOT_SCRIPT } from "./boot.ts";

/**
 * cytoscape's renderer injects exactly one <style> element with this text (its container rule; we
 * also give the container `position: relative` ourselves). Allowing it by hash keeps
 * 'unsafe-inline' out of style-src.
 */
export const CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  "default-src": "'self'",
  // The boot script (deploy/boot.ts) by its hash: no other inline script runs.
  "script-src": `'self' ${hash(BOOT_SCRIPT)}`,
  "style-src": `'self' ${hash(CYTOSCAPE_STYLE)}`,
  "img-src": "'self' data: blob:",
  "font-src": "'self'",
  "worker-src": "'self' blob:",
  "connect-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'none'",
};

/** The policy as the <meta> tag carries it (a <meta> policy cannot hold frame-ancestors). */
export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join("; ");

// The Content-Security-Policy of the built app, as a <meta> tag that a small Vite plugin adds to
// index.html on `vite build` only: the dev server needs inline scripts for hot reload.
import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * cytoscape's renderer injects exactly one <style> element with this text (its container rule; we
 * also give the container `position: relative` ourselves). Allowing it by hash keeps
 * 'unsafe-inline' out of style-src.
 */
export const CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

export const CSP_DIRECTIVES: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": `'self' ${hash(CYTOSCAPE_STYLE)}`,
  "img-src": "'self' data: blob:",
  "font-src": "'self'",
  "worker-src": "'self' blob:",
  "connect-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'none'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join("; ");

export function cspPlugin(): Plugin {
  return {
    name: "throughline-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CSP },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}

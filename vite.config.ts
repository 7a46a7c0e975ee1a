import { createHash } from "node:crypto";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { themeCss } from "./src/visuals/css.ts";

export default defineConfig({
  plugins: [react(), themePlugin(), cspPlugin()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  // Every browser we support preloads modules natively: no polyfill in the first download.
  build: { modulePreload: { polyfill: false } },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "tests/bench/**/*.test.ts"],
    environment: "node",
  },
});

// The Content-Security-Policy of the built app, as a <meta> tag added to index.html on `vite build`
// only: the dev server needs inline scripts for hot reload. (Kept in this file: Vite's native config
// loader wants no extensionless local imports.)

/**
 * cytoscape's renderer injects exactly one <style> element with this text (its container rule; we
 * also give the container `position: relative` ourselves). Allowing it by hash keeps
 * 'unsafe-inline' out of style-src.
 */
const CYTOSCAPE_STYLE = ".__________cytoscape_container { position: relative; }";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const CSP_DIRECTIVES: Record<string, string> = {
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

const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join("; ");

function cspPlugin(): Plugin {
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

/**
 * `virtual:theme.css`: the theme tokens (src/visuals/tokens.ts) as CSS custom properties, built
 * into the app's stylesheet, so the panels' colours come from the same tokens as the canvas'.
 */
function themePlugin(): Plugin {
  const id = "virtual:theme.css";
  // A virtual module id that still ends in .css, so Vite handles it as a stylesheet.
  const resolved = "\0virtual-theme.css";
  return {
    name: "throughline-theme",
    resolveId: (source) => (source === id ? resolved : undefined),
    // Light only until the canvas follows the theme (issue 14).
    load: (source) => (source === resolved ? themeCss({ dark: false }) : undefined),
  };
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { CSP } from "./deploy/csp.ts";
import { themeCss } from "./src/visuals/css.ts";

export default defineConfig({
  plugins: [react(), themePlugin(), cspPlugin(), bundledDatasetPlugin()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  // Every browser we support preloads modules natively: no polyfill in the first download.
  build: { modulePreload: { polyfill: false } },
  test: {
    include: [
      "src/**/*.test.{ts,tsx}",
      "scripts/**/*.test.ts",
      "tests/bench/**/*.test.ts",
      "deploy/**/*.test.ts",
    ],
    environment: "node",
  },
});

// The Content-Security-Policy of the built app (deploy/csp.ts), as a <meta> tag added to index.html
// on `vite build` only: the dev server needs inline scripts for hot reload. (Kept in this file:
// Vite's native config loader wants no extensionless local imports.)

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

// The bundled dataset in two parts, so that its stories stay out of the first download:
// `virtual:throughline/dataset` is data/graph.json without `stories`, plus `storyCatalog` (each
// story's id, title and number of steps, for the header); `virtual:throughline/stories` is the
// `stories` array, imported when a story is played (src/data/bundled.ts).
const DATASET_FILE = fileURLToPath(new URL("./data/graph.json", import.meta.url));
const VIRTUAL = { dataset: "virtual:throughline/dataset", stories: "virtual:throughline/stories" } as const;

function bundledDatasetPlugin(): Plugin {
  const read = () => JSON.parse(readFileSync(DATASET_FILE, "utf8")) as Record<string, unknown>;
  return {
    name: "throughline-bundled-dataset",
    resolveId(source) {
      return source === VIRTUAL.dataset || source === VIRTUAL.stories ? `\0${source}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL.dataset}` && id !== `\0${VIRTUAL.stories}`) return null;
      this.addWatchFile(DATASET_FILE);
      const { stories = [], ...dataset } = read();
      if (id === `\0${VIRTUAL.stories}`) return `export default ${JSON.stringify(stories)};`;
      const list = Array.isArray(stories)
        ? (stories as { id: string; title: string; steps: unknown[] }[])
        : [];
      const storyCatalog = list.map((s) => ({ id: s.id, title: s.title, steps: s.steps.length }));
      return `export default ${JSON.stringify({ ...dataset, storyCatalog })};`;
    },
  };
}

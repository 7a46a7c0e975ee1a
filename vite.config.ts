import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { CSP } from "./deploy/csp.ts";
import { themeCss } from "./src/visuals/css.ts";

export default defineConfig({
  plugins: [react(), themePlugin(), cspPlugin(), bundledDatasetPlugin(), leanCytoscapePlugin()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  // Every browser we support preloads modules natively: no polyfill in the first download.
  build: { modulePreload: { polyfill: false } },
  // The layout worker runs the same cytoscape as the page.
  worker: { plugins: () => [leanCytoscapePlugin()] },
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
    load: (source) => (source === resolved ? themeCss({ dark: true }) : undefined),
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

// Cytoscape built from its published sources without the parts this app never calls, on
// `vite build` only (dev and unit tests use the package as published): the graph algorithms
// beyond breadth- and depth-first search (Dijkstra, A*, PageRank, centralities, clusterings…; our
// paths are src/domain/paths.ts), the physics `cose` and `random` layouts (force is fcose) and the
// WebGL renderer (the app draws on canvas). That is about 13 KB gzipped of the first download.
// Everything else is cytoscape's own code, unchanged.
function leanCytoscapePlugin(): Plugin {
  // The real path: resolved ids are real paths, whatever links node_modules goes through.
  const CYTOSCAPE_SRC = `${realpathSync(fileURLToPath(new URL("./node_modules/cytoscape/src", import.meta.url)))}/`;
  const CYTOSCAPE_VERSION = (
    JSON.parse(readFileSync(new URL("./node_modules/cytoscape/package.json", import.meta.url), "utf8")) as {
      version: string;
    }
  ).version;
  const at = (file: string) => `${CYTOSCAPE_SRC}${file}`;
  const LAYOUTS = ["breadthfirst", "circle", "concentric", "grid", "null", "preset"];
  const lean: Record<string, string> = {
    // bfs/dfs: the breadthfirst layout walks the graph with them.
    [at("collection/algorithms/index.mjs")]: `import bfsDfs from "${at("collection/algorithms/bfs-dfs.mjs")}";
export default { ...bfsDfs };`,
    [at("extensions/layout/index.mjs")]:
      `${LAYOUTS.map((name) => `import ${name}Layout from "${at(`extensions/layout/${name}.mjs`)}";`).join("\n")}
export default [${LAYOUTS.map((name) => `{ name: "${name}", impl: ${name}Layout }`).join(", ")}];`,
    [at("extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs")]: `export default {
  initWebgl() { throw new Error("This build of Throughline draws on canvas only (no WebGL renderer)."); },
};`,
    [at("version.mjs")]: `export default ${JSON.stringify(CYTOSCAPE_VERSION)};`,
  };
  return {
    name: "throughline-lean-cytoscape",
    apply: "build",
    enforce: "pre",
    resolveId(source) {
      if (source === "cytoscape") return at("index.mjs");
      return null;
    },
    load(id) {
      return lean[id] ?? null;
    },
  };
}

import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { OutputBundle, OutputChunk } from "rolldown";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { BOOT_SCRIPT } from "./deploy/boot.ts";
import { CSP } from "./deploy/csp.ts";
import { themeCss } from "./src/visuals/css.ts";

export default defineConfig({
  plugins: [
    react(),
    themePlugin(),
    bootPlugin(),
    cspPlugin(),
    bundledDatasetPlugin(),
    leanCytoscapePlugin(),
    embedPreloadPlugin(),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    // Every browser we support preloads modules natively: no polyfill in the first download.
    modulePreload: { polyfill: false },
    // What the entry imports statically is one chunk: left alone, the modules it shares with
    // chunks loaded later (the store, vocabularies, dates…) became eight small chunks, eleven
    // requests before the graph's first frame could be drawn instead of two (docs/performance.md).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: "app", tags: ["$initial"] }] } } },
  },
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
 * The boot script (deploy/boot.ts), inline at the end of <head> (the charset and the CSP come first),
 * in dev and in the build: it sets the reader's theme and the frame's sizes on <html> before
 * index.html's static frame is painted. The built page's CSP allows it by its hash.
 */
function bootPlugin(): Plugin {
  return {
    name: "throughline-boot",
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "script", children: BOOT_SCRIPT, injectTo: "head" }],
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
      return `export default JSON.parse(${JSON.stringify(JSON.stringify({ ...dataset, storyCatalog }))});`;
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

/**
 * `?embed=1` loads the embed's own chunk (src/components/Embed, with what it imports and its
 * styles) on top of the app's. Imported from main.tsx, it was only requested once the app's main
 * chunk had been downloaded and run, and the embed's graph waited for it. A tiny script of our own
 * origin (the CSP allows no inline script), run as soon as it arrives, asks for them at once as
 * `modulepreload` and stylesheet links, in parallel with the main chunk: in embeds only, so the
 * app's first download carries nothing of the embed but this script (about 0.4 KB).
 */
function embedPreloadPlugin(): Plugin {
  let base = "/";
  return {
    name: "throughline-embed-preload",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle: OutputBundle) {
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === "chunk");
        const embed = chunks.find((c) => c.facadeModuleId?.endsWith("/src/components/Embed/EmbedApp.tsx"));
        const entry = chunks.find((c) => c.isEntry);
        const html = bundle["index.html"];
        if (!embed || !entry || !html || html.type !== "asset") return;
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        // What the entry loads anyway (its static imports) is not asked for twice.
        const loaded = new Set<string>();
        const walk = (name: string, into: Set<string>, stop: Set<string>) => {
          if (into.has(name) || stop.has(name)) return;
          into.add(name);
          for (const next of byName.get(name)?.imports ?? []) walk(next, into, stop);
        };
        walk(entry.fileName, loaded, new Set());
        const wanted = new Set<string>();
        walk(embed.fileName, wanted, loaded);
        const css = new Set<string>();
        for (const name of wanted) {
          const meta = (byName.get(name) as { viteMetadata?: { importedCss: Set<string> } } | undefined)
            ?.viteMetadata;
          for (const file of meta?.importedCss ?? []) css.add(file);
        }
        const links = [
          ...[...css].map((file) => [`${base}${file}`, "stylesheet"]),
          ...[...wanted].map((file) => [`${base}${file}`, "modulepreload"]),
        ];
        const source = `if (/^(1|true)$/.test(new URLSearchParams(location.search).get("embed") ?? ""))
  for (const [href, rel] of ${JSON.stringify(links)}) {
    const link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    document.head.append(link);
  }
`;
        const ref = this.emitFile({ type: "asset", name: "embed-preload.js", source });
        const file = this.getFileName(ref);
        // Before the main chunk, async: it runs as soon as it is here, not after the app.
        html.source = String(html.source).replace(
          /<script type="module"/,
          `<script type="module" async src="${base}${file}"></script>\n    <script type="module"`,
        );
      },
    },
  };
}

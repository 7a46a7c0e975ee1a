// Builds the benchmark's bare baseline page (baseline.html) into bench-results/baseline/.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/baseline/",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../../bench-results/baseline", import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: fileURLToPath(new URL("baseline.html", import.meta.url)) },
    chunkSizeWarningLimit: 2000,
  },
});

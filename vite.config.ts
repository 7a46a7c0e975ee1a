import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { cspPlugin } from "./scripts/csp";

export default defineConfig({
  plugins: [react(), cspPlugin()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
  },
});

/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The local host (python -m shared.cli serve) serves the API on 7071 by default;
// `npm run dev` proxies /api there so cookies stay same-origin as in production.
const apiTarget = process.env.VIGOR_API_URL ?? "http://127.0.0.1:7071";

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  server: { host: "127.0.0.1", proxy: { "/api": { target: apiTarget, changeOrigin: false } } },
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/testing/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    pool: "threads",
    // Form tests render the whole profile form in jsdom: about 4 s each on a quiet 2-CPU machine, so the
    // default 5 s failed them whenever the machine was busy (a slow machine is not a failing form).
    testTimeout: 20_000,
  },
});

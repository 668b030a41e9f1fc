/// <reference types="vitest/config" />
import { fileURLToPath, URL } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

// The local host (python -m shared.cli serve) serves the API on 7071 by default;
// `npm run dev` proxies /api there so cookies stay same-origin as in production.
const apiTarget = process.env.VIGOR_API_URL ?? "http://127.0.0.1:7071";

/**
 * The installable app (docs/decisions.md, "Offline app"): the web app manifest, and src/sw.ts built as /sw.js with
 * the build's files injected as its precache list (injectManifest, so the worker is our own code and other features,
 * e.g. push, add their handlers there). The page registers it itself, after load (src/lib/pwa.ts).
 */
const pwa = VitePWA({
  strategies: "injectManifest",
  srcDir: "src",
  filename: "sw.ts",
  injectRegister: false,
  // The dev server serves no worker: offline behaviour is tested on the build (e2e/offline.spec.ts).
  devOptions: { enabled: false },
  injectManifest: {
    // The whole app shell and every screen's chunk, so any screen opens offline; not the install icons (the
    // browser fetches those itself) nor staticwebapp.config.json.
    globPatterns: ["index.html", "assets/**/*.{js,css,woff2}", "favicon.svg"],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  },
  manifest: {
    id: "/",
    name: "Vigor: your AI fitness coach",
    short_name: "Vigor",
    description: "Plans, workout logging and progress, with a coach that knows your training.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: "#0d9488",
    categories: ["health", "fitness", "sports"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  },
});

export default defineConfig({
  plugins: [react(), pwa],
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

/// <reference lib="webworker" />
/**
 * Vigor's service worker (built to /sw.js by vite-plugin-pwa, injectManifest). What it caches, and why
 * (docs/decisions.md, "Offline app"):
 *
 * * The app shell: index.html and every hashed JS/CSS file of the build, precached at install, so the app opens
 *   and every screen loads with no network. A navigation (any path outside /api) is answered with the precached
 *   index.html; the SPA routes from there.
 * * Nothing from /api. Health data is not kept in a cache the app cannot clear per user: the app keeps what it needs
 *   offline (the plan, recent history, queued workouts) in IndexedDB, keyed by user and cleared on sign-out
 *   (src/lib/offline-cache.ts, src/lib/outbox.ts).
 *
 * A new build's worker installs and waits; the page shows "update available" and, on the user's word, posts
 * SKIP_WAITING, then reloads once the new worker controls it (src/lib/pwa.ts). Other features add their event
 * handlers below (push, notificationclick): keep each in its own block.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Screens are client-side routes: every navigation gets the shell, except the API's own pages (docs, the calendar
// feed, file downloads), which must reach the server.
registerRoute(new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: [/^\/api(\/|$)/] }));

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

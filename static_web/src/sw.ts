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

// --- Push (issue 21): the server's Web Push messages (shared/notifications/schedule.py) carry a title, one line, a
// tag and an app path; nothing else (no health detail on a lock screen). The tag replaces an earlier notice of the
// same kind rather than stacking them.
type PushMessage = { title?: string; body?: string; tag?: string; url?: string };

function pushMessage(data: PushMessageData | null): PushMessage {
  try {
    const parsed: unknown = data?.json();
    return parsed && typeof parsed === "object" ? (parsed as PushMessage) : {};
  } catch {
    return { body: data?.text() ?? "" }; // a plain-text push still shows
  }
}

/** An app path only: a push must never open another site. */
function appPath(url: string | undefined): string {
  return typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

self.addEventListener("push", (event: PushEvent) => {
  const message = pushMessage(event.data);
  event.waitUntil(
    self.registration.showNotification(message.title || "Vigor", {
      body: message.body ?? "",
      tag: message.tag,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { url: appPath(message.url) },
    }),
  );
});

// --- notificationclick: focus an open Vigor window on the notice's path, or open one.
self.addEventListener("notificationclick", (event: NotificationEvent) => {
  event.notification.close();
  const path = appPath((event.notification.data as { url?: string } | null)?.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows[0];
      if (open) {
        await open.focus();
        await open.navigate(path).catch(() => undefined);
        return;
      }
      await self.clients.openWindow(path);
    })(),
  );
});

/**
 * Registers the service worker (src/sw.ts, built to /sw.js) and offers an update when a new version is deployed:
 * the new worker installs in the background and waits; a toast says so, and its "Reload" lets it take over and
 * reloads the page (a workout in progress survives: it is in IndexedDB). Loaded after the page's load event
 * (main.tsx), so none of it, nor workbox-window, is in the first download.
 */
import { registerSW } from "virtual:pwa-register";
import { toaster } from "@/components/ui/toaster";

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      toaster.create({
        id: "app-update",
        type: "info",
        title: "A new version of Vigor is ready",
        description: "Reload to use it; your workout in progress is kept.",
        duration: Infinity,
        action: { label: "Reload", onClick: () => void update(true) },
      });
    },
    onRegisterError(error: unknown) {
      console.warn("The offline app could not be installed", error);
    },
  });
}

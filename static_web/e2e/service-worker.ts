/** Helpers for the specs about the installed app (offline, update prompt, push). */
import type { Page } from "@playwright/test";

/** The page's service worker once it has activated (`ready` resolves while it is still activating). */
export function activeWorker(page: Page): Promise<{ state: string | undefined; script: string | undefined }> {
  return page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker && worker.state !== "activated") {
      await new Promise<void>((done) => worker.addEventListener("statechange", () => worker.state === "activated" && done()));
    }
    return { state: worker?.state, script: worker?.scriptURL };
  });
}

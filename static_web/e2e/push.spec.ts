/**
 * Reminders that arrive (issue 21): the service worker shows the server's Web Push message as a notification.
 *
 * Headless Chromium cannot subscribe through a real push service, so the message is delivered through the DevTools
 * protocol (`ServiceWorker.deliverPushMessage`), in the shape the server sends (shared/notifications/schedule.py:
 * title, one line, a tag, an app path). The server side, against a fake push service, is
 * tests/integration/test_push_delivery.py.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ serviceWorkers: "allow" });

type Shown = { title: string; body: string; tag: string; url: unknown };

/** The notifications the page's service worker registration is showing. */
function shown(page: Page): Promise<Shown[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const list = await registration.getNotifications();
    return list.map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url?: unknown } | null)?.url }));
  });
}

test("a push message from the server is shown as a notification that opens an app path", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["notifications"], { origin: baseURL });
  await page.goto("/welcome");
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker && worker.state !== "activated") {
      await new Promise<void>((done) => worker.addEventListener("statechange", () => worker.state === "activated" && done()));
    }
  });
  const cdp = await context.newCDPSession(page);
  const registered = new Promise<string>((found) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", (event: { registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] }) => {
      const ours = event.registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(new URL(baseURL!).origin));
      if (ours) found(ours.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  const registrationId = await registered;
  const origin = new URL(baseURL!).origin;

  const daily = { title: "Your coach's message for today", body: "Open Vigor to read it.", tag: "daily-2026-12-01", url: "/coach" };
  await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data: JSON.stringify(daily) });
  await expect.poll(() => shown(page)).toEqual([daily]);

  // The same kind again replaces the notice (its tag), and a push naming another site opens the app, not that site.
  const again = { ...daily, body: "A new message.", url: "https://evil.example/phish" };
  await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId, data: JSON.stringify(again) });
  await expect.poll(() => shown(page)).toEqual([{ ...again, url: "/" }]);
});

/**
 * The installed app (issue 21): the manifest and the service worker, and a workout logged with no server at all.
 *
 * The browser context's offline switch does not cover the service worker's own requests, so "no network" here is
 * the switch AND the API server stopped. This spec runs its own local host (e2e/local-host.ts) for that, on
 * 127.0.0.1 and a free port, and restarts it on the same port and data: same origin, so the same cookies,
 * IndexedDB and service worker.
 */
import type { Page } from "@playwright/test";
import { accessToken, createPlan, expect, readyUser, test as shared } from "./fixtures";
import { LocalHost } from "./local-host";
import { activeWorker } from "./service-worker";

const test = shared.extend<object, { host: LocalHost }>({
  host: [
    async ({}, use) => {
      const host = await LocalHost.create();
      await host.start();
      await use(host);
      await host.dispose();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ host }, use) => use(host.baseURL),
});
test.use({ serviceWorkers: "allow" });

/** The query keys of the offline copy this browser holds (src/lib/offline-cache.ts), as JSON. */
function keptQueries(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((ok) => {
        const opened = indexedDB.open("vigor");
        opened.onerror = () => ok([]);
        opened.onsuccess = () => {
          const db = opened.result;
          try {
            const got = db.transaction("kv").objectStore("kv").get("offline-copy");
            got.onsuccess = () => ok(((got.result as { queries?: { key: unknown }[] } | undefined)?.queries ?? []).map((q) => JSON.stringify(q.key)));
            got.onerror = () => ok([]);
          } catch {
            ok([]);
          } finally {
            db.close();
          }
        };
      }),
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("the app is installable: a valid manifest with its icons, and an activated service worker", async ({ page }) => {
  await page.goto("/welcome");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await res.json()) as { icons: { src: string; sizes: string; type: string; purpose: string }[] } & Record<string, unknown>;
  expect(manifest).toMatchObject({ name: expect.stringContaining("Vigor"), short_name: "Vigor", start_url: "/", scope: "/", display: "standalone", theme_color: "#0d9488" });
  const icons = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(icons).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons) {
    const file = await page.request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await file.body()).map(String).join("x")).toBe(icon.sizes);
  }
  // Chromium's own reading of it: no parse errors, nothing that stops installing.
  const cdp = await page.context().newCDPSession(page);
  const parsed = (await cdp.send("Page.getAppManifest")) as { errors: { message: string }[]; url: string };
  expect(parsed.url).toContain("/manifest.webmanifest");
  expect(parsed.errors).toEqual([]);
  expect(await activeWorker(page)).toEqual({ state: "activated", script: expect.stringMatching(/\/sw\.js$/) });
  const installability = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
  // A Playwright context is an incognito profile, where Chromium never offers to install: that one reason aside, none.
  expect(installability.installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
});

test("a workout logged with no network and no server is kept, shown as waiting, and stored once when the server is back", async ({ page, context, host }) => {
  await readyUser(page, "offline");
  await createPlan(page, await accessToken(page));
  await page.goto("/log");
  await expect(page.getByLabel("Goblet squat set 1 reps")).toBeVisible();
  expect((await activeWorker(page)).state).toBe("activated");
  // What the Log screen needs offline is on the device: the plan, profile, targets, history and the plan's exercises.
  await expect
    .poll(() => keptQueries(page), { message: "the offline copy" })
    .toEqual(expect.arrayContaining(['["plans"]', '["profile"]', '["sessions"]', '["coach","recommendations"]', '["exercises","one","goblet-squat-dumbbell"]']));

  await context.setOffline(true);
  await host.stop();
  await page.reload(); // the app shell from the service worker, the user and plan from the offline copy
  await expect(page.getByRole("heading", { level: 2, name: "Log a workout" })).toBeVisible();
  // The shell says so: what is shown is the device's copy, and a finished workout will wait here.
  const banner = page.getByRole("status").filter({ hasText: "You are offline." });
  await expect(banner).toContainText("a workout you finish is kept here and sent once Vigor answers");
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe("activated");
  await page.getByLabel("Goblet squat set 1 weight (kg)").fill("24");
  await page.getByLabel("Goblet squat set 1 reps").fill("10");
  await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
  await page.getByRole("button", { name: "Finish workout" }).click();
  await page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click();

  const waiting = page.getByRole("button", { name: "Waiting to sync (1)" });
  await expect(waiting).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("listitem").first()).toContainText("Waiting to sync");
  // The workout is no longer in progress: it is queued, not lost, and not sent twice by finishing again.
  await expect(page.getByText(/^Workout in progress since/)).toHaveCount(0);
  await waiting.click();
  await expect(page.getByRole("dialog", { name: "Saved on this device" })).toContainText("Workout of");
  await page.getByRole("dialog", { name: "Saved on this device" }).getByRole("button", { name: "Close" }).click();
  // Signing out would delete it from the device: the app asks first.
  await page.getByRole("button", { name: "Sign out" }).click();
  const ask = page.getByRole("alertdialog", { name: "Sign out and lose unsynced workouts?" });
  await expect(ask).toContainText("1 workout has not reached Vigor yet");
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toBeHidden();

  await host.start();
  await context.setOffline(false);
  await expect(waiting).toBeHidden({ timeout: 30_000 });
  await expect(banner).toBeHidden();
  await expect(history.getByText("Waiting to sync")).toHaveCount(0);
  await expect(history.getByRole("listitem")).toHaveCount(1); // now the server's copy

  const res = await page.request.get("/api/workouts/sessions", { headers: { Authorization: `Bearer ${await accessToken(page)}` } });
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: { exercises: { exercise_id: string; sets: { reps: number; weight_kg: number }[] }[] }[] };
  expect(items).toHaveLength(1);
  expect(items[0]!.exercises).toEqual([expect.objectContaining({ exercise_id: "goblet-squat-dumbbell", sets: [expect.objectContaining({ reps: 10, weight_kg: 24 })] })]);
});

test("at 375 px the offline banner, the sync badge and a running rest timer fit: nothing covered, nothing wider than the phone", async ({ page, context, host }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await readyUser(page, "offline-narrow");
  await createPlan(page, await accessToken(page));
  await page.goto("/log");
  await expect(page.getByLabel("Goblet squat set 1 reps")).toBeVisible();
  await context.setOffline(true);
  await host.stop();
  try {
    // One workout saved offline (the header's badge), then the next one started with its rest timer running.
    await page.getByLabel("Goblet squat set 1 weight (kg)").fill("24");
    await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
    await page.getByRole("button", { name: "Finish workout" }).click();
    await page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click();
    await expect(page.getByRole("button", { name: "Waiting to sync (1)" })).toBeVisible();
    await page.getByLabel("Goblet squat set 1 weight (kg)").fill("24");
    await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
    const timer = page.getByRole("timer", { name: "Rest timer" });
    await expect(timer).toBeVisible();
    const banner = page.getByRole("status").filter({ hasText: "You are offline." });
    await expect(banner).toBeVisible();

    for (const scroll of [0, 400, 1200]) {
      await page.evaluate((y) => window.scrollTo(0, y), scroll);
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `scrollWidth at scroll ${scroll}`).toBeLessThanOrEqual(375);
      const [b, t] = [await banner.boundingBox(), await timer.boundingBox()];
      // The sticky timer stops under the header, banner included: it never covers the banner's text.
      expect(t!.y, `timer top vs banner bottom at scroll ${scroll}`).toBeGreaterThanOrEqual(b!.y + b!.height - 1);
    }
    for (const name of ["Sign out", "Waiting to sync (1)"]) {
      const box = (await page.getByRole("button", { name }).boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(375);
    }
  } finally {
    await host.start();
    await context.setOffline(false);
  }
});

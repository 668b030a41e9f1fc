/**
 * The update prompt (issue 21): a new version deployed while the app is open installs in the background and waits;
 * the app says so, and its "Reload" lets the new worker take over and reloads into it. The workout in progress
 * (IndexedDB) survives.
 *
 * "Deploying" here is what a real deployment does to the files: this spec serves its own copy of the build (its own
 * local host, VIGOR_STATIC_DIR) and changes index.html and sw.js in place, as a new build would (the worker's
 * precache list names index.html with a new revision). The host reads its files per request, so it keeps running.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { accessToken, createPlan, expect, readyUser, test as shared } from "./fixtures";
import { LocalHost, WEB } from "./local-host";
import { activeWorker } from "./service-worker";

type Site = { host: LocalHost; dir: string };

const test = shared.extend<object, { site: Site }>({
  site: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), "vigor-web-"));
      cpSync(join(WEB, "dist"), dir, { recursive: true });
      const host = await LocalHost.create({ VIGOR_STATIC_DIR: dir });
      await host.start();
      await use({ host, dir });
      await host.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: "worker" },
  ],
  baseURL: async ({ site }, use) => use(site.host.baseURL),
});
test.use({ serviceWorkers: "allow" });

/** A new build of the app shell: index.html carries `<meta name="vigor-build" content=...>`, and sw.js lists it
 * under a new revision (so the bytes of the worker change and the browser installs it). */
function deploy(dir: string, build: string): void {
  const indexPath = join(dir, "index.html");
  writeFileSync(indexPath, readFileSync(indexPath, "utf8").replace("<head>", `<head><meta name="vigor-build" content="${build}">`));
  const swPath = join(dir, "sw.js");
  const worker = readFileSync(swPath, "utf8");
  const listed = /\{"revision":"[0-9a-f]+","url":"index\.html"\}/;
  expect(worker, "the worker's precache list names index.html with a revision").toMatch(listed);
  writeFileSync(swPath, worker.replace(listed, `{"revision":"${build}","url":"index.html"}`));
}

/** The registration's waiting and active workers, as the page sees them. */
function workers(page: Page): Promise<{ waiting: boolean; controlled: boolean }> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: !!registration?.waiting, controlled: !!navigator.serviceWorker.controller };
  });
}

test("a new version waits until the user accepts it, then the app reloads into it with the workout in progress kept", async ({ page, site }) => {
  test.slow(); // installs the worker, then a second precache: over a minute on a loaded 2-core machine
  await readyUser(page, "update");
  await createPlan(page, await accessToken(page));
  await page.goto("/log");
  expect((await activeWorker(page)).state).toBe("activated");
  await page.reload(); // the first visit installs the worker; from the next load on, it serves the app
  await expect.poll(() => workers(page)).toEqual({ waiting: false, controlled: true });
  // A workout in progress: one set typed.
  await page.getByLabel("Goblet squat set 1 weight (kg)").fill("24");
  await page.getByLabel("Goblet squat set 1 reps").fill("10");
  await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
  await expect(page.getByText(/^Workout in progress since/)).toBeVisible();
  await expect(page.locator('meta[name="vigor-build"]')).toHaveCount(0);

  deploy(site.dir, "next");
  // The browser looks for a new worker (on navigations and periodically; here, now).
  await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));

  const prompt = page.getByRole("status").filter({ hasText: "A new version of Vigor is ready" });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText("your workout in progress is kept");
  // Nothing changes under the user: the new worker waits, the page is the version it loaded.
  expect(await workers(page)).toEqual({ waiting: true, controlled: true });
  await expect(page.locator('meta[name="vigor-build"]')).toHaveCount(0);

  await prompt.getByRole("button", { name: "Reload" }).click();
  // The page reloads once, into the new version (its shell from the new worker's precache).
  await expect(page.locator('meta[name="vigor-build"]')).toHaveAttribute("content", "next");
  await expect.poll(() => workers(page)).toEqual({ waiting: false, controlled: true });
  await expect(page.getByText(/^Workout in progress since/)).toBeVisible();
  await expect(page.getByLabel("Goblet squat set 1 weight (kg)")).toHaveValue("24");
  await expect(page.getByLabel("Goblet squat set 1 reps")).toHaveValue("10");
  await expect(prompt).toBeHidden();
});

/**
 * An edit made offline that meets a newer version on the server (issue 21): the queued PUT names the version the
 * user edited (If-Match), the server answers 412, and the user chooses: "Keep mine" (sent again over the server's
 * version) or "Take the server's" (the queued edit is dropped). What the server ends with is what they chose.
 *
 * "Offline" is the API server stopped (and, for the second edit, the browser's offline switch too), as in
 * offline.spec.ts; this spec runs its own local host for that. "Another device" is a request from the test itself.
 */
import type { Page } from "@playwright/test";
import { accessToken, createPlan, expect, expectAccessible, readyUser, test as shared } from "./fixtures";
import { LocalHost } from "./local-host";

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

type Session = { id: string; exercises: { exercise_id: string; sets: { reps: number; weight_kg: number }[] }[] };

function body(startedAt: string, reps: number) {
  return { started_at: startedAt, duration_minutes: 40, exercises: [{ exercise_id: "goblet-squat-dumbbell", name: "Goblet squat", sets: [{ reps, weight_kg: 20, completed: true }] }] };
}

/** The API as another device uses it: Node's fetch with the user's token, not the browser. */
async function api(host: LocalHost, token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${host.baseURL}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...init.headers } });
}

async function repsOnServer(host: LocalHost, token: string, id: string): Promise<number | undefined> {
  const res = await api(host, token, `/api/workouts/sessions/${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as Session).exercises[0]?.sets[0]?.reps;
}

/** Edits the first set's reps of the history's workout started at `startedAt`, and saves it. */
async function editReps(page: Page, when: string, reps: string): Promise<void> {
  await page.getByRole("button", { name: `Edit workout of ${when}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Edit workout" })).toBeVisible();
  await page.getByLabel("Goblet squat set 1 reps").fill(reps);
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Log a workout" })).toBeVisible();
}

test("edits made offline that meet newer versions: the user keeps theirs for one and the server's for the other, and the server ends with those", async ({ page, context, host }) => {
  test.slow(); // two edits, two server restarts and a sync: over a minute on a loaded 2-core machine
  await readyUser(page, "conflict");
  const token = await accessToken(page);
  await createPlan(page, token);
  const mineAt = "2026-11-30T08:00:00Z";
  const theirsAt = "2026-11-29T08:00:00Z";
  const ids: Record<string, string> = {};
  for (const at of [mineAt, theirsAt]) {
    const made = await api(host, token, "/api/workouts/sessions", { method: "POST", body: JSON.stringify(body(at, 8)) });
    expect(made.status).toBe(201);
    ids[at] = ((await made.json()) as Session).id;
  }
  // How the page names each workout (the profile's zone is UTC; the browser's locale formats it).
  const label = (at: string, style: "edit" | "queued") =>
    page.evaluate(
      ([iso, s]) => new Date(iso!).toLocaleString(s === "edit" ? "en-US" : undefined, { dateStyle: "medium", timeStyle: "short", ...(s === "edit" ? { timeZone: "UTC" } : {}) }),
      [at, style] as const,
    );
  await page.goto("/log");
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("button", { name: /^Edit workout of/ })).toHaveCount(2);

  // The server goes away (the browser still thinks it is online): the first edit waits on the device.
  await host.stop();
  await editReps(page, await label(mineAt, "edit"), "12");
  await expect(page.getByRole("status").filter({ hasText: "Vigor cannot be reached." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Waiting to sync (1)" })).toBeVisible();
  await expect(history.getByText("Changes waiting to sync")).toHaveCount(1);
  // Then the network too.
  await context.setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "You are offline." })).toBeVisible();
  await expectAccessible(page, "log, offline"); // the banner's colours in contrast, like the rest of the screen
  await editReps(page, await label(theirsAt, "edit"), "11");
  await expect(page.getByRole("button", { name: "Waiting to sync (2)" })).toBeVisible();

  // Meanwhile another device changes both workouts on the server.
  await host.start();
  for (const [at, reps] of [[mineAt, 6], [theirsAt, 7]] as const) {
    const current = await api(host, token, `/api/workouts/sessions/${ids[at]}`);
    const changed = await api(host, token, `/api/workouts/sessions/${ids[at]}`, { method: "PUT", headers: { "If-Match": current.headers.get("ETag")! }, body: JSON.stringify(body(at, reps)) });
    expect(changed.status).toBe(200);
  }

  // Back online: both queued edits meet a newer version (412), and the app asks rather than overwrite.
  await context.setOffline(false);
  const needsYou = page.getByRole("button", { name: "Sync needs you (2)" });
  await expect(needsYou).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("status").filter({ hasText: /You are offline|cannot be reached/ })).toHaveCount(0);
  await expect(history.getByText("Changed elsewhere: choose a version")).toHaveCount(2);
  expect(await repsOnServer(host, token, ids[mineAt]!)).toBe(6); // nothing overwritten yet
  expect(await repsOnServer(host, token, ids[theirsAt]!)).toBe(7);

  await needsYou.click();
  const dialog = page.getByRole("dialog", { name: "Saved on this device" });
  const item = async (at: string) => dialog.getByRole("listitem").filter({ hasText: `Changes to the workout of ${await label(at, "queued")}` });
  await expect(dialog.getByText("This workout was changed on another device or tab")).toHaveCount(2);
  await (await item(mineAt)).getByRole("button", { name: "Keep mine" }).click();
  await expect(await item(mineAt)).toHaveCount(0);
  await (await item(theirsAt)).getByRole("button", { name: "Take the server's" }).click();
  await expect(dialog).toBeHidden(); // nothing is left on the device to sync

  await expect(page.getByRole("button", { name: /Sync needs you|Waiting to sync/ })).toHaveCount(0);
  await expect(history.getByText(/Changed elsewhere|waiting to sync/)).toHaveCount(0);
  expect(await repsOnServer(host, token, ids[mineAt]!)).toBe(12); // mine, over their 6
  expect(await repsOnServer(host, token, ids[theirsAt]!)).toBe(7); // theirs; my 11 dropped
});

import type { Page } from "@playwright/test";
import { accessToken, createPlan, expect, expectAccessible, mainNav, readyUser, test } from "./fixtures";

// Issue 19's rough edges outside the workout screen, at 375 px (phone project) and 1280 px (desktop).

test("the coach's newest reply is scrolled into view and announced once", async ({ page }) => {
  await readyUser(page, "coach");
  await mainNav(page).getByRole("link", { name: "Coach", exact: true }).click();
  const message = page.getByLabel("Message to your coach");
  for (const question of ["How should I warm up today?", "I felt chest pain during my last set. What should I do?"]) {
    await message.fill(question);
    await page.getByRole("button", { name: "Send", exact: true }).click();
    const announced = page.getByRole("status").filter({ hasText: /^Coach replied: \S/ });
    await expect(announced).toHaveCount(1, { timeout: 40_000 });
    const bubbles = page.getByRole("log", { name: "Conversation" }).locator(":scope > div");
    const reply = bubbles.last();
    await expect(reply).toContainText("Coach");
    await expect(reply).toBeInViewport();
    // The announcement is the reply, word for word (not token by token while it streams).
    const text = (await reply.locator("p").last().textContent()) ?? "";
    await expect(announced).toHaveText(`Coach replied: ${text}`);
  }
  await expectAccessible(page, "coach after two replies");
});

async function logSession(page: Page, token: string, planId: string): Promise<void> {
  const set = { reps: 8, weight_kg: 20, rpe: 8, completed: true };
  const ex = (exercise_id: string) => ({ exercise_id, sets: [set, set, set] });
  const res = await page.request.post(`/api/workouts/${planId}/log`, {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      started_at: new Date(Date.now() - 3600_000).toISOString(),
      duration_minutes: 50,
      day_index: 0,
      exercises: ["goblet-squat-dumbbell", "dumbbell-bench-press", "dumbbell-stiff-leg-deadlift", "dumbbell-row", "dumbbell-shoulder-press", "dumbbell-curl"].map(ex),
    },
  });
  expect(res.status(), await res.text()).toBe(201);
}

test("progress names exercises, labels every muscle and counts adherence as the API does", async ({ page }) => {
  await readyUser(page, "progress");
  const token = await accessToken(page);
  const planId = await createPlan(page, token);
  await page.request.post(`/api/workouts/${planId}/activate`, { headers: { Authorization: `Bearer ${token}` } });
  await logSession(page, token, planId);
  const api = (await (await page.request.get("/api/workouts/progress?weeks=12", { headers: { Authorization: `Bearer ${token}` } })).json()) as {
    weeks: { sessions: number; hard_sets_by_muscle: Record<string, unknown> }[];
    e1rm: Record<string, unknown>;
    adherence: { days_per_week: number | null };
  };
  const muscles = Object.keys(api.weeks.at(-1)!.hard_sets_by_muscle).map((m) => m.replace(/_/g, " "));
  expect(muscles.length).toBeGreaterThan(5);

  await mainNav(page).getByRole("link", { name: "Progress", exact: true }).click();
  const options = page.getByRole("combobox", { name: "Exercise" }).getByRole("option");
  await expect(options).toHaveCount(Object.keys(api.e1rm).length);
  for (const text of await options.allTextContents()) expect(Object.keys(api.e1rm)).not.toContain(text);
  await expect(options.filter({ hasText: "Goblet squat" })).toHaveCount(1);

  const chart = page.getByRole("img", { name: /^Hard sets per muscle this week/ });
  const box = (await chart.boundingBox())!;
  for (const muscle of muscles) {
    const label = chart.locator(".recharts-yAxis-tick-labels text", { hasText: new RegExp(`^${muscle}$`, "i") }); // "Front delts", named as people write it
    await expect(label, `label for ${muscle}`).toBeVisible();
    const b = (await label.boundingBox())!;
    expect(b.x, `${muscle} is not clipped`).toBeGreaterThanOrEqual(box.x);
  }
  const planned = api.adherence.days_per_week;
  await expect(page.getByText(`Plan: ${planned} session${planned === 1 ? "" : "s"} a week; this week 1 of ${planned}`)).toBeVisible(); // "1 session", never "1 sessions"
  await expect(page.getByText(/0 of 0 planned/)).toHaveCount(0);
  await expectAccessible(page, "progress with a logged session");
});

test("a signed-out visitor meets a landing page, with no console errors and a skip link", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const refreshes: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/auth/refresh")) refreshes.push(r.url());
  });
  await page.goto("/");
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Strength training");
  await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
  await expectAccessible(page, "landing page");
  for (const path of ["/sign-in", "/register", "/privacy"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(errors).toEqual([]); // no "401 Unauthorized" from a refresh that could not succeed
  expect(refreshes).toEqual([]);

  // Keyboard: the first Tab reaches the skip link, which moves focus to the screen's content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  // Signed in, a reload still refreshes (the session hint is there) and the app's shell has the skip link too.
  await readyUser(page, "landing");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
});

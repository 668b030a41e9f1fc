import { accessToken, createPlan, expect, expectAccessible, hasRoute, mainNav, readyUser, snap, test } from "./fixtures";

test("a user logs a workout from the plan (rest timer), sees it in history and on Progress, edits and deletes it", async ({ page }) => {
  await readyUser(page, "logger");
  await createPlan(page, await accessToken(page));
  await page.goto("/log");
  await expect(page.getByRole("heading", { level: 2, name: "Log a workout" })).toBeVisible();

  await page.getByLabel("Goblet squat set 1 weight (kg)").fill("24");
  await page.getByLabel("Goblet squat set 1 reps").fill("10");
  await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
  await expect(page.getByRole("timer")).toContainText("Rest");
  await page.getByLabel("Dumbbell bench press set 1 weight (kg)").fill("20");
  await page.getByRole("button", { name: "Dumbbell bench press set 1 done" }).click();
  await page.getByRole("button", { name: "Finish workout" }).click();
  await page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click();

  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  // The next session shows what was done last time beside each exercise.
  await expect(page.getByText(/^Last time .*10×24/)).toBeVisible();
  await history.getByRole("button", { name: /^Get coach feedback on workout of/ }).click();
  await expect(history.getByText("Coach feedback")).toBeVisible({ timeout: 30_000 });

  await mainNav(page).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Estimated one-rep max trend/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "Training volume per week" })).toBeVisible();
  // Weeks are named by their Monday, never as raw ISO strings; muscles show their sets beside a target band.
  await expect(page.getByRole("region", { name: "Weekly volume" })).not.toContainText(/\d{4}-W\d{2}/);
  const quads = page.getByRole("table", { name: "Hard sets per muscle against the plan" }).getByRole("row", { name: /^Quads/ });
  await expect(quads.getByRole("cell")).toHaveText(["Quads", "1", /^\d+$/, /^\d+–\d+$/]); // done, the plan's sets, its band
  await expect(page.getByRole("region", { name: "Cardio" })).toContainText("No cardio logged");

  // Body weight: add a measurement.
  await page.getByLabel("Body weight (kg)").fill("80.5");
  await page.getByRole("button", { name: "Add measurement" }).click();
  await expect(page.getByLabel("Body weight (kg)")).toHaveValue(""); // cleared once it is saved
  await expect(page.getByRole("img", { name: "Body weight over time" })).toBeVisible();

  await mainNav(page).getByRole("link", { name: "Log", exact: true }).click();
  await page.getByRole("button", { name: /^Edit workout of/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Edit workout" })).toBeVisible();
  await page.getByLabel("Goblet squat set 1 reps").fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Log a workout" })).toBeVisible();
  await page.getByRole("button", { name: /^Delete workout of/ }).click();
  await page.getByRole("alertdialog", { name: "Delete this workout?" }).getByRole("button", { name: "Delete workout" }).click();
  await expect(page.getByText("No workouts logged yet")).toBeVisible();
});

test("a user generates a plan and sees it by day", async ({ page }) => {
  // Waits for POST /api/ai/generate-workout (202 + job) — GET /api/jobs/{id} is already there.
  test.fixme(!hasRoute("post", "/api/ai/generate-workout"), "waits for POST /api/ai/generate-workout");
  await readyUser(page, "planner");
  await mainNav(page).getByRole("link", { name: "Plan" }).click();
  await page.getByLabel("Days per week (optional)").fill("3");
  await page.getByRole("button", { name: "Generate plan" }).click();
  await expect(page.getByText(/Waiting for the coach|Building your plan|Your new plan is ready/)).toBeVisible();
  await expect(page.getByText("Your new plan is ready.")).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole("heading", { level: 4, name: /Day 1: / })).toBeVisible();
});

test("a user chats with the coach (streamed)", async ({ page }) => {
  // Waits for POST /api/ai/chat/stream (SSE: token events, then done).
  test.fixme(!hasRoute("post", "/api/ai/chat/stream"), "waits for POST /api/ai/chat/stream");
  await readyUser(page, "chatter");
  await mainNav(page).getByRole("link", { name: "Coach" }).click();
  await page.getByLabel("Message to your coach").fill("How should I warm up for squats?");
  await page.getByRole("button", { name: "Send" }).click();
  const log = page.getByRole("log", { name: "Conversation" });
  await expect(log).toContainText("How should I warm up for squats?");
  await expect(log.getByText("Coach", { exact: true })).toBeVisible();
  // Streamed tokens fill the reply; when `done` arrives the form is ready again.
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled();
  await expect(log.getByText("…", { exact: true })).toHaveCount(0, { timeout: 45_000 });
  await page.getByLabel("Message to your coach").fill("Thanks!");
  await expect(page.getByRole("button", { name: "Send" })).toBeEnabled();
});

test("a user opens an exercise's details from the plan: instructions and substitutions", async ({ page }) => {
  await readyUser(page, "details");
  await createPlan(page, await accessToken(page));
  await page.goto("/plan"); // a fresh load: the plan was made through the API behind the app's back
  await page.getByRole("button", { name: "Goblet squat details" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Goblet squat" });
  await expect(dialog.getByRole("heading", { name: "Instructions" })).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "Substitutions" })).toBeVisible();
  const sub = dialog.getByRole("button", { name: /^Details of / }).first();
  await expect(sub).toBeVisible();
  await expectAccessible(page, "plan exercise details");
  await snap(page, "plan-exercise-details-substitutions", test.info().project.name);
  const subName = ((await sub.getAttribute("aria-label")) ?? "").replace(/^Details of /, "");
  await sub.click();
  await expect(page.getByRole("dialog", { name: subName })).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("dialog", { name: "Goblet squat" })).toBeVisible();
  await page.getByRole("button", { name: "Close", exact: true }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Swap the squat for a replacement that fits the user's equipment (dumbbells, a bench): the plan shows it.
  await page.getByRole("button", { name: "Swap Goblet squat", exact: true }).click();
  const swap = page.getByRole("dialog", { name: "Swap Goblet squat" });
  const use = swap.getByRole("button", { name: /^Use / }).first();
  await expect(use).toBeVisible();
  await expectAccessible(page, "plan swap options");
  await snap(page, "plan-swap-options", test.info().project.name);
  const replacement = ((await use.getAttribute("aria-label")) ?? "").replace(/^Use /, "");
  await use.click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("button", { name: `${replacement} details`, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Goblet squat details", exact: true })).toHaveCount(0);
});

test("a user logs from scratch with an exercise added from the catalogue", async ({ page }) => {
  await readyUser(page, "catalogue");
  await createPlan(page, await accessToken(page));
  await page.goto("/log");
  await page.getByLabel("Start from").selectOption({ label: "Scratch (empty workout)" });
  await expect(page.getByText("No exercises yet. Add one below.")).toBeVisible();
  await page.getByLabel("Equipment").selectOption("dumbbells");
  await page.getByLabel("Search the catalogue").fill("bench press");
  const results = page.getByRole("list", { name: "Catalogue results" });
  const add = results.getByRole("button", { name: /^Add / }).first();
  await expect(add).toBeVisible();
  await expectAccessible(page, "log catalogue search");
  const name = ((await add.getAttribute("aria-label")) ?? "").replace(/^Add /, "");
  await add.click();
  await page.getByLabel(`${name} set 1 reps`).fill("8");
  await page.getByLabel(`${name} set 1 weight (kg)`).fill("22.5");
  await page.getByRole("button", { name: `${name} set 1 done` }).click();
  await page.getByRole("button", { name: "Finish workout" }).click();
  await page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click();
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem")).toHaveCount(1);
});

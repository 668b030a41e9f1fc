/**
 * The Log opens on today's planned day (issue 19, a new user's review: it always opened on Day 1 while the
 * dashboard named another), a rest day says so and still lets the user log, and the Plan screen names days
 * by weekday with a "Start this workout" link that opens the Log on that day. At 375 px and on desktop.
 */
import type { Page } from "@playwright/test";
import { accessToken, expect, expectAccessible, mainNav, readyUser, test } from "./fixtures";

/** Three days (Mon/Wed/Fri on the default schedule of a profile without preferred days). */
async function threeDayPlan(page: Page): Promise<void> {
  const item = (exercise_id: string, name: string) => ({ exercise_id, name, sets: 2, reps_min: 8, reps_max: 10, target_rpe: 7, rest_seconds: 60, notes: "" });
  const day = (day_index: number, name: string, exercise: [string, string]) => ({ day_index, name, focus: name, estimated_minutes: 30, exercises: [item(...exercise)] });
  const res = await page.request.post("/api/workouts", {
    headers: { Authorization: `Bearer ${await accessToken(page)}` },
    data: {
      name: "Three days",
      goal: "strength",
      split: "full_body",
      days: [day(0, "Squat day", ["goblet-squat-dumbbell", "Goblet squat"]), day(1, "Press day", ["dumbbell-bench-press", "Dumbbell bench press"]), day(2, "Pull day", ["dumbbell-row", "Dumbbell row"])],
      warmup: [], cooldown: [],
      progression: { summary: "Add reps, then load.", load_step_pct_min: 2.5, load_step_pct_max: 5, deload_every_weeks: 6, deload_guidance: "Halve the sets." },
      rationale: "Three short days.", safety_notes: [],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
}

test("the Log opens on today's planned day, a rest day offers the next one, and the Plan starts any day", async ({ page }) => {
  await readyUser(page, "weekdays");
  await threeDayPlan(page);

  // Wednesday (UTC, the profile's zone): the second training day of Mon/Wed/Fri.
  await page.clock.setFixedTime(new Date("2026-12-02T10:00:00Z"));
  await page.goto("/log");
  await expect(page.getByLabel("Start from")).toHaveValue("1");
  await expect(page.getByRole("heading", { name: "Dumbbell bench press", level: 3 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Goblet squat", level: 3 })).toHaveCount(0);
  await expect(page.getByText("No session planned today")).toHaveCount(0);

  // Thursday is a rest day: it says so, and Friday's workout can be logged anyway.
  await page.clock.setFixedTime(new Date("2026-12-03T10:00:00Z"));
  await page.reload();
  await expect(page.getByText(/No session planned today: it is a rest day\. Next up on Friday: Day 3, Pull day\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dumbbell row", level: 3 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Dumbbell row set 1 done" })).toBeEnabled();
  await expectAccessible(page, "log on a rest day");

  // The Plan names days by weekday; "Start this workout" opens the Log on that day.
  await mainNav(page).getByRole("link", { name: "Plan" }).click();
  await expect(page.getByRole("heading", { level: 4, name: "Monday · Day 1: Squat day" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: "Friday · Day 3: Pull day" })).toBeVisible();
  // Nothing on the plan is cut off at 375 px: each Swap button is inside the viewport.
  const width = page.viewportSize()!.width;
  for (const swap of await page.getByRole("button", { name: /^Swap / }).all()) {
    const box = (await swap.boundingBox())!;
    expect(box.x + box.width, "Swap inside the screen").toBeLessThanOrEqual(width);
  }
  await page.getByRole("link", { name: "Start this workout: Day 1, Squat day" }).click();
  await expect(page).toHaveURL(/\/log\?day=0$/);
  await expect(page.getByLabel("Start from")).toHaveValue("0");
  await expect(page.getByRole("heading", { name: "Goblet squat", level: 3 })).toBeVisible();
  await expect(page.getByText("No session planned today")).toHaveCount(0);
});

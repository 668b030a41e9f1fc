import { screen, within } from "@testing-library/react";
import { defaultProfile } from "@/components/profile/profile-fields";
import { json, renderApp, stubFetch } from "@/testing/render";
import { adherenceText, ProgressScreen } from "./progress-screen";

const week = (w: string, sessions: number) => ({ week: w, sessions, target_sessions: 4, volume_kg: 1000, hard_sets_by_muscle: {} });
const progress = {
  weeks: [week("2026-11-23", 0), week("2026-11-30", 2)],
  e1rm: {
    "dumbbell-stiff-leg-deadlift": [{ date: "2026-11-30", e1rm_kg: 40 }],
    "barbell-back-squat": [{ date: "2026-11-30", e1rm_kg: 100 }],
    "custom:sled-push": [{ date: "2026-11-30", e1rm_kg: 60 }],
  },
  personal_records: [{ exercise_id: "barbell-back-squat", name: "Barbell back squat", kind: "e1rm", e1rm_kg: 100, date: "2026-11-30" }],
  streak_weeks: 0,
  // The plan began this week: no complete week yet, 4 sessions a week planned.
  adherence: { days_per_week: 4, weeks: 0, planned: 0, done: 0, pct: null },
  active_plan_id: "p1",
};

it("names exercises in the strength selector, never by raw id", async () => {
  stubFetch({
    "GET /api/workouts/progress": () => json(progress),
    "GET /api/users/profile": () => json(defaultProfile("Ada")),
    "GET /api/exercises": () => json({ items: [{ id: "dumbbell-stiff-leg-deadlift", name: "Dumbbell stiff-leg deadlift" }] }),
    "GET /api/progress/metrics": () => json({ items: [] }),
  });
  renderApp(<ProgressScreen />);
  const select = await screen.findByRole("combobox", { name: "Exercise" });
  expect(await within(select).findByRole("option", { name: "Dumbbell stiff-leg deadlift" })).toBeInTheDocument();
  const names = within(select).getAllByRole("option").map((o) => o.textContent);
  expect(names).toEqual(["Barbell back squat", "Dumbbell stiff-leg deadlift", "Sled push"]);
  // Adherence agrees with the API's 4 a week instead of "0 of 0 planned sessions".
  expect(screen.getByText(/Plan: 4 sessions a week; this week 2 of 4/)).toBeVisible();
  expect(screen.queryByText(/0 of 0 planned/)).toBeNull();
});

it("words adherence from the API's counts", () => {
  expect(adherenceText({ days_per_week: 4, weeks: 2, planned: 8, done: 6, pct: 75 }, 1)).toBe(
    "Adherence 75%: 6 of 8 planned sessions (4 a week over 2 full weeks); this week 1 of 4.",
  );
  expect(adherenceText({ days_per_week: null, weeks: 0, planned: 0, done: 0, pct: null }, 0)).toMatch(/No active plan/);
});

import { screen, within } from "@testing-library/react";
import { defaultProfile } from "@/components/profile/profile-fields";
import { json, renderApp, stubFetch } from "@/testing/render";
import type { Plan } from "@/api/plans";
import { adherenceText, cardioByWeek, muscleTargets, ProgressScreen, weightSeries } from "./progress-screen";

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

it("puts each muscle's sets done beside the plan's weekly target and band", () => {
  const p = { ...progress, weeks: [{ ...week("2026-W48", 2), hard_sets_by_muscle: { quads: { hard_sets: 6, band_min: 4, band_max: 10 }, biceps: { hard_sets: 2 } } }] } as unknown as Parameters<typeof muscleTargets>[0];
  const plan = { weekly_sets: [{ muscle: "quads", hard_sets: 9, band_min: 8, band_max: 14 }, { muscle: "chest", hard_sets: 8, band_min: 8, band_max: 14 }, { muscle: "calves", hard_sets: 0, band_min: 0, band_max: 12 }] } as unknown as Plan;
  expect(muscleTargets(p, plan)).toEqual([
    { muscle: "Biceps", sets: 2, planned: null, min: 10, max: 20 }, // not in the plan: the default band
    { muscle: "Chest", sets: 0, planned: 8, min: 8, max: 14 }, // planned, nothing done yet
    { muscle: "Quads", sets: 6, planned: 9, min: 8, max: 14 }, // the plan's band wins
  ]);
});

it("sums cardio minutes and distance per week, leaving out what is not cardio", () => {
  const sessions = [
    { started_at: "2026-11-24T07:00:00Z", exercises: [
      { exercise_id: "treadmill-run", sets: [{ duration_seconds: 1500, distance_m: 5000 }] },
      { exercise_id: "plank", sets: [{ duration_seconds: 60 }] },
    ] },
    { started_at: "2026-11-26T07:00:00Z", exercises: [{ exercise_id: "rower", sets: [{ distance_m: 2000 }, { distance_m: 500, completed: false }] }] },
    { started_at: "2026-12-01T07:00:00Z", exercises: [{ exercise_id: "rower", sets: [{ duration_seconds: 600 }] }] },
  ];
  const byWeek = cardioByWeek(sessions, (id) => id !== "plank", (at) => (at < "2026-11-30" ? "2026-W48" : "2026-W49"));
  expect(byWeek.get("2026-W48")).toEqual({ minutes: 25, km: 7 });
  expect(byWeek.get("2026-W49")).toEqual({ minutes: 10, km: 0 });
});

it("shows body weight in the user's units, starting from the profile's weight", () => {
  const metrics = [{ measured_at: "2026-11-20T08:00:00Z", weight_kg: 81 }, { measured_at: "2026-11-27T08:00:00Z", weight_kg: 80 }];
  expect(weightSeries(metrics, { kg: 82, at: "2026-11-01T10:00:00Z" }, "imperial")).toEqual([
    { date: "2026-11-01", weight: 180.8 },
    { date: "2026-11-20", weight: 178.6 },
    { date: "2026-11-27", weight: 176.4 },
  ]);
  // A measurement as old as the profile: the profile's figure adds nothing.
  expect(weightSeries([{ measured_at: "2026-10-01T08:00:00Z", weight_kg: 83 }], { kg: 82, at: "2026-11-01T10:00:00Z" }, "metric")).toEqual([{ date: "2026-10-01", weight: 83 }]);
  expect(weightSeries([], null, "metric")).toEqual([]);
});

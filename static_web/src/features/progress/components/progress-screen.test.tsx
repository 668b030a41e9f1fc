import { screen, within } from "@testing-library/react";
import { defaultProfile } from "@/components/profile/profile-fields";
import { json, renderApp, stubFetch } from "@/testing/render";
import type { Plan } from "@/api/plans";
import { adherenceText, cardioRows, muscleTargets, ProgressScreen, recordText, weightSeries } from "./progress-screen";

const week = (w: string, sessions: number) => ({ week: w, sessions, target_sessions: 4, volume_kg: 1000, hard_sets_by_muscle: {}, cardio: { seconds: 1500, minutes: 25, distance_m: 5000, distance: 5, distance_unit: "km" } });
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

it("charts the API's cardio per week in the user's units, to whole minutes and 0.1 of a mile or km", () => {
  const week = (name: string, seconds: number, distance: number) => ({ week: name, cardio: { seconds, minutes: seconds / 60, distance_m: 0, distance, distance_unit: "mi" as const } });
  const rows = cardioRows([week("2026-W48", 2101, 3.26), week("2026-W49", 0, 0)] as unknown as Parameters<typeof cardioRows>[0]);
  expect(rows.map((r) => [r.minutes, r.distance, r.unit])).toEqual([[35, 3.3, "mi"], [0, 0, "mi"]]);
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

it("says what a record beat, as the log did, and nothing for a first time", () => {
  const base = { exercise_id: "barbell-back-squat", name: "Barbell back squat", date: "2026-11-30", session_id: "s", assisted: false };
  expect(recordText({ ...base, kind: "e1rm", e1rm_kg: 113.3, previous: 111.6 }, "metric")).toBe("estimated 1RM 113.3 kg (up from 111.6 kg)");
  expect(recordText({ ...base, kind: "heaviest_weight", weight_kg: 105, reps: 5, previous: [100, 5] }, "metric")).toBe("heaviest 105 kg × 5 (up from 100 kg × 5)");
  expect(recordText({ ...base, kind: "most_reps", weight_kg: 100, reps: 8, previous: 6 }, "metric")).toBe("8 reps at 100 kg (up from 6 reps)");
  expect(recordText({ ...base, kind: "e1rm", e1rm_kg: 100, previous: null }, "metric")).toBe("estimated 1RM 100 kg");
});

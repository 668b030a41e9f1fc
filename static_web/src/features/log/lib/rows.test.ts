import type { Plan } from "@/api/plans";
import type { NextTarget } from "@/api/recommendations";
import { rowsFromPlanDay, rowsFromSession, swapRow, toSessionBody, type ExerciseRow } from "./rows";

const item = (exercise_id: string, name: string, sets: number, rest_seconds = 120) => ({ exercise_id, name, sets, reps_min: 6, reps_max: 10, target_rpe: 8, rest_seconds, notes: "" });
const plan = { id: "p1", days: [{ day_index: 0, name: "A", exercises: [item("squat", "Squat", 3, 180), item("row", "Row", 2)] }] } as unknown as Plan;
const meta = { dayIndex: 0, startedAt: "2026-11-26T08:00:00Z", minutes: 40, sessionRpe: 8, energy: 4, notes: "felt good" };

it("sends only completed sets, leaves out exercises with none, and a blank weight as no weight", () => {
  const rows: ExerciseRow[] = [
    { exercise_id: "squat", name: "Squat", rest_seconds: 90, sets: [
      { reps: "10", weight: "55", rpe: "8", completed: true },
      { reps: "10", weight: "", rpe: "", completed: true },
      { reps: "10", weight: "55", rpe: "", completed: false },
    ] },
    { exercise_id: "row", name: "Row", rest_seconds: 90, sets: [{ reps: "6", weight: "40", rpe: "", completed: false }] },
  ];
  const body = toSessionBody(rows, "imperial", meta);
  expect(body.exercises).toHaveLength(1);
  expect(body.exercises[0]!.sets).toEqual([
    { reps: 10, weight_kg: 24.948, rpe: 8, completed: true, set_type: "normal" },
    { reps: 10, rpe: null, completed: true, set_type: "normal" },
  ]);
  expect(body).toMatchObject({ day_index: 0, duration_minutes: 40, session_rpe: 8, energy: 4, notes: "felt good" });
});

it("prefills each set from the coach's target set by set, in the user's unit, with the plan's rest", () => {
  const target = { exercise_id: "squat", name: "Squat", action: "increase_load", weight_kg: 62.5, weight: 137.5, unit: "lb", reps_min: 5, reps_max: 8, sets: 3, reason: "",
    sets_detail: [{ weight: 137.5, weight_kg: 62.5, reps: 5, reps_max: 5 }, { weight: 125, weight_kg: 56.7, reps: 8, reps_max: 8 }] } as NextTarget;
  const rows = rowsFromPlanDay(plan, 0, { targets: [target], units: "imperial" });
  expect(rows[0]!.rest_seconds).toBe(180);
  expect(rows[0]!.sets.map((s) => [s.reps, s.weight, s.completed])).toEqual([["5", "137.5", false], ["8", "125", false], ["8", "125", false]]);
});

it("without a target takes last time's sets, else the plan's top reps and no weight", () => {
  const last = new Map([["row", { date: "2026-11-20T08:00:00Z", sets: [{ reps: 9, weight_kg: 30 }] }]]);
  const rows = rowsFromPlanDay(plan, 0, { last, units: "metric" });
  expect(rows[0]!.sets[0]).toMatchObject({ reps: "10", weight: "" });
  expect(rows[1]!.sets.map((s) => [s.reps, s.weight])).toEqual([["9", "30"], ["9", "30"]]);
});

it("editing keeps a session's notes (its own and each exercise's) and sends them back", () => {
  const session = { id: "s1", plan_id: "p1", day_index: 0, started_at: meta.startedAt, duration_minutes: 50, session_rpe: 7, energy: 3, notes: "n",
    exercises: [{ exercise_id: "squat", name: "Squat", notes: "knee ok", sets: [{ reps: 5, weight_kg: 100, rpe: null, completed: true }] }] };
  const rows = rowsFromSession(session as never, "metric", plan);
  expect(rows[0]).toMatchObject({ rest_seconds: 180, notes: "knee ok" });
  const body = toSessionBody(rows, "metric", { ...meta, minutes: 50, sessionRpe: 7, energy: 3, notes: "n" });
  expect(body.exercises[0]).toMatchObject({ notes: "knee ok", sets: [{ reps: 5, weight_kg: 100, completed: true }] });
  expect(body).toMatchObject({ session_rpe: 7, energy: 3, notes: "n", duration_minutes: 50 });
});

it("a swap mid-workout keeps done sets on the old exercise and moves the rest, without weights, to the new one", () => {
  const rows: ExerciseRow[] = [
    { exercise_id: "squat", name: "Squat", rest_seconds: 180, sets: [
      { reps: "5", weight: "100", rpe: "", completed: true },
      { reps: "5", weight: "100", rpe: "", completed: false },
    ] },
  ];
  const out = swapRow(rows, 0, { id: "goblet", name: "Goblet squat" });
  expect(out.map((r) => [r.exercise_id, r.sets.length])).toEqual([["squat", 1], ["goblet", 1]]);
  expect(out[1]).toMatchObject({ rest_seconds: 180, swapped_from: "squat", sets: [{ reps: "5", weight: "", completed: false }] });
  // Swapping again asks the plan about the exercise it planned, not the stand-in.
  expect(swapRow(out, 1, { id: "front", name: "Front squat" })[1]).toMatchObject({ exercise_id: "front", swapped_from: "squat" });
});

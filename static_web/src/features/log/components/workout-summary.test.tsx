import { screen } from "@testing-library/react";
import { renderApp } from "@/testing/render";
import type { SavedSession } from "../api/sessions";
import { WorkoutSummary } from "./workout-summary";

const session = {
  id: "s1",
  plan_id: "p1",
  started_at: "2026-12-01T08:00:00Z",
  duration_minutes: 48,
  exercises: [
    { exercise_id: "squat", name: "Back squat", notes: "", sets: [
      { reps: 5, weight_kg: 20, completed: true, set_type: "warmup" },
      { reps: 5, weight_kg: 100, completed: true, set_type: "normal" },
      { reps: 5, weight_kg: 100, completed: true, set_type: "normal" },
    ] },
    { exercise_id: "plank", name: "Plank", notes: "", sets: [{ reps: 1, duration_seconds: 60, completed: true, set_type: "normal" }] },
  ],
  new_records: [
    { exercise_id: "squat", kind: "heaviest_weight", value: [100, 5], previous: [95, 5] },
    { exercise_id: "squat", kind: "e1rm", value: 116.7, previous: 110.8 },
  ],
} as unknown as SavedSession;

it("sums up a saved workout in the user's units: sets, volume without warm-ups, duration and its records", () => {
  renderApp(<WorkoutSummary session={session} units="imperial" onClose={() => {}} />);
  const summary = screen.getByRole("region", { name: "Workout saved" });
  expect(summary).toHaveTextContent("Sets4");
  expect(summary).toHaveTextContent("Volume2,205 lb"); // 2 x 5 x 100 kg, the warm-up left out
  expect(summary).toHaveTextContent("Duration48 min");
  expect(summary).toHaveTextContent("2 new personal records");
  expect(summary).toHaveTextContent("Back squat: Heaviest weight: 220.5 lb × 5");
  expect(summary).toHaveTextContent("Back squat: Estimated 1-rep max: 257.5 lb"); // 116.7 kg, to the half pound
  expect(screen.getByRole("heading", { name: "Workout saved" })).toHaveFocus();
});

it("says so when a workout set no record", () => {
  renderApp(<WorkoutSummary session={{ ...session, new_records: [] }} units="metric" onClose={() => {}} />);
  expect(screen.getByRole("region", { name: "Workout saved" })).toHaveTextContent("Volume1,000 kg");
  expect(screen.getByText("No new records this time.")).toBeInTheDocument();
});

it("calls a first workout's sets a baseline, not a pile of records", () => {
  const first = {
    ...session,
    new_records: [
      { exercise_id: "squat", kind: "heaviest_weight", value: [100, 5], previous: null },
      { exercise_id: "squat", kind: "e1rm", value: 116.7, previous: null },
      { exercise_id: "squat", kind: "most_reps", value: 5, weight_kg: 100, previous: null },
      { exercise_id: "plank", kind: "most_reps", value: 1, weight_kg: 0 },
    ],
  } as unknown as SavedSession;
  renderApp(<WorkoutSummary session={first} units="metric" onClose={() => {}} />);
  const summary = screen.getByRole("region", { name: "Workout saved" });
  expect(summary).not.toHaveTextContent(/personal record/);
  expect(summary).not.toHaveTextContent("No new records");
  expect(summary).toHaveTextContent("First time: Back squat, Plank. These sets are your baseline");
});

import type { components } from "@/client/schema";
import { doseText, rampText } from "./dose";

type PlanExercise = components["schemas"]["PlanExercise"];
const base = { exercise_id: "x", name: "X", sets: 3, reps_min: 5, reps_max: 8, target_rpe: 8, rest_seconds: 120, notes: "" } as PlanExercise;

it("writes reps, holds, long blocks and carries the way a coach does", () => {
  expect(doseText(base)).toBe("3 × 5–8");
  expect(doseText({ ...base, reps_min: 5, reps_max: 5 })).toBe("3 × 5");
  expect(doseText({ ...base, reps_min: 1, reps_max: 1, duration_seconds: 35 })).toBe("3 × 35 s");
  expect(doseText({ ...base, sets: 1, reps_min: 1, reps_max: 1, duration_seconds: 1190 })).toBe("20 min");
  expect(doseText({ ...base, sets: 2, reps_min: 1, reps_max: 1, duration_seconds: 40, distance_m: 40 })).toBe("2 × 40 m");
});

it("says how many ramp-up sets come first", () => {
  expect(rampText({ ...base, warmup_sets: 2 })).toBe("2 ramp-up sets first");
  expect(rampText({ ...base, warmup_sets: 1 })).toBe("1 ramp-up set first");
  expect(rampText(base)).toBe("");
});

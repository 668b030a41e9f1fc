import type { components } from "@/client/schema";
import { doseText, effortText, rampText, supersetLabel, waveText } from "./dose";

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

it("writes a 5/3/1 wave lift as wave sets at a share of the training max, not a rep range at an RPE", () => {
  const wave = { ...base, sets: 5, reps_min: 3, reps_max: 6, progression: "training_max_wave" } as PlanExercise;
  expect(doseText(wave)).toBe("3 wave sets + 2 back-off");
  expect(doseText({ ...wave, sets: 3 })).toBe("3 wave sets");
  expect(effortText(wave)).toBe("% of TM");
  expect(effortText(base)).toBe("RPE 8");
});

it("writes a wave lift's weeks: the share of the training max, the AMRAP set and the back-off fives", () => {
  const set = (pct: number, reps: number, role = "work", amrap = false) => ({ pct_training_max: pct, reps, role, amrap });
  const wave = {
    ...base,
    progression: "training_max_wave",
    wave: [
      { week: 1, deload: false, sets: [set(0.65, 5), set(0.75, 5), set(0.85, 5, "top", true), set(0.65, 5, "backoff")] },
      { week: 4, deload: true, sets: [set(0.4, 5), set(0.5, 5), set(0.6, 5)] },
    ],
  } as PlanExercise;
  expect(waveText(wave)).toEqual([
    "Week 1: 65% × 5, 75% × 5, 85% × 5+, then 1 × 5 at 65%",
    "Week 4 (deload): 40% × 5, 50% × 5, 60% × 5",
  ]);
  expect(waveText(base)).toEqual([]);
});

it("numbers supersets the way a coach writes them: A1, A2, then B1", () => {
  const items = [
    { ...base, superset: "A" },
    { ...base, superset: "A" },
    { ...base, superset: "B" },
    { ...base, superset: null },
  ] as PlanExercise[];
  expect(items.map((_, i) => supersetLabel(items, i))).toEqual(["A1", "A2", "B1", ""]);
});

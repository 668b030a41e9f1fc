import type { components } from "@/client/schema";
import { describeSets } from "./target-sets";

type NextTarget = components["schemas"]["NextTarget"];

function target(patch: Partial<NextTarget>): NextTarget {
  return {
    exercise_id: "barbell-bench-press", name: "Barbell bench press", action: "increase_load", weight: 100, weight_kg: 100,
    unit: "kg", reps_min: 4, reps_max: 6, sets: 3, reason: "", sets_detail: [], ...patch,
  } as NextTarget;
}

it("groups a top set and its back-off sets, in the user's unit", () => {
  const t = target({
    sets_detail: [
      { role: "top", weight: 102.5, weight_kg: 102.5, reps: 4, reps_max: 6, rpe: 8, amrap: false },
      { role: "backoff", weight: 92.5, weight_kg: 92.5, reps: 6, reps_max: 6, amrap: false },
      { role: "backoff", weight: 92.5, weight_kg: 92.5, reps: 6, reps_max: 6, amrap: false },
    ],
  });
  expect(describeSets(t)).toBe("top set 1 × 4–6 at 102.5 kg @ RPE 8, back-off 2 × 6 at 92.5 kg");
});

it("shows pounds as the loadable pound figure, not a converted kilogram one", () => {
  const t = target({ unit: "lb", weight: 235, weight_kg: 106.59, sets_detail: [{ role: "work", weight: 235, weight_kg: 106.59, reps: 5, reps_max: 5, amrap: false }] });
  expect(describeSets(t)).toBe("1 × 5 at 235 lb");
});

it("marks the AMRAP set of a wave and falls back to the summary without detail", () => {
  const wave = target({ sets_detail: [{ role: "work", weight: 140, weight_kg: 140, reps: 5, reps_max: 5, amrap: true }] });
  expect(describeSets(wave)).toBe("1 × 5+ (as many as you can) at 140 kg");
  expect(describeSets(target({ sets_detail: [] }))).toBe("3 × 4–6 at 100 kg");
});

it("rounds a pound target to a loadable 2.5 lb step (no 143.3 lb)", () => {
  const t = target({ unit: "lb", weight: 143.3, weight_kg: 65, sets_detail: [] });
  expect(describeSets(t)).toBe("3 × 4–6 at 142.5 lb");
});

import type { components } from "@/client/schema";

type PlanExercise = components["schemas"]["PlanExercise"];

/** One exercise's dose as a coach writes it: "3 × 5–8", "3 × 30 s", "20 min", "2 × 40 m". */
export function doseText(ex: PlanExercise): string {
  // A 5/3/1 wave sets the reps week by week (5s, 3s, then 5/3/1): the item's range would mislead.
  if (ex.progression === "training_max_wave") return `3 wave sets${ex.sets > 3 ? ` + ${ex.sets - 3} back-off` : ""}`;
  if (ex.distance_m) return `${ex.sets} × ${ex.distance_m} m`;
  if (ex.duration_seconds) {
    const length = ex.duration_seconds >= 120 ? `${Math.round(ex.duration_seconds / 60)} min` : `${ex.duration_seconds} s`;
    return ex.sets > 1 ? `${ex.sets} × ${length}` : length;
  }
  return `${ex.sets} × ${ex.reps_min === ex.reps_max ? ex.reps_min : `${ex.reps_min}–${ex.reps_max}`}`;
}

/**
 * A 5/3/1 lift's weeks, one line each: "Week 1: 65% × 5, 75% × 5, 85% × 5+, then 2 × 5 at 65%"; [] without a wave
 * (plans stored before the field, and every other scheme).
 */
export function waveText(ex: PlanExercise): string[] {
  return (ex.wave ?? []).map((week) => {
    const pct = (p: number) => `${Math.round(p * 100)}%`;
    const main = week.sets.filter((s) => s.role !== "backoff");
    const back = week.sets.filter((s) => s.role === "backoff");
    const first = back[0];
    const sets = main.map((s) => `${pct(s.pct_training_max)} × ${s.reps}${s.amrap ? "+" : ""}`).join(", ");
    const after = first ? `, then ${back.length} × ${first.reps} at ${pct(first.pct_training_max)}` : "";
    return `Week ${week.week}${week.deload ? " (deload)" : ""}: ${sets}${after}`;
  });
}

/** "2 ramp-up sets first" for loaded main lifts, else "". */
export function rampText(ex: PlanExercise): string {
  const n = ex.warmup_sets ?? 0;
  return n > 0 ? `${n} ramp-up set${n > 1 ? "s" : ""} first` : "";
}

/** The effort column: "% of TM" for wave lifts (loads come from the training max), else "RPE 8". */
export function effortText(ex: PlanExercise): string {
  if (ex.progression === "training_max_wave") return "% of TM";
  return ex.target_rpe != null ? `RPE ${ex.target_rpe}` : "–";
}

/** "A1", "A2", "B1": an item's place in its superset (items with the same letter alternate). */
export function supersetLabel(items: PlanExercise[], index: number): string {
  const letter = items[index]?.superset;
  if (!letter) return "";
  return `${letter}${items.slice(0, index + 1).filter((item) => item.superset === letter).length}`;
}

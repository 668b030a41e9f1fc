import type { components } from "@/client/schema";
import { loadableWeight } from "@/lib/units";

type NextTarget = components["schemas"]["NextTarget"];
type TargetSet = components["schemas"]["TargetSet"];

const ROLE: Record<TargetSet["role"], string> = { top: "top set", backoff: "back-off", work: "" };

function reps(set: TargetSet): string {
  return set.reps === set.reps_max ? `${set.reps}` : `${set.reps}–${set.reps_max}`;
}

function load(weight: number, unit: NextTarget["unit"]): string {
  // Pounds to a loadable 2.5 lb step: "at 142.5 lb", never "at 143.3 lb".
  return weight > 0 ? ` at ${loadableWeight(weight, unit === "lb" ? "lb" : "kg")} ${unit}` : "";
}

/**
 * A target's sets in words, from `sets_detail` (the prescription, set by set) in the user's own unit:
 * runs of identical sets are grouped ("top set 1 × 4–6 at 102.5 kg @ RPE 8, back-off 2 × 6 at 92.5 kg").
 */
export function describeSets(target: NextTarget): string {
  const sets = target.sets_detail ?? [];
  const range = target.reps_min === target.reps_max ? `${target.reps_min}` : `${target.reps_min}–${target.reps_max}`;
  if (sets.length === 0) return `${target.sets} × ${range}${load(target.weight, target.unit)}`;
  const runs: { set: TargetSet; count: number }[] = [];
  for (const set of sets) {
    const last = runs[runs.length - 1];
    const same = last && last.set.role === set.role && last.set.weight === set.weight && reps(last.set) === reps(set) && last.set.amrap === set.amrap && last.set.rpe === set.rpe;
    if (same) last.count += 1;
    else runs.push({ set, count: 1 });
  }
  return runs
    .map(({ set, count }) => {
      const role = ROLE[set.role] ? `${ROLE[set.role]} ` : "";
      const amrap = set.amrap ? "+ (as many as you can)" : "";
      const rpe = set.rpe != null ? ` @ RPE ${set.rpe}` : "";
      return `${role}${count} × ${reps(set)}${amrap}${load(set.weight, target.unit)}${rpe}`;
    })
    .join(", ");
}

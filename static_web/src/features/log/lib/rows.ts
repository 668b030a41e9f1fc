/**
 * The workout as the user sees and types it (rows of sets, weights in their units) and the API's SI
 * session body. Pure functions: the editor, the draft store and the tests share them.
 */
import type { Plan } from "@/api/plans";
import type { NextTarget } from "@/api/recommendations";
import type { DraftExercise, DraftSet } from "@/lib/workout-draft";
import { fromDisplayWeight, round, toDisplayWeight, type Units } from "@/lib/units";
import type { SessionCreate, WorkoutSession } from "../api/sessions";

export type ExerciseRow = DraftExercise;
export type SetRow = DraftSet;

/** Rest for an exercise added by hand (no plan item to take it from). */
export const DEFAULT_REST_SECONDS = 90;

export const emptySet = (): SetRow => ({ reps: "", weight: "", rpe: "", completed: false });

export type LastTime = Map<string, { date: string; sets: { reps: number; weight_kg?: number | null }[] }>;

/** A weight for the input: blank for none (0 kg is "no load" for prefill), else in the user's units. */
function shownWeight(kg: number | null | undefined, units: Units): string {
  return kg ? String(toDisplayWeight(kg, units)) : "";
}

/** A target's load in the user's units: the coach's own rounded figure when it is already in them. */
function targetWeight(weight: number, weightKg: number, unit: string | undefined, units: Units): string {
  if (!weightKg) return "";
  return (unit === "lb") === (units === "imperial") ? String(round(weight, 2)) : shownWeight(weightKg, units);
}

/**
 * The sets of one plan day, prefilled so that doing what the plan says is one tap per set: each set
 * takes the coach's target for it (GET /api/ai/recommendations, set by set when it prescribes so),
 * else what was done in the same set last time, else the plan's top of the rep range and no weight.
 */
export function rowsFromPlanDay(
  plan: Plan,
  dayIndex: number,
  opts: { targets?: NextTarget[] | undefined; last?: LastTime | undefined; units: Units },
): ExerciseRow[] {
  const day = plan.days.find((d) => d.day_index === dayIndex);
  return (day?.exercises ?? []).map((ex) => {
    const target = opts.targets?.find((t) => t.exercise_id === ex.exercise_id);
    const last = opts.last?.get(ex.exercise_id)?.sets;
    const sets = Array.from({ length: Math.max(1, ex.sets) }, (_, i): SetRow => {
      const detail = target?.sets_detail?.length ? target.sets_detail[Math.min(i, target.sets_detail.length - 1)] : undefined;
      if (detail) return { ...emptySet(), reps: String(detail.reps), weight: targetWeight(detail.weight, detail.weight_kg, target?.unit, opts.units) };
      if (target) return { ...emptySet(), reps: String(target.reps_min), weight: targetWeight(target.weight ?? 0, target.weight_kg, target.unit, opts.units) };
      const prev = last?.length ? last[Math.min(i, last.length - 1)] : undefined;
      if (prev) return { ...emptySet(), reps: String(prev.reps), weight: shownWeight(prev.weight_kg, opts.units) };
      return { ...emptySet(), reps: String(ex.reps_max) };
    });
    return { exercise_id: ex.exercise_id, name: ex.name, rest_seconds: ex.rest_seconds, sets };
  });
}

/** A logged session back into rows for editing (rest from the plan when the session's plan is known). */
export function rowsFromSession(session: WorkoutSession, units: Units, plan?: Plan): ExerciseRow[] {
  const planItems = plan?.days.flatMap((d) => d.exercises) ?? [];
  return session.exercises.map((ex) => ({
    exercise_id: ex.exercise_id,
    name: ex.name ?? ex.exercise_id,
    notes: ex.notes ?? "",
    rest_seconds: planItems.find((p) => p.exercise_id === ex.exercise_id)?.rest_seconds ?? DEFAULT_REST_SECONDS,
    sets: ex.sets.map((s) => ({
      reps: String(s.reps),
      weight: shownWeight(s.weight_kg, units),
      rpe: s.rpe == null ? "" : String(s.rpe),
      completed: s.completed ?? true,
    })),
  }));
}

type ApiSet = SessionCreate["exercises"][number]["sets"][number];
type ApiExercise = SessionCreate["exercises"][number];
/**
 * The session body with `weight_kg` optional: the schema defaults it, so leaving it out is valid JSON
 * for the API, but the generated type marks defaulted fields required. Omitted means "no weight".
 */
export type SessionBody = Omit<SessionCreate, "exercises"> & {
  exercises: (Omit<ApiExercise, "sets"> & { sets: (Omit<ApiSet, "weight_kg"> & { weight_kg?: number })[] })[];
};

export interface SessionMeta {
  dayIndex: number | null;
  startedAt: string;
  minutes: number;
  sessionRpe: number | null;
  energy: number | null;
  notes: string;
}

/**
 * Rows typed in the user's units to the API's SI body. Only completed sets are sent (a set never
 * ticked was not done), exercises with none are left out, and a blank weight is sent as no weight
 * (the field is omitted) rather than as 0 kg.
 */
export function toSessionBody(rows: ExerciseRow[], units: Units, meta: SessionMeta): SessionBody {
  return {
    day_index: meta.dayIndex,
    started_at: meta.startedAt,
    duration_minutes: Math.max(1, Math.round(meta.minutes)),
    session_rpe: meta.sessionRpe,
    energy: meta.energy,
    notes: meta.notes,
    exercises: rows
      .map((r) => ({
        exercise_id: r.exercise_id,
        name: r.name,
        notes: r.notes ?? "",
        sets: r.sets
          .filter((s) => s.completed && s.reps !== "")
          .map((s) => ({
            reps: Number(s.reps),
            ...(s.weight.trim() === "" ? {} : { weight_kg: fromDisplayWeight(Number(s.weight), units) }),
            rpe: s.rpe === "" ? null : Number(s.rpe),
            completed: true,
            set_type: "normal" as const, // rows have no set type yet; the API's default, stated
          })),
      }))
      .filter((ex) => ex.sets.length > 0),
  };
}

/** Whole minutes from `startedAt` to `now`, at least 1 (the API's floor). */
export function minutesSince(startedAt: string, now = Date.now()): number {
  return Math.max(1, Math.round((now - Date.parse(startedAt)) / 60_000));
}

/**
 * Replaces row `index` with another exercise for this workout. Sets already done stay with the
 * exercise they were done on; the rest move to the new one with their reps and without their weights
 * (a load for one lift says nothing about another). The plan's rest and the planned id go along.
 */
export function swapRow(rows: ExerciseRow[], index: number, exercise: { id: string; name: string }): ExerciseRow[] {
  const row = rows[index];
  if (!row) return rows;
  const done = row.sets.filter((s) => s.completed);
  const todo = row.sets.filter((s) => !s.completed).map((s) => ({ ...s, weight: "", rpe: "" }));
  const swapped: ExerciseRow = { exercise_id: exercise.id, name: exercise.name, rest_seconds: row.rest_seconds, swapped_from: row.swapped_from ?? row.exercise_id, sets: todo.length ? todo : [emptySet()] };
  const replacement = done.length ? [{ ...row, sets: done }, swapped] : [swapped];
  return [...rows.slice(0, index), ...replacement, ...rows.slice(index + 1)];
}

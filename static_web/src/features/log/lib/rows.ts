/**
 * The workout as the user sees and types it (rows of sets, weights in their units) and the API's SI
 * session body. Pure functions: the editor, the draft store and the tests share them.
 */
import type { Plan } from "@/api/plans";
import type { NextTarget } from "@/api/recommendations";
import type { DraftExercise, DraftSet, Measure } from "@/lib/workout-draft";
import { fromDisplayWeight, round, toDisplayLoad, type Units } from "@/lib/units";
import type { SessionCreate, WorkoutSession } from "../api/sessions";

export type ExerciseRow = DraftExercise;
export type SetRow = DraftSet;

/** Rest for an exercise added by hand (no plan item to take it from). */
export const DEFAULT_REST_SECONDS = 90;

export const emptySet = (): SetRow => ({ reps: "", weight: "", rpe: "", completed: false });

/** A new set like `last` (what "Add a set" gives): its values, not done, a normal set, open to a carried weight. */
export function copySet(last: SetRow | undefined, measure: Measure | undefined): SetRow {
  if (!last) return blankSet(measure);
  const { weightTyped: _typed, at: _at, type: _type, ...values } = last;
  return { ...values, completed: false };
}

export type SetType = NonNullable<SetRow["type"]> | "normal";
/** The order a tap on the set's number goes through (Strong and Hevy mark set types the same way). */
export const SET_TYPES: SetType[] = ["normal", "warmup", "drop", "failure"];
export const SET_TYPE_NAMES: Record<SetType, string> = { normal: "normal", warmup: "warm-up", drop: "drop set", failure: "to failure" };
/** What the set's number cell shows: its number, or W, D or F. */
export const SET_TYPE_MARKS: Record<SetType, string> = { normal: "", warmup: "W", drop: "D", failure: "F" };

/** The set type after `type` in SET_TYPES (a tap on the set's number). */
export function nextSetType(type: SetRow["type"]): SetRow["type"] {
  const next = SET_TYPES[(SET_TYPES.indexOf(type ?? "normal") + 1) % SET_TYPES.length]!;
  return next === "normal" ? undefined : next;
}

/**
 * The exercises a plan pairs as supersets, as groups in the workout's order: consecutive rows with the same
 * letter are one group ("A": rows 0 and 1), a row without one is a group of its own.
 */
export function supersetGroups(rows: ExerciseRow[]): { letter: string | null; rows: number[] }[] {
  const groups: { letter: string | null; rows: number[] }[] = [];
  rows.forEach((row, i) => {
    const last = groups.at(-1);
    if (row.superset && last?.letter === row.superset) last.rows.push(i);
    else groups.push({ letter: row.superset ?? null, rows: [i] });
  });
  return groups.map((g) => (g.rows.length < 2 ? { letter: null, rows: g.rows } : g));
}

/**
 * Whether ticking a set of row `index` starts the rest: not between the exercises of a superset (the pair is
 * done back to back, A1 then A2), only after its last exercise.
 */
export function restsAfter(rows: ExerciseRow[], index: number): boolean {
  const group = supersetGroups(rows).find((g) => g.rows.includes(index));
  return !group?.letter || group.rows.at(-1) === index;
}

/** An empty set for an exercise measured in `measure` (a timed or distance set is one bout). */
export function blankSet(measure: Measure | undefined): SetRow {
  if (measure === "time") return { ...emptySet(), reps: "1", duration: "" };
  if (measure === "distance") return { ...emptySet(), reps: "1", distance: "" };
  return emptySet();
}

export type LastTime = Map<string, { date: string; sets: { reps: number; weight_kg?: number | null; duration_seconds?: number | null; distance_m?: number | null }[] }>;

/** The catalogue's `load_type` as the log measures it: "time" and "distance" are one bout per set, the rest reps. */
export function measureOf(loadType: string | null | undefined): Measure {
  return loadType === "time" || loadType === "distance" ? loadType : "reps";
}

/** "m:ss" (or "h:mm:ss") for a number of seconds: 90 is "1:30". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/**
 * Seconds from what the user typed: "1:30", "0:45", "1:02:00", or plain seconds ("45"). null when it is
 * not a length of time (blank, "1:75", letters) or is zero.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,5}(:\d{1,2}){0,2}$/.test(t)) return null;
  const parts = t.split(":").map(Number);
  if (parts.slice(1).some((p) => p > 59)) return null;
  const seconds = parts.reduce((total, p) => total * 60 + p, 0);
  return seconds > 0 && seconds <= 86_400 ? seconds : null;
}

/** Metres typed: a positive number up to 1000 km, else null. */
export function parseDistance(text: string): number | null {
  if (text.trim() === "") return null;
  const m = Number(text);
  return Number.isFinite(m) && m > 0 && m <= 1_000_000 ? m : null;
}

/** Whether a set has what its exercise is measured in, so it can be ticked as done. */
export function setIsFilled(set: SetRow, measure: Measure | undefined): boolean {
  if (measure === "time") return parseDuration(set.duration ?? "") !== null;
  if (measure === "distance") return parseDistance(set.distance ?? "") !== null;
  return set.reps !== "";
}

/**
 * Set `index` gets the weight the user typed, and every later set of the exercise that is not done, not typed
 * in by the user and held the same weight as this one did takes it too: in a first session the weight typed
 * for set 1 is the weight of sets 2 and 3, while a different prefilled load (a back-off set) or a set the user
 * typed is left alone. A warm-up's weight stays its own; the first working set's weight moves the ramp-up
 * sets not done or typed to their share of it (`rampWeights`).
 */
export function withWeight(sets: SetRow[], index: number, weight: string, units: Units = "metric"): SetRow[] {
  const before = sets[index]?.weight;
  const warm = sets[index]?.type === "warmup";
  const firstWork = sets.findIndex((s) => s.type !== "warmup");
  const ramp = index === firstWork ? rampWeights(Number(weight) || 0, sets.filter((s) => s.type === "warmup").length, units) : null;
  let w = 0;
  return sets.map((s, i) => {
    if (s.type === "warmup") {
      const k = w++;
      if (ramp && !s.completed && !s.weightTyped) return { ...s, weight: ramp[k] ?? "" };
    }
    if (i === index) return { ...s, weight, weightTyped: true };
    if (!warm && i > index && s.type !== "warmup" && !s.completed && !s.weightTyped && s.weight === before) return { ...s, weight };
    return s;
  });
}

/**
 * The plan's ramp-up sets before a working load (NSCA's specific warm-up: a few lighter sets climbing to
 * the working weight, fewer reps as the load rises): share of the working load and reps, by how many the
 * plan asks for. docs/training-science.md, "Ramp-up sets in the log".
 */
export const RAMP_SCHEMES: Record<number, [share: number, reps: number][]> = {
  1: [[0.6, 5]],
  2: [[0.5, 5], [0.75, 3]],
  3: [[0.4, 5], [0.6, 3], [0.8, 2]],
};

function rampScheme(count: number): [number, number][] {
  if (count <= 0) return [];
  return RAMP_SCHEMES[count] ?? Array.from({ length: count }, (_, i): [number, number] => [round(0.4 + (0.45 * i) / (count - 1), 2), Math.max(1, 5 - i)]);
}

/** Rest after a ramp-up set: loading the bar and a short breather (shared/plans/rules.py RAMP_SET_SECONDS). */
export const RAMP_REST_SECONDS = 45;

/**
 * The ramp-up sets' weights for a working load, in the user's units, rounded down to what loads (2.5 kg or
 * 5 lb); blank when no working load is known (the user types it, or taps through at the bar).
 */
export function rampWeights(work: number, count: number, units: Units): string[] {
  const step = units === "imperial" ? 5 : 2.5;
  return rampScheme(count).map(([share]) => (work > 0 ? String(Math.max(step, Math.floor((work * share) / step) * step)) : ""));
}

/** `count` ramp-up sets (W rows) before a working load: their reps and weights, not done. */
export function rampSets(work: string, count: number, units: Units): SetRow[] {
  const weights = rampWeights(Number(work) || 0, count, units);
  return rampScheme(count).map(([, reps], i) => ({ ...emptySet(), reps: String(reps), weight: weights[i] ?? "", type: "warmup" as const }));
}

/** Working sets numbered 1, 2, 3 and warm-ups W1, W2 (Strong and Hevy number only the working sets). */
export function setNumbers(sets: SetRow[]): string[] {
  let warm = 0;
  let work = 0;
  return sets.map((s) => (s.type === "warmup" ? `W${++warm}` : String(++work)));
}

/** A weight for the input: blank for none (0 kg is "no load" for prefill), else in the user's units. */
function shownWeight(kg: number | null | undefined, units: Units): string {
  return kg ? String(toDisplayLoad(kg, units)) : "";
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
    const measure: Measure = ex.duration_seconds ? "time" : ex.distance_m ? "distance" : "reps";
    if (measure !== "reps") {
      // One bout per set: its length (or distance) from the coach's target, else last time, else the plan.
      const sets = Array.from({ length: Math.max(1, ex.sets) }, (_, i): SetRow => {
        const prev = last?.length ? last[Math.min(i, last.length - 1)] : undefined;
        const weight = measure === "distance" ? (target ? targetWeight(target.weight ?? 0, target.weight_kg, target.unit, opts.units) : shownWeight(prev?.weight_kg, opts.units)) : "";
        if (measure === "time") return { ...emptySet(), reps: "1", duration: formatDuration(target?.seconds ?? prev?.duration_seconds ?? ex.duration_seconds ?? 0) };
        return { ...emptySet(), reps: "1", weight, distance: String(target?.distance_m ?? prev?.distance_m ?? ex.distance_m ?? "") };
      });
      return { exercise_id: ex.exercise_id, name: ex.name, rest_seconds: ex.rest_seconds, measure, sets, ...planned(ex) };
    }
    const sets = Array.from({ length: Math.max(1, ex.sets) }, (_, i): SetRow => {
      const detail = target?.sets_detail?.length ? target.sets_detail[Math.min(i, target.sets_detail.length - 1)] : undefined;
      if (detail) return { ...emptySet(), reps: String(detail.reps), weight: targetWeight(detail.weight, detail.weight_kg, target?.unit, opts.units) };
      if (target) return { ...emptySet(), reps: String(target.reps_min), weight: targetWeight(target.weight ?? 0, target.weight_kg, target.unit, opts.units) };
      const prev = last?.length ? last[Math.min(i, last.length - 1)] : undefined;
      if (prev) return { ...emptySet(), reps: String(prev.reps), weight: shownWeight(prev.weight_kg, opts.units) };
      return { ...emptySet(), reps: String(ex.reps_max) };
    });
    // The plan's ramp-up sets are there to tick (or remove): never stored unless ticked, like every set.
    const ramp = ex.warmup_sets ? rampSets(sets[0]?.weight ?? "", ex.warmup_sets, opts.units) : [];
    return { exercise_id: ex.exercise_id, name: ex.name, rest_seconds: ex.rest_seconds, sets: [...ramp, ...sets], ...planned(ex) };
  });
}

/** The plan item's superset letter and ramp-up sets, when it has them. */
function planned(ex: Plan["days"][number]["exercises"][number]): Pick<ExerciseRow, "superset" | "rampUp"> {
  return { ...(ex.superset ? { superset: ex.superset } : {}), ...(ex.warmup_sets ? { rampUp: ex.warmup_sets } : {}) };
}

/** A logged session back into rows for editing (rest from the plan when the session's plan is known). */
export function rowsFromSession(session: WorkoutSession, units: Units, plan?: Plan): ExerciseRow[] {
  const planItems = plan?.days.flatMap((d) => d.exercises) ?? [];
  return session.exercises.map((ex) => {
    const item = planItems.find((p) => p.exercise_id === ex.exercise_id);
    const measure: Measure =
      ex.sets.some((s) => s.duration_seconds) || item?.duration_seconds ? "time" : ex.sets.some((s) => s.distance_m) || item?.distance_m ? "distance" : "reps";
    return {
      exercise_id: ex.exercise_id,
      name: ex.name ?? ex.exercise_id,
      notes: ex.notes ?? "",
      ...(ex.superset ? { superset: ex.superset } : {}),
      rest_seconds: item?.rest_seconds ?? DEFAULT_REST_SECONDS,
      ...(measure === "reps" ? {} : { measure }),
      sets: ex.sets.map((s) => ({
        reps: String(s.reps),
        weight: shownWeight(s.weight_kg, units),
        rpe: s.rpe == null ? "" : String(s.rpe),
        completed: s.completed ?? true,
        ...(s.set_type && s.set_type !== "normal" ? { type: s.set_type } : {}),
        ...(measure === "time" ? { duration: s.duration_seconds ? formatDuration(s.duration_seconds) : "" } : {}),
        ...(measure === "distance" ? { distance: s.distance_m ? String(s.distance_m) : "" } : {}),
      })),
    };
  });
}

type ApiSet = SessionCreate["exercises"][number]["sets"][number];
type ApiExercise = SessionCreate["exercises"][number];
/**
 * The session body with `weight_kg` optional: the schema defaults it, so leaving it out is valid JSON
 * for the API, but the generated type marks defaulted fields required. Omitted means "no weight".
 */
export type SessionBody = Omit<SessionCreate, "exercises"> & {
  exercises: (Omit<ApiExercise, "sets"> & { sets: (Omit<ApiSet, "weight_kg" | "duration_seconds" | "distance_m"> & { weight_kg?: number; duration_seconds?: number; distance_m?: number })[] })[];
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
 * (the field is omitted) rather than as 0 kg. A timed or distance set is one bout (1 rep) of its
 * `duration_seconds` or `distance_m`.
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
          .filter((s) => s.completed && setIsFilled(s, r.measure))
          .map((s) => ({
            reps: r.measure === "time" || r.measure === "distance" ? 1 : Number(s.reps),
            ...(r.measure === "time" ? { duration_seconds: parseDuration(s.duration ?? "")! } : {}),
            ...(r.measure === "distance" ? { distance_m: parseDistance(s.distance ?? "")! } : {}),
            ...(s.weight.trim() === "" || r.measure === "time" ? {} : { weight_kg: fromDisplayWeight(Number(s.weight), units) }),
            rpe: s.rpe === "" ? null : Number(s.rpe),
            completed: true,
            set_type: s.type ?? ("normal" as const),
          })),
        ...(r.superset ? { superset: r.superset } : {}),
      }))
      .filter((ex) => ex.sets.length > 0)
      // A superset needs 2+ exercises (the API refuses a lone letter): a partner with no set done drops it.
      .map((ex, _i, all) => (ex.superset && all.filter((o) => o.superset === ex.superset).length < 2 ? { ...ex, superset: undefined } : ex))
      .map(({ superset, ...ex }) => (superset ? { ...ex, superset } : ex)),
  };
}

/** A rest countdown of `seconds` starting now. */
export function restStarting(seconds: number, now = Date.now()): { endsAt: number; total: number } {
  return { endsAt: now + seconds * 1000, total: seconds };
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
export function swapRow(rows: ExerciseRow[], index: number, exercise: { id: string; name: string; measure?: Measure }): ExerciseRow[] {
  const row = rows[index];
  if (!row) return rows;
  const done = row.sets.filter((s) => s.completed);
  const measure = exercise.measure ?? "reps";
  // Reps carry over between lifts; a hold or a carry starts from blank (30 s of plank is not 8 reps of squat).
  const carried = measure === (row.measure ?? "reps") ? (s: SetRow) => ({ ...s, weight: "", rpe: "", weightTyped: false }) : () => blankSet(measure);
  const todo = row.sets.filter((s) => !s.completed).map(carried);
  const swapped: ExerciseRow = {
    exercise_id: exercise.id,
    name: exercise.name,
    rest_seconds: row.rest_seconds,
    swapped_from: row.swapped_from ?? row.exercise_id,
    ...(measure === "reps" ? {} : { measure }),
    ...(row.superset ? { superset: row.superset } : {}),
    sets: todo.length ? todo : [blankSet(measure)],
  };
  const replacement = done.length ? [{ ...row, sets: done }, swapped] : [swapped];
  return [...rows.slice(0, index), ...replacement, ...rows.slice(index + 1)];
}

/**
 * Merging two copies of the workout in progress (two tabs, or a tab and what another tab wrote to
 * IndexedDB while it slept). Pure functions, used by workout-draft.ts.
 *
 * Rules: the shape (which exercises, how many sets) comes from the copy whose shape changed last
 * (`shapeAt`: an added set, an added or swapped exercise); each set's values come from the copy that
 * changed that set last (`at`, last write wins per set); a set ticked as done that the other shape has
 * no place for is appended to its exercise (or its exercise is appended), so no done set is lost. The
 * rest timer is the one started (or stopped) last. Ties go to the incoming copy, so both tabs agree.
 */
import type { DraftExercise, DraftSet, WorkoutDraft } from "./workout-draft";

/** "squat#0", "squat#1" (the second squat row), so rows match by exercise, not by position. */
function keyed(exercises: DraftExercise[]): Map<string, DraftExercise> {
  const seen = new Map<string, number>();
  const out = new Map<string, DraftExercise>();
  for (const ex of exercises) {
    const n = seen.get(ex.exercise_id) ?? 0;
    seen.set(ex.exercise_id, n + 1);
    out.set(`${ex.exercise_id}#${n}`, ex);
  }
  return out;
}

/** The local copy's set if it changed strictly later, else the incoming one's. */
const newer = (mine: DraftSet, theirs: DraftSet): DraftSet => ((mine.at ?? 0) > (theirs.at ?? 0) ? mine : theirs);

/** `incoming` merged into `local` (either may be null: no workout in that copy). */
export function mergeDrafts(local: WorkoutDraft | null, incoming: WorkoutDraft | null): WorkoutDraft | null {
  if (!local || !incoming) return incoming;
  if (local.startedAt !== incoming.startedAt) {
    // Two tabs that each began the same plan day before hearing of the other: one workout, the earlier start.
    if (local.planId !== incoming.planId || local.dayIndex !== incoming.dayIndex) return (local.savedAt ?? 0) > (incoming.savedAt ?? 0) ? local : incoming;
    const startedAt = local.startedAt < incoming.startedAt ? local.startedAt : incoming.startedAt;
    return mergeDrafts({ ...local, startedAt }, { ...incoming, startedAt });
  }
  const localShape = (local.shapeAt ?? 0) > (incoming.shapeAt ?? 0);
  const [winner, loser] = localShape ? [local, incoming] : [incoming, local];
  const loserRows = keyed(loser.exercises);
  const winnerKeys = new Set<string>();
  const exercises: DraftExercise[] = [...keyed(winner.exercises)].map(([key, ex]) => {
    winnerKeys.add(key);
    const other = loserRows.get(key);
    if (!other) return ex;
    const pick = (w: DraftSet, l: DraftSet | undefined): DraftSet => (!l ? w : localShape ? newer(w, l) : newer(l, w));
    const sets = ex.sets.map((s, i) => pick(s, other.sets[i]));
    const stranded = other.sets.slice(ex.sets.length).filter((s) => s.completed);
    return { ...ex, sets: [...sets, ...stranded] };
  });
  for (const [key, ex] of loserRows) if (!winnerKeys.has(key) && ex.sets.some((s) => s.completed)) exercises.push({ ...ex, sets: ex.sets.filter((s) => s.completed) });
  const rest = (local.restAt ?? 0) > (incoming.restAt ?? 0) ? local : incoming;
  return {
    ...winner,
    exercises,
    rest: rest.rest ?? null,
    restAt: rest.restAt ?? 0,
    savedAt: Math.max(local.savedAt ?? 0, incoming.savedAt ?? 0),
  };
}

/** The shape of a draft's exercises: ids and set counts (a change of it bumps `shapeAt`). */
export function shapeOf(d: WorkoutDraft | null): string {
  return d ? d.exercises.map((e) => `${e.exercise_id}:${e.sets.length}`).join(",") : "";
}

const setValue = (s: DraftSet | undefined) => (s ? JSON.stringify({ ...s, at: 0 }) : "");

/**
 * `next` stamped against `prev` at `now`: each set whose values changed gets `at = now`, `shapeAt` moves
 * when the shape changed, `restAt` when the rest timer did, `savedAt` always. A new workout is compared
 * with `baseline` (the prefilled sets it started from), so only the sets the user changed are stamped.
 */
export function stampDraft(prev: WorkoutDraft | null, next: WorkoutDraft, now: number, baseline: DraftExercise[] = []): WorkoutDraft {
  const same = prev && prev.startedAt === next.startedAt ? prev : null;
  const before = keyed(same?.exercises ?? baseline.map((e) => ({ ...e, sets: e.sets.map((s) => ({ ...s, at: 0 })) })));
  const after = [...keyed(next.exercises)].map(([key, ex]) => {
    const old = before.get(key);
    return { ...ex, sets: ex.sets.map((s, i) => (setValue(s) === setValue(old?.sets[i]) ? { ...s, at: old?.sets[i]?.at ?? s.at ?? now } : { ...s, at: now })) };
  });
  const restChanged = JSON.stringify(same?.rest ?? null) !== JSON.stringify(next.rest ?? null);
  return {
    ...next,
    exercises: after,
    shapeAt: !same || shapeOf(same) !== shapeOf(next) ? now : (same.shapeAt ?? now),
    restAt: restChanged ? now : (same?.restAt ?? next.restAt ?? 0),
    savedAt: now,
  };
}

/**
 * The workout in progress: one draft per browser, kept in IndexedDB (client-store) on every change so
 * it survives a reload, a switch to another screen and a closed tab. The Log screen edits it; the app
 * shell shows a "workout in progress" bar from it on other screens. Finishing or discarding clears it.
 */
import { useSyncExternalStore } from "react";
import { getItem, removeItem, setItem } from "./client-store";

/** One set as typed: strings so a half-typed number survives; weight in the user's units, blank = none. */
export interface DraftSet {
  reps: string;
  weight: string;
  rpe: string;
  completed: boolean;
}
export interface DraftExercise {
  exercise_id: string;
  name: string;
  /** rest after a set of this exercise, from its plan item (90 s when added by hand) */
  rest_seconds: number;
  sets: DraftSet[];
  /** the plan's exercise this one replaced mid-workout (swap options are asked for the planned one) */
  swapped_from?: string;
  /** the exercise's note, kept when a logged session is edited */
  notes?: string;
}
export interface WorkoutDraft {
  /** the account whose workout it is: another account signing in on this browser never sees it */
  owner?: string | null;
  planId: string | null;
  dayIndex: number | null;
  /** ISO 8601, when the first change was made */
  startedAt: string;
  exercises: DraftExercise[];
}

const KEY = "workout-in-progress";
let current: WorkoutDraft | null = null;
let owner: string | null = null;
let loaded = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

let loading: Promise<void> | null = null;
function load(): Promise<void> {
  loading ??= getItem<WorkoutDraft>(KEY).then((d) => {
    // a change made before the stored copy arrived wins
    if (!loaded) current = d ?? null;
    loaded = true;
    emit();
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void load();
  return () => listeners.delete(listener);
}

/** Replaces the draft (null clears it) and writes it through to IndexedDB, stamped with the signed-in account. */
export function saveDraft(next: WorkoutDraft | null): Promise<void> {
  next = next && { ...next, owner };
  current = next;
  loaded = true;
  emit();
  return next ? setItem(KEY, next) : removeItem(KEY);
}

/**
 * Who is signed in on this browser (null: nobody). A draft another account left is removed, and signing out
 * or deleting the account removes the draft too: on a shared device the next person never sees (or saves) the
 * last one's workout (a new user's review: a deleted account's 105 kg squats were offered to the next sign-up).
 */
export async function claimDraftFor(userId: string | null): Promise<void> {
  owner = userId;
  await load();
  if (current && (userId === null || current.owner !== userId)) await saveDraft(null);
}

/** `{ draft, ready }`: ready turns true once the stored copy has been read (draft null when there is none). */
export function useWorkoutDraft(): { draft: WorkoutDraft | null; ready: boolean } {
  const draft = useSyncExternalStore(subscribe, () => current);
  const ready = useSyncExternalStore(subscribe, () => loaded);
  return { draft, ready };
}

/** Completed and total sets of a draft, for the bar. */
export function draftProgress(d: WorkoutDraft): { done: number; total: number } {
  const sets = d.exercises.flatMap((e) => e.sets);
  return { done: sets.filter((s) => s.completed).length, total: sets.length };
}

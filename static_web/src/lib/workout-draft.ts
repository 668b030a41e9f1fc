/**
 * The workout in progress: one draft per browser, kept in IndexedDB (client-store) on every change so
 * it survives a reload, a switch to another screen and a closed tab. The Log screen edits it; the app
 * shell shows a "workout in progress" bar from it on other screens. Finishing or discarding clears it.
 *
 * Tabs share it: every change is posted on a BroadcastChannel and merged by the other tabs (draft-merge.ts:
 * last write wins per set, no set ticked as done is lost), and a tab coming back to the foreground merges
 * what IndexedDB holds (a sleeping tab may have missed messages). The rest timer is part of it, so a
 * reload (or another tab) shows the same countdown.
 */
import { useSyncExternalStore } from "react";
import { getItem, removeItem, setItem } from "./client-store";
import { mergeDrafts, stampDraft } from "./draft-merge";

/** One set as typed: strings so a half-typed number survives; weight in the user's units, blank = none. */
export interface DraftSet {
  reps: string;
  weight: string;
  rpe: string;
  completed: boolean;
  /** a timed set's length as typed, "m:ss" (or plain seconds); only for exercises measured in time */
  duration?: string;
  /** a distance set's metres as typed; only for exercises measured in distance */
  distance?: string;
  /** the user typed this set's weight: a weight typed in an earlier set is no longer carried into it */
  weightTyped?: boolean;
  /** when this set was last changed (ms since epoch): two tabs merge set by set, the later change wins */
  at?: number;
  /** a warm-up, drop or failure set (the API's `set_type`); absent is a normal set */
  type?: "warmup" | "drop" | "failure";
}
/**
 * How an exercise is measured (the catalogue's `load_type`): reps (with a load), or one timed or distance
 * bout per set (a plank, a row on the erg; a farmer's carry). Absent means reps.
 */
export type Measure = "reps" | "time" | "distance";
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
  /** reps x load (absent), or time or distance per set */
  measure?: Measure;
  /** the plan's superset letter ("A"): exercises with the same letter are done alternately */
  superset?: string;
  /** ramp-up sets the plan asks for before the work sets (shown as a hint; logged as warm-up sets) */
  rampUp?: number;
}
export interface WorkoutDraft {
  /** the account whose workout it is: another account signing in on this browser never sees it */
  owner?: string | null;
  planId: string | null;
  dayIndex: number | null;
  /** ISO 8601, when the first change was made */
  startedAt: string;
  exercises: DraftExercise[];
  /** the rest countdown running (ms since epoch when it ends, and its length in seconds), null when none */
  rest?: { endsAt: number; total: number } | null;
  /** when the rest timer was last started, changed or stopped (ms since epoch; merges keep the later) */
  restAt?: number;
  /** when exercises or sets were last added, removed or swapped (ms since epoch; merges keep that shape) */
  shapeAt?: number;
  /** when this copy was last saved (ms since epoch) */
  savedAt?: number;
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
    // A rest that ended over a minute ago (the app was closed) is not brought back on opening it.
    if (d?.rest && d.rest.endsAt < Date.now() - 60_000) d = { ...d, rest: null };
    // a change made before the stored copy arrived wins
    if (!loaded) current = d ?? null;
    loaded = true;
    emit();
  });
  return loading;
}

function subscribe(listener: () => void): () => void {
  listen();
  listeners.add(listener);
  void load();
  return () => listeners.delete(listener);
}

const CHANNEL = "vigor-workout-in-progress";
let channel: BroadcastChannel | null = null;

/** Listens to the other tabs (once, on first use): their changes are merged into this tab's copy. */
function listen(): void {
  if (channel || typeof BroadcastChannel === "undefined") return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<{ draft: WorkoutDraft | null }>) => void receive(e.data.draft);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") void getItem<WorkoutDraft>(KEY).then((stored) => (stored === undefined ? undefined : receive(stored, false)));
  });
}

/**
 * Another copy arrived (a tab's message, or IndexedDB): merge it in. When the merge keeps something the
 * other copy lacked, the merged draft is written and posted, so every tab and the store converge.
 */
async function receive(other: WorkoutDraft | null, fromTab = true): Promise<void> {
  await load();
  if (other && owner !== null && other.owner !== owner) return; // another account's workout
  if (!fromTab && other === null && current === null) return;
  const merged = mergeDrafts(current, other);
  const same = JSON.stringify(merged) === JSON.stringify(other);
  current = merged;
  emit();
  if (!same && merged) {
    await setItem(KEY, merged);
    channel?.postMessage({ draft: merged });
  }
}

/**
 * Replaces the draft (null clears it) and writes it through to IndexedDB, stamped with the signed-in
 * account and with when each set changed (a new workout: compared with `baseline`, the prefilled sets it
 * started from); the other tabs are told.
 */
export function saveDraft(next: WorkoutDraft | null, baseline?: DraftExercise[]): Promise<void> {
  listen();
  next = next && stampDraft(current, { ...next, owner }, Date.now(), baseline);
  current = next;
  loaded = true;
  emit();
  channel?.postMessage({ draft: next });
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

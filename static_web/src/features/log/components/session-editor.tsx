import { Button, Field, HStack, NativeSelect, Stack, Text } from "@chakra-ui/react";
import { useRef, useState } from "react";
import { useBarbellExercises } from "@/api/exercises";
import type { Plan } from "@/api/plans";
import type { NextTarget } from "@/api/recommendations";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toaster } from "@/components/ui/toaster";
import { useAuth } from "@/lib/auth";
import { formatInZone } from "@/lib/dates";
import { outbox } from "@/lib/offline";
import { workoutKey, type OutboxItem } from "@/lib/outbox";
import type { Units } from "@/lib/units";
import { saveDraft, useWorkoutDraft, type WorkoutDraft } from "@/lib/workout-draft";
import type { SavedSession, WorkoutSession } from "../api/sessions";
import { blankSet, copySet, RAMP_REST_SECONDS, restsAfter, restStarting, supersetGroups, DEFAULT_REST_SECONDS, measureOf, minutesSince, rowsFromPlanDay, rowsFromSession, swapRow, toSessionBody, withWeight, type ExerciseRow, type LastTime, type SetRow } from "../lib/rows";
import { ExerciseCard } from "./exercise-card";
import { ExercisePicker } from "./exercise-picker";
import { FinishSheet, type FinishAnswers } from "./finish-sheet";
import { primeRestSound, RestTimer } from "./rest-timer";
import { PlateCalculator } from "./plate-calculator";
import { SwapInWorkout } from "./swap-in-workout";
import type { SwapTarget } from "../api/swap-options";
import { count } from "@/lib/words";

type Rest = NonNullable<WorkoutDraft["rest"]>;

/**
 * Logs a workout set by set. A new workout is the draft in IndexedDB (survives reload and screen
 * switches) from the first change on; before that the day's sets are shown prefilled from the coach's
 * targets or last time, so a set done as planned is one tap. Editing a logged session works on a copy
 * in memory and sends every field back, with If-Match naming the version edited.
 *
 * Saving goes through the outbox (src/lib/outbox.ts): the workout is queued on the device under its key, then
 * sent; when Vigor cannot be reached it stays queued ("Waiting to sync") and the sync loop sends it later, once.
 */
export function SessionEditor({
  plan,
  startDay = plan.days[0]?.day_index ?? null,
  restDay = null,
  weekdays = [],
  units,
  editing,
  last,
  targets,
  timeZone,
  onDone,
}: {
  plan: Plan;
  /** the plan day (`day_index`) a new workout starts from: today's on the schedule (Day 1 when not given) */
  startDay?: number | null;
  /** set when today is a rest day: the day offered is the next planned one, on this weekday */
  restDay?: { nextWeekday: string | null } | null;
  /** each plan day's weekday by position ("Monday"), from the user's schedule */
  weekdays?: string[];
  units: Units;
  editing?: WorkoutSession | undefined;
  last?: LastTime | undefined;
  targets?: NextTarget[] | undefined;
  /** the profile's time zone: dates are shown on the user's clock */
  timeZone?: string | undefined;
  /** after saving (with the saved session) or cancelling an edit (without) */
  onDone: (saved?: SavedSession) => void;
}) {
  const { user } = useAuth();
  const [saving, setSaving] = useState(false);
  const { draft } = useWorkoutDraft();
  const [edited, setEdited] = useState<ExerciseRow[] | null>(() => (editing ? rowsFromSession(editing, units, plan) : null));
  const [pickedDay, setPickedDay] = useState<number | null>(startDay);
  // The rest timer lives in the workout in progress (a reload or another tab resumes it); editing a logged session keeps its own.
  const [editRest, setEditRest] = useState<Rest | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [swapping, setSwapping] = useState<SwapTarget | null>(null);
  const [plates, setPlates] = useState<{ exercise: string; set: number; weight: string } | null>(null);
  const barbells = useBarbellExercises();
  const focused = useRef<{ row: number; set: number } | null>(null);

  const dayIndex = editing ? (editing.day_index ?? null) : draft ? draft.dayIndex : pickedDay;
  const rows: ExerciseRow[] = edited ?? draft?.exercises ?? (dayIndex === null ? [] : rowsFromPlanDay(plan, dayIndex, { targets, last, units }));
  const startedAt = editing?.started_at ?? draft?.startedAt ?? new Date().toISOString();

  const rest = editing ? editRest : (draft?.rest ?? null);
  // `rows` as the baseline: a new workout's prefilled sets the user did not touch lose to another tab's changes.
  const store = (exercises: ExerciseRow[], nextRest: Rest | null) => void saveDraft({ planId: draft?.planId ?? plan.id, dayIndex, startedAt, exercises, rest: nextRest }, rows);
  const setRows = (change: (rows: ExerciseRow[]) => ExerciseRow[]) => {
    if (editing) setEdited((rs) => change(rs ?? []));
    else store(change(rows), rest);
  };
  const setRest = (next: Rest | null) => (editing ? setEditRest(next) : store(rows, next));
  /** Ticks a set (and starts the rest for its exercise) or unticks it, as one change of the workout. */
  const toggle = (ei: number, si: number) => {
    const row = rows[ei];
    const set = row?.sets[si];
    if (!row || !set) return;
    const next = rows.map((r, i) => (i !== ei ? r : { ...r, sets: r.sets.map((s, j) => (j === si ? { ...s, completed: !s.completed } : s)) }));
    // A ramp-up set rests as long as loading the bar takes; a superset rests after its last exercise.
    const started = !set.completed ? (restsAfter(rows, ei) ? restStarting(set.type === "warmup" ? RAMP_REST_SECONDS : row.rest_seconds) : null) : rest;
    if (!set.completed) primeRestSound();
    if (!editing) return store(next, started);
    setEdited(next);
    setEditRest(started);
  };
  const setSet = (ei: number, si: number, patch: Partial<SetRow>) =>
    setRows((rs) => rs.map((r, i) => (i !== ei ? r : { ...r, sets: r.sets.map((s, j) => (j === si ? { ...s, ...patch } : s)) })));

  const planned = new Set(plan.days.find((d) => d.day_index === dayIndex)?.exercises.map((e) => e.exercise_id) ?? []);
  const canSwap = (row: ExerciseRow) => !editing && dayIndex !== null && planned.has(row.swapped_from ?? row.exercise_id) && row.sets.some((s) => !s.completed);
  const done = rows.flatMap((r) => r.sets).filter((s) => s.completed).length;
  const exercisesDone = rows.filter((r) => r.sets.some((s) => s.completed)).length;
  const initial: FinishAnswers = editing
    ? { minutes: editing.duration_minutes, sessionRpe: editing.session_rpe ?? null, energy: editing.energy ?? null, notes: editing.notes ?? "" }
    : { minutes: minutesSince(startedAt), sessionRpe: null, energy: null, notes: "" };

  const finish = async (answers: FinishAnswers) => {
    if (!user || saving) return;
    const body = toSessionBody(rows, units, { dayIndex, startedAt, ...answers }) as OutboxItem["body"];
    setSaving(true);
    try {
      const item = editing
        ? await outbox.enqueueEdit(user.id, editing.id, editing.etag ?? null, body)
        : await outbox.enqueueCreate(user.id, workoutKey(startedAt), draft?.planId ?? plan.id, body);
      const outcome = await outbox.sendNow(item.id);
      if (outcome?.kind === "failed") {
        // Vigor refused it (it names why): a new workout stays in progress to be corrected, not queued.
        if (!editing) await outbox.discard(item.id);
        toaster.create({ type: "error", title: "Vigor did not accept this workout", description: outcome.problem });
        return;
      }
      if (!editing) await saveDraft(null);
      setFinishing(false);
      if (outcome?.kind === "sent") {
        if (editing) toaster.create({ type: "success", title: "Workout saved" });
        return onDone(outcome.session);
      }
      if (outcome?.kind === "conflict") {
        toaster.create({ type: "warning", title: "This workout was changed elsewhere", description: "Choose which version to keep under “Waiting to sync”." });
      } else {
        toaster.create({ type: "info", title: "Saved on this device", description: "Vigor cannot be reached right now: the workout is sent as soon as it can be." });
      }
      onDone();
    } catch {
      toaster.create({ type: "error", title: "Could not save the workout", description: "This browser would not store it. Your workout is still here: try again." });
    } finally {
      setSaving(false);
    }
  };

  const renderCard = (row: ExerciseRow, ei: number, place: string | undefined) => (
    <ExerciseCard
      key={`${row.exercise_id}-${ei}`}
      supersetPlace={place}
      row={row}
      units={units}
      last={last?.get(row.exercise_id)}
      timeZone={timeZone}
      canSwap={canSwap(row)}
      barbell={barbells?.has(row.exercise_id) ?? false}
      onSet={(si, patch) => setSet(ei, si, patch)}
      onWeight={(si, weight) => setRows((rs) => rs.map((r, i) => (i === ei ? { ...r, sets: withWeight(r.sets, si, weight, units) } : r)))}
      onToggle={(si) => toggle(ei, si)}
      onAddSet={() => setRows((rs) => rs.map((r, i) => (i === ei ? { ...r, sets: [...r.sets, copySet(r.sets.at(-1), r.measure)] } : r)))}
      onRemoveWarmups={() => setRows((rs) => rs.map((r, i) => (i === ei ? { ...r, sets: r.sets.filter((s) => s.type !== "warmup" || s.completed) } : r)))}
      onSwap={() => setSwapping({ planId: draft?.planId ?? plan.id, dayIndex: dayIndex!, plannedId: row.swapped_from ?? row.exercise_id, row: ei, name: row.name })}
      onFocusSet={(si) => (focused.current = { row: ei, set: si })}
      onPlates={(next) => {
        const si = focused.current?.row === ei ? focused.current.set : next;
        setPlates({ exercise: row.name, set: si + 1, weight: row.sets[si]?.weight ?? "" });
      }}
    />
  );

  return (
    <Stack gap="4">
      {!editing && !draft && restDay && (
        <Text role="status" borderLeftWidth="4px" borderColor="blue.500" pl="3">
          No session planned today: it is a rest day.{" "}
          {restDay.nextWeekday && startDay !== null ? `Next up on ${restDay.nextWeekday}: ${dayName(plan, startDay)}. ` : ""}
          You can still log it now, or pick another day below.
        </Text>
      )}
      {!editing && !draft && (
        <Field.Root maxW="sm">
          <Field.Label>Start from</Field.Label>
          <NativeSelect.Root>
            <NativeSelect.Field value={dayIndex === null ? "" : String(dayIndex)} onChange={(e) => setPickedDay(e.target.value === "" ? null : Number(e.target.value))}>
              {plan.days.map((d, i) => (
                <option key={d.day_index} value={d.day_index}>
                  {weekdays[i] ? `${weekdays[i]}: ` : ""}Day {d.day_index + 1}, {d.name}
                </option>
              ))}
              <option value="">Scratch (empty workout)</option>
            </NativeSelect.Field>
            <NativeSelect.Indicator />
          </NativeSelect.Root>
        </Field.Root>
      )}
      {!editing && draft && (
        <Text color="fg.muted" fontSize="sm" role="status">
          Workout in progress since {formatInZone(draft.startedAt, timeZone, { timeStyle: "short" })}: {count(done, "set")} done. It is kept on this device until you finish or discard it.
        </Text>
      )}
      {rest && (
        <RestTimer
          key={rest.endsAt - rest.total * 1000}
          endsAt={rest.endsAt}
          total={rest.total}
          onAdjust={(s) => setRest({ endsAt: Math.max(Date.now(), rest.endsAt + s * 1000), total: Math.max(1, rest.total + s) })}
          onSkip={() => setRest(null)}
        />
      )}
      {rows.length === 0 && <Text color="fg.muted">No exercises yet. Add one below.</Text>}
      {supersetGroups(rows).map((group) => {
        const cards = group.rows.map((ei) => renderCard(rows[ei]!, ei, group.letter ? `${group.letter}${group.rows.indexOf(ei) + 1}` : undefined));
        if (!group.letter) return cards;
        const names = group.rows.map((ei) => rows[ei]!.name);
        return (
          <Stack key={`superset-${group.letter}-${group.rows[0]}`} as="section" aria-label={`Superset ${group.letter}`} gap="2" borderLeftWidth="4px" borderColor="blue.500" ps="2">
            <Text fontSize="sm" fontWeight="semibold">
              Superset {group.letter}: alternate {names.join(" and ")}, one set of each, then rest.
            </Text>
            {cards}
          </Stack>
        );
      })}
      <ExercisePicker
        onAdd={({ load_type, ...picked }) => {
          const measure = measureOf(load_type);
          setRows((rs) => [...rs, { ...picked, rest_seconds: DEFAULT_REST_SECONDS, ...(measure === "reps" ? {} : { measure }), sets: [blankSet(measure)] }]);
        }}
      />
      <HStack flexWrap="wrap">
        <Button colorPalette="teal" disabled={done === 0} onClick={() => setFinishing(true)}>
          {editing ? "Save changes" : "Finish workout"}
        </Button>
        {editing && (
          <Button variant="outline" onClick={() => onDone()}>
            Cancel editing
          </Button>
        )}
        {!editing && draft && (
          <Button variant="outline" colorPalette="red" onClick={() => setDiscarding(true)}>
            Discard workout
          </Button>
        )}
        {done === 0 && (
          <Text fontSize="sm" color="fg.muted">
            Tick a set as done to save it; sets left unticked are not logged.
          </Text>
        )}
      </HStack>
      {finishing && (
        <FinishSheet
          open
          initial={initial}
          summary={`${count(done, "set")} of ${count(exercisesDone, "exercise")} done.`}
          saving={saving}
          onSave={(answers) => void finish(answers)}
          onClose={() => setFinishing(false)}
        />
      )}
      {plates && <PlateCalculator exercise={plates.exercise} set={plates.set} weight={plates.weight} units={units} onClose={() => setPlates(null)} />}
      <SwapInWorkout
        target={swapping}
        onClose={() => setSwapping(null)}
        onPick={(id, name, loadType) => {
          if (swapping) setRows((rs) => swapRow(rs, swapping.row, { id, name, measure: measureOf(loadType) }));
          setSwapping(null);
        }}
      />
      <ConfirmDialog
        open={discarding}
        title="Discard this workout?"
        confirmLabel="Discard workout"
        onClose={() => setDiscarding(false)}
        onConfirm={() => {
          setDiscarding(false);
          setEditRest(null);
          void saveDraft(null);
        }}
      >
        The sets you entered are not saved anywhere else.
      </ConfirmDialog>
    </Stack>
  );
}

function dayName(plan: Plan, dayIndex: number): string {
  const day = plan.days.find((d) => d.day_index === dayIndex);
  return day ? `Day ${dayIndex + 1}, ${day.name}` : `Day ${dayIndex + 1}`;
}

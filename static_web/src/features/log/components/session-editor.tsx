import { Box, Button, Field, Heading, HStack, Input, NativeSelect, SimpleGrid, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import type { Plan } from "@/api/plans";
import type { NextTarget } from "@/api/recommendations";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toaster } from "@/components/ui/toaster";
import { formatInZone } from "@/lib/dates";
import { toDisplayWeight, weightLabel, type Units } from "@/lib/units";
import { saveDraft, useWorkoutDraft } from "@/lib/workout-draft";
import { useSaveSession, type WorkoutSession } from "../api/sessions";
import { DEFAULT_REST_SECONDS, emptySet, minutesSince, rowsFromPlanDay, rowsFromSession, swapRow, toSessionBody, type ExerciseRow, type LastTime, type SetRow } from "../lib/rows";
import { ExercisePicker } from "./exercise-picker";
import { FinishSheet, type FinishAnswers } from "./finish-sheet";
import { primeRestSound, RestTimer } from "./rest-timer";
import { PlateCalculator } from "./plate-calculator";
import { SwapInWorkout } from "./swap-in-workout";
import type { SwapTarget } from "../api/swap-options";

/**
 * Logs a workout set by set. A new workout is the draft in IndexedDB (survives reload and screen
 * switches) from the first change on; before that the day's sets are shown prefilled from the coach's
 * targets or last time, so a set done as planned is one tap. Editing a logged session works on a copy
 * in memory and sends every field back.
 */
export function SessionEditor({
  plan,
  units,
  editing,
  last,
  targets,
  timeZone,
  onDone,
}: {
  plan: Plan;
  units: Units;
  editing?: WorkoutSession | undefined;
  last?: LastTime | undefined;
  targets?: NextTarget[] | undefined;
  /** the profile's time zone: dates are shown on the user's clock */
  timeZone?: string | undefined;
  onDone: () => void;
}) {
  const save = useSaveSession();
  const { draft } = useWorkoutDraft();
  const [edited, setEdited] = useState<ExerciseRow[] | null>(() => (editing ? rowsFromSession(editing, units, plan) : null));
  const [pickedDay, setPickedDay] = useState<number | null>(plan.days[0]?.day_index ?? null);
  const [rest, setRest] = useState<{ endsAt: number; total: number } | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [swapping, setSwapping] = useState<SwapTarget | null>(null);
  const [plates, setPlates] = useState<{ exercise: string; weight: string } | null>(null);
  const unit = weightLabel(units);

  const dayIndex = editing ? (editing.day_index ?? null) : draft ? draft.dayIndex : pickedDay;
  const rows: ExerciseRow[] = edited ?? draft?.exercises ?? (dayIndex === null ? [] : rowsFromPlanDay(plan, dayIndex, { targets, last, units }));
  const startedAt = editing?.started_at ?? draft?.startedAt ?? new Date().toISOString();

  const setRows = (change: (rows: ExerciseRow[]) => ExerciseRow[]) => {
    if (editing) setEdited((rs) => change(rs ?? []));
    else void saveDraft({ planId: draft?.planId ?? plan.id, dayIndex, startedAt, exercises: change(rows) });
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

  const finish = (answers: FinishAnswers) => {
    const body = toSessionBody(rows, units, { dayIndex, startedAt, ...answers });
    // mutateAsync: per-call callbacks of mutate are dropped if this editor remounts meanwhile.
    save
      .mutateAsync({ planId: editing?.plan_id ?? draft?.planId ?? plan.id, sessionId: editing?.id, body })
      .then(async () => {
        if (!editing) await saveDraft(null);
        setFinishing(false);
        toaster.create({ type: "success", title: "Workout saved" });
        onDone();
      })
      .catch(() => {}); // the MutationCache toasts the error
  };

  return (
    <Stack gap="4">
      {!editing && !draft && (
        <Field.Root maxW="sm">
          <Field.Label>Start from</Field.Label>
          <NativeSelect.Root>
            <NativeSelect.Field value={dayIndex === null ? "" : String(dayIndex)} onChange={(e) => setPickedDay(e.target.value === "" ? null : Number(e.target.value))}>
              {plan.days.map((d) => (
                <option key={d.day_index} value={d.day_index}>
                  Day {d.day_index + 1}: {d.name}
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
          Workout in progress since {formatInZone(draft.startedAt, timeZone, { timeStyle: "short" })}: {done} sets done. It is kept on this device until you finish or discard it.
        </Text>
      )}
      {rest && (
        <RestTimer
          key={rest.endsAt - rest.total * 1000}
          endsAt={rest.endsAt}
          total={rest.total}
          onAdjust={(s) => setRest((r) => r && { endsAt: Math.max(Date.now(), r.endsAt + s * 1000), total: Math.max(1, r.total + s) })}
          onSkip={() => setRest(null)}
        />
      )}
      {rows.length === 0 && <Text color="fg.muted">No exercises yet. Add one below.</Text>}
      {rows.map((row, ei) => (
        <Box key={`${row.exercise_id}-${ei}`} borderWidth="1px" borderRadius="md" p="3">
          <HStack justify="space-between" gap="2">
            <Heading as="h3" size="sm">
              {row.name}
            </Heading>
            <HStack gap="1">
              <Button
                size="xs"
                variant="ghost"
                aria-label={`Plate calculator for ${row.name}`}
                onClick={() => setPlates({ exercise: row.name, weight: (row.sets.find((s) => !s.completed) ?? row.sets.at(-1))?.weight ?? "" })}
              >
                Plates
              </Button>
              {canSwap(row) && (
                <Button
                  size="xs"
                  variant="ghost"
                  aria-label={`Swap ${row.name} today`}
                  onClick={() => setSwapping({ planId: draft?.planId ?? plan.id, dayIndex: dayIndex!, plannedId: row.swapped_from ?? row.exercise_id, row: ei, name: row.name })}
                >
                  Swap
                </Button>
              )}
            </HStack>
          </HStack>
          <PreviousPerformance last={last?.get(row.exercise_id)} units={units} timeZone={timeZone} />
          <Stack gap="2">
            {row.sets.map((s, si) => {
              const label = `${row.name} set ${si + 1}`;
              return (
                <SimpleGrid key={si} columns={{ base: 4, md: 5 }} gap="2" alignItems="center" opacity={s.completed ? 1 : 0.85}>
                  <Text fontSize="sm" display={{ base: "none", md: "block" }}>
                    Set {si + 1}
                  </Text>
                  <Input size="sm" type="number" inputMode="numeric" min={0} aria-label={`${label} reps`} placeholder="reps" value={s.reps} onChange={(e) => setSet(ei, si, { reps: e.target.value })} />
                  <Input size="sm" type="number" inputMode="decimal" min={0} step={0.5} aria-label={`${label} weight (${unit})`} placeholder={unit} value={s.weight} onChange={(e) => setSet(ei, si, { weight: e.target.value })} />
                  <Input size="sm" type="number" inputMode="decimal" min={1} max={10} step={0.5} aria-label={`${label} RPE`} placeholder="RPE" value={s.rpe} onChange={(e) => setSet(ei, si, { rpe: e.target.value })} />
                  <Button
                    size="sm"
                    variant={s.completed ? "solid" : "outline"}
                    colorPalette="teal"
                    aria-pressed={s.completed}
                    aria-label={`${label} done`}
                    disabled={s.reps === ""}
                    onClick={() => {
                      setSet(ei, si, { completed: !s.completed });
                      if (!s.completed) {
                        primeRestSound();
                        setRest({ endsAt: Date.now() + row.rest_seconds * 1000, total: row.rest_seconds });
                      }
                    }}
                  >
                    {s.completed ? "✓ Done" : "Done"}
                  </Button>
                </SimpleGrid>
              );
            })}
            <HStack>
              <Button size="xs" variant="outline" onClick={() => setRows((rs) => rs.map((r, i) => (i === ei ? { ...r, sets: [...r.sets, { ...(r.sets.at(-1) ?? emptySet()), completed: false }] } : r)))}>
                Add a set to {row.name}
              </Button>
            </HStack>
          </Stack>
        </Box>
      ))}
      <ExercisePicker onAdd={(picked) => setRows((rs) => [...rs, { ...picked, rest_seconds: DEFAULT_REST_SECONDS, sets: [emptySet()] }])} />
      <HStack flexWrap="wrap">
        <Button colorPalette="teal" disabled={done === 0} onClick={() => setFinishing(true)}>
          {editing ? "Save changes" : "Finish workout"}
        </Button>
        {editing && (
          <Button variant="outline" onClick={onDone}>
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
          summary={`${done} ${done === 1 ? "set" : "sets"} of ${exercisesDone} ${exercisesDone === 1 ? "exercise" : "exercises"} done.`}
          saving={save.isPending}
          onSave={finish}
          onClose={() => setFinishing(false)}
        />
      )}
      {plates && <PlateCalculator exercise={plates.exercise} weight={plates.weight} units={units} onClose={() => setPlates(null)} />}
      <SwapInWorkout
        target={swapping}
        onClose={() => setSwapping(null)}
        onPick={(id, name) => {
          if (swapping) setRows((rs) => swapRow(rs, swapping.row, { id, name }));
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
          setRest(null);
          void saveDraft(null);
        }}
      >
        The sets you entered are not saved anywhere else.
      </ConfirmDialog>
    </Stack>
  );
}

function PreviousPerformance({ last, units, timeZone }: { last: ReturnType<LastTime["get"]>; units: Units; timeZone: string | undefined }) {
  return (
    <Text fontSize="xs" color="fg.muted" mb="2">
      {last
        ? `Last time (${formatInZone(last.date, timeZone, { dateStyle: "medium" })}): ${last.sets.map((s) => (s.weight_kg ? `${s.reps}×${toDisplayWeight(s.weight_kg, units)}` : `${s.reps}`)).join(", ")} ${weightLabel(units)}`
        : "No previous performance logged."}
    </Text>
  );
}

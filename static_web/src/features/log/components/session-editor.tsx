import { Box, Button, Checkbox, Field, Heading, HStack, Input, NativeSelect, SimpleGrid, Stack, Text, VisuallyHidden } from "@chakra-ui/react";
import { useState } from "react";
import type { Plan } from "@/api/plans";
import { toaster } from "@/components/ui/toaster";
import { formatInZone } from "@/lib/dates";
import { fromDisplayWeight, toDisplayWeight, weightLabel, type Units } from "@/lib/units";
import { lastPerformance, useSaveSession, type SessionCreate, type WorkoutSession } from "../api/sessions";
import { ExercisePicker } from "./exercise-picker";
import { RestTimer } from "./rest-timer";

export interface SetRow {
  reps: string;
  weight: string;
  rpe: string;
  completed: boolean;
}
export interface ExerciseRow {
  exercise_id: string;
  name: string;
  rest_seconds: number;
  sets: SetRow[];
}

const emptySet = (): SetRow => ({ reps: "", weight: "", rpe: "", completed: false });

export function rowsFromPlanDay(plan: Plan, dayIndex: number): ExerciseRow[] {
  const day = plan.days.find((d) => d.day_index === dayIndex);
  return (day?.exercises ?? []).map((ex) => ({
    exercise_id: ex.exercise_id,
    name: ex.name,
    rest_seconds: ex.rest_seconds,
    sets: Array.from({ length: ex.sets }, () => ({ ...emptySet(), reps: String(ex.reps_max) })),
  }));
}

export function rowsFromSession(session: WorkoutSession, units: Units): ExerciseRow[] {
  return session.exercises.map((ex) => ({
    exercise_id: ex.exercise_id,
    name: ex.name ?? ex.exercise_id,
    rest_seconds: 90,
    sets: ex.sets.map((s) => ({
      reps: String(s.reps),
      weight: String(toDisplayWeight(s.weight_kg, units)),
      rpe: s.rpe == null ? "" : String(s.rpe),
      completed: s.completed,
    })),
  }));
}

/** Rows typed in the user's units → the API's SI body. */
export function toSessionBody(rows: ExerciseRow[], units: Units, meta: { dayIndex: number | null; startedAt: string; minutes: number }): SessionCreate {
  return {
    day_index: meta.dayIndex,
    started_at: meta.startedAt,
    duration_minutes: meta.minutes,
    notes: "",
    exercises: rows.map((r) => ({
      exercise_id: r.exercise_id,
      name: r.name,
      notes: "",
      sets: r.sets
        .filter((s) => s.reps !== "")
        .map((s) => ({
          reps: Number(s.reps),
          weight_kg: s.weight === "" ? 0 : fromDisplayWeight(Number(s.weight), units),
          rpe: s.rpe === "" ? null : Number(s.rpe),
          completed: s.completed,
        })),
    })),
  };
}

export function SessionEditor({
  plan,
  units,
  editing,
  previous,
  timeZone,
  onDone,
}: {
  plan: Plan;
  units: Units;
  editing?: WorkoutSession | undefined;
  previous?: ReturnType<typeof lastPerformance>;
  /** the profile's time zone: dates are shown on the user's clock */
  timeZone?: string | undefined;
  onDone: () => void;
}) {
  const save = useSaveSession();
  const [dayIndex, setDayIndex] = useState<number | null>(editing ? (editing.day_index ?? null) : (plan.days[0]?.day_index ?? null));
  const [rows, setRows] = useState<ExerciseRow[]>(() =>
    editing ? rowsFromSession(editing, units) : dayIndex === null ? [] : rowsFromPlanDay(plan, dayIndex),
  );
  const [startedAt] = useState(() => editing?.started_at ?? new Date().toISOString());
  const [minutes, setMinutes] = useState(String(editing?.duration_minutes ?? 45));
  const [rest, setRest] = useState<{ seconds: number; key: number } | null>(null);
  const unit = weightLabel(units);

  const setSet = (ei: number, si: number, patch: Partial<SetRow>) =>
    setRows((rs) => rs.map((r, i) => (i !== ei ? r : { ...r, sets: r.sets.map((s, j) => (j === si ? { ...s, ...patch } : s)) })));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const body = toSessionBody(rows, units, { dayIndex, startedAt, minutes: Number(minutes) || 0 });
        // mutateAsync: per-call callbacks of mutate are dropped if this editor remounts meanwhile.
        save
          .mutateAsync({ planId: editing?.plan_id ?? plan.id, sessionId: editing?.id, body })
          .then(() => (toaster.create({ type: "success", title: "Workout saved" }), onDone()))
          .catch(() => {}); // the MutationCache toasts the error
      }}
    >
      <Stack gap="4">
        {!editing && (
          <Field.Root maxW="sm">
            <Field.Label>Start from</Field.Label>
            <NativeSelect.Root>
              <NativeSelect.Field
                value={dayIndex === null ? "" : String(dayIndex)}
                onChange={(e) => {
                  const next = e.target.value === "" ? null : Number(e.target.value);
                  setDayIndex(next);
                  setRows(next === null ? [] : rowsFromPlanDay(plan, next));
                }}
              >
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
        {rest && <RestTimer key={rest.key} seconds={rest.seconds} onSkip={() => setRest(null)} />}
        {rows.length === 0 && <Text color="fg.muted">No exercises yet. Add one below.</Text>}
        {rows.map((row, ei) => (
          <Box key={`${row.exercise_id}-${ei}`} borderWidth="1px" borderRadius="md" p="3">
            <Heading as="h3" size="sm">
              {row.name}
            </Heading>
            <PreviousPerformance last={previous?.get(row.exercise_id)} units={units} timeZone={timeZone} />
            <Stack gap="2">
              {row.sets.map((s, si) => {
                const label = `${row.name} set ${si + 1}`;
                return (
                  <SimpleGrid key={si} columns={{ base: 4, md: 5 }} gap="2" alignItems="center">
                    <Text fontSize="sm" display={{ base: "none", md: "block" }}>
                      Set {si + 1}
                    </Text>
                    <Input size="sm" type="number" min={0} aria-label={`${label} reps`} placeholder="reps" value={s.reps} onChange={(e) => setSet(ei, si, { reps: e.target.value })} />
                    <Input size="sm" type="number" min={0} step={0.5} aria-label={`${label} weight (${unit})`} placeholder={unit} value={s.weight} onChange={(e) => setSet(ei, si, { weight: e.target.value })} />
                    <Input size="sm" type="number" min={1} max={10} step={0.5} aria-label={`${label} RPE`} placeholder="RPE" value={s.rpe} onChange={(e) => setSet(ei, si, { rpe: e.target.value })} />
                    <Checkbox.Root
                      checked={s.completed}
                      onCheckedChange={(e) => {
                        setSet(ei, si, { completed: !!e.checked });
                        if (e.checked) setRest({ seconds: row.rest_seconds, key: Date.now() });
                      }}
                    >
                      <Checkbox.HiddenInput />
                      <Checkbox.Control />
                      <Checkbox.Label fontSize="sm">
                        <VisuallyHidden>{label} </VisuallyHidden>done
                      </Checkbox.Label>
                    </Checkbox.Root>
                  </SimpleGrid>
                );
              })}
              <HStack>
                <Button size="xs" variant="outline" onClick={() => setRows((rs) => rs.map((r, i) => (i === ei ? { ...r, sets: [...r.sets, emptySet()] } : r)))}>
                  Add a set to {row.name}
                </Button>
              </HStack>
            </Stack>
          </Box>
        ))}
        <ExercisePicker onAdd={(picked) => setRows((rs) => [...rs, { ...picked, rest_seconds: 90, sets: [emptySet()] }])} />
        <Field.Root maxW="40">
          <Field.Label>Duration (minutes)</Field.Label>
          <Input type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </Field.Root>
        <HStack>
          <Button type="submit" colorPalette="teal" loading={save.isPending} disabled={rows.length === 0}>
            Save workout
          </Button>
          {editing && (
            <Button variant="outline" onClick={onDone}>
              Cancel editing
            </Button>
          )}
        </HStack>
      </Stack>
    </form>
  );
}

function PreviousPerformance({ last, units, timeZone }: { last: ReturnType<ReturnType<typeof lastPerformance>["get"]>; units: Units; timeZone: string | undefined }) {
  return (
    <Text fontSize="xs" color="fg.muted" mb="2">
      {last
        ? `Last time (${formatInZone(last.date, timeZone, { dateStyle: "medium" })}): ${last.sets.map((s) => `${s.reps}×${toDisplayWeight(s.weight_kg, units)}`).join(", ")} ${weightLabel(units)}`
        : "No previous performance logged."}
    </Text>
  );
}

import { Box, Button, Field, HStack, Input, NativeSelect, SimpleGrid, Stack, Table, Text } from "@chakra-ui/react";
import { useState } from "react";
import { labelOf, MUSCLES } from "@/components/profile/vocab";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useExerciseNames } from "@/api/exercises";
import { activePlan, usePlans, type Plan } from "@/api/plans";
import { useProfile } from "@/api/profile";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import type { ProgressPublic as Progress } from "@/client/schema";
import { weekLabel } from "@/lib/dates";
import { fromDisplayWeight, toDisplayLoad, toDisplayWeight, weightLabel, type Units } from "@/lib/units";
import { useAddMetric, useMetrics, useProgress } from "../api/progress";
import { count } from "@/lib/words";

const DEFAULT_BAND = { min: 10, max: 20 };

export function recordText(r: Progress["personal_records"][number], units: Units): string {
  const w = (kg: number | null | undefined) => (kg == null ? "" : `${toDisplayLoad(kg, units)} ${weightLabel(units)}`);
  if (r.kind === "e1rm") return `estimated 1RM ${w(r.e1rm_kg)}${beaten(r, units)}`;
  if (r.kind === "most_reps") return `${r.reps == null ? "? reps" : count(r.reps, "rep")}${r.weight_kg ? ` at ${w(r.weight_kg)}` : ""}${beaten(r, units)}`;
  return `heaviest ${w(r.weight_kg)}${r.reps ? ` × ${r.reps}` : ""}${beaten(r, units)}`;
}

/** What the record beat, as the log said it ("up from ..."); nothing for a first time (a baseline). */
function beaten(r: Progress["personal_records"][number], units: Units): string {
  const p = r.previous;
  if (p == null) return "";
  if (Array.isArray(p)) return p.length === 2 ? ` (up from ${toDisplayLoad(p[0] ?? 0, units)} ${weightLabel(units)} × ${p[1]})` : "";
  if (r.kind === "most_reps") return ` (up from ${count(p, "rep")})`;
  return ` (up from ${toDisplayLoad(p, units)} ${weightLabel(units)})`;
}

function Chart({ label, children, height = 240 }: { label: string; children: React.ReactElement; height?: number }) {
  return (
    <Box h={`${height}px`} role="img" aria-label={label}>
      <ResponsiveContainer>{children}</ResponsiveContainer>
    </Box>
  );
}

/** An exercise's name: from its records, else the catalogue, else its id made readable (never a raw id). */
export function exerciseName(id: string, progress: Progress, catalogue: Map<string, string> | undefined): string {
  const named = progress.personal_records.find((r) => r.exercise_id === id && r.name)?.name ?? catalogue?.get(id);
  if (named) return named;
  const words = id.replace(/^custom:/, "").replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Adherence as the API counts it (complete weeks since the plan began), and this week's sessions meanwhile. */
export function adherenceText(adherence: Progress["adherence"], thisWeek: number): string {
  const target = adherence.days_per_week;
  if (!target) return "No active plan: adherence is counted against a plan's sessions per week.";
  if (adherence.weeks === 0) {
    return `Plan: ${count(target, "session")} a week; this week ${thisWeek} of ${target}. Adherence counts from the first full week.`;
  }
  const pct = adherence.pct == null ? "–" : `${Math.round(adherence.pct)}%`;
  const weeks = `${adherence.weeks} full week${adherence.weeks === 1 ? "" : "s"}`;
  return `Adherence ${pct}: ${adherence.done} of ${adherence.planned} planned sessions (${target} a week over ${weeks}); this week ${thisWeek} of ${target}.`;
}

function E1rmTrend({ progress, units }: { progress: Progress; units: Units }) {
  const catalogue = useExerciseNames();
  const named = Object.keys(progress.e1rm)
    .map((x) => ({ id: x, name: exerciseName(x, progress, catalogue) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const ids = named.map((n) => n.id);
  const [picked, setId] = useState<string | null>(null);
  const id = picked ?? ids[0] ?? "";
  if (ids.length === 0) return <Text color="fg.muted">Log a few sessions to see estimated one-rep maxes.</Text>;
  const series = (progress.e1rm[id] ?? []).map((p) => ({ date: p.date.slice(0, 10), e1rm: toDisplayLoad(p.e1rm_kg, units) }));
  return (
    <Stack>
      <Field.Root maxW="xs">
        <Field.Label>Exercise</Field.Label>
        <NativeSelect.Root>
          <NativeSelect.Field value={id} onChange={(e) => setId(e.target.value)}>
            {named.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </NativeSelect.Field>
          <NativeSelect.Indicator />
        </NativeSelect.Root>
      </Field.Root>
      <Chart label={`Estimated one-rep max trend for ${exerciseName(id, progress, catalogue)}`}>
        <LineChart data={series}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" fontSize={11} />
          <YAxis fontSize={11} unit={` ${weightLabel(units)}`} width={70} />
          <Tooltip />
          <Line type="monotone" dataKey="e1rm" stroke="#0d9488" strokeWidth={2} dot />
        </LineChart>
      </Chart>
    </Stack>
  );
}

/**
 * This week's hard sets per muscle beside the target: the active plan's weekly sets for the muscle and its
 * band (the plan's `weekly_sets`; the progress summary's evidence band, else 10-20, for muscles the plan
 * does not list). The chart draws the band as a light bar behind the sets done; a table says it in numbers.
 */
export function muscleTargets(progress: Progress, plan: Plan | undefined): { muscle: string; sets: number; planned: number | null; min: number; max: number }[] {
  const done = progress.weeks.at(-1)?.hard_sets_by_muscle ?? {};
  const planned = new Map((plan?.weekly_sets ?? []).map((m) => [m.muscle as string, m]));
  const muscles = [...new Set([...planned.keys(), ...Object.keys(done)])];
  return muscles
    .map((muscle) => {
      const p = planned.get(muscle);
      const d = done[muscle];
      return { muscle: labelOf(MUSCLES, muscle), sets: d?.hard_sets ?? 0, planned: p ? p.hard_sets : null, min: p?.band_min ?? d?.band_min ?? DEFAULT_BAND.min, max: p?.band_max ?? d?.band_max ?? DEFAULT_BAND.max };
    })
    .filter((r) => r.sets > 0 || (r.planned ?? 0) > 0) // a muscle neither planned nor trained is noise
    .sort((a, b) => a.muscle.localeCompare(b.muscle));
}

function SetsVsBand({ progress }: { progress: Progress }) {
  const plans = usePlans();
  const rows = muscleTargets(progress, plans.data ? activePlan(plans.data) : undefined);
  if (rows.length === 0) return <Text color="fg.muted">No hard sets this week yet.</Text>;
  const data = rows.map((r) => ({ ...r, band: [r.min, r.max] as [number, number] }));
  // Every muscle gets its label: a row of 28 px each (recharts skips ticks that would overlap) and an
  // axis as wide as the longest name (8 px a character covers the system font at 12 px) so none is clipped or wrapped.
  const axisWidth = Math.max(...rows.map((r) => r.muscle.length)) * 8 + 16;
  return (
    <Stack gap="3">
      <Chart label={`Hard sets per muscle this week against the target band: ${rows.map((r) => `${r.muscle} ${r.sets} of ${r.min} to ${r.max}`).join(", ")}`} height={rows.length * 28 + 48}>
        <BarChart data={data} layout="vertical" margin={{ left: 4, right: 12 }} barGap={-14} barSize={14}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" fontSize={11} />
          <YAxis type="category" dataKey="muscle" tick={{ fontSize: 12 }} interval={0} width={axisWidth} />
          <Tooltip />
          <Bar dataKey="band" name="target band" fill="#0d9488" fillOpacity={0.25} isAnimationActive={false} />
          <Bar dataKey="sets" name="hard sets done" fill="#6366f1" isAnimationActive={false} />
        </BarChart>
      </Chart>
      <Table.Root size="sm" aria-label="Hard sets per muscle against the plan">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader>Muscle</Table.ColumnHeader>
            <Table.ColumnHeader>Done</Table.ColumnHeader>
            <Table.ColumnHeader>Plan</Table.ColumnHeader>
            <Table.ColumnHeader>Target band</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.muscle}>
              <Table.Cell>{r.muscle}</Table.Cell>
              <Table.Cell>{r.sets}</Table.Cell>
              <Table.Cell>{r.planned ?? "–"}</Table.Cell>
              <Table.Cell>
                {r.min}–{r.max}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Stack>
  );
}

/**
 * Cardio per week as the API counts it (GET /api/workouts/progress: runs, rides, rows and walks, not holds or
 * carries, in the user's weeks and units), as chart rows: whole minutes and distance to 0.1.
 */
export function cardioRows(weeks: Progress["weeks"]): { week: string; minutes: number; distance: number; unit: string }[] {
  return weeks.map((w) => ({ week: weekLabel(w.week), minutes: Math.round(w.cardio.minutes), distance: Math.round(w.cardio.distance * 10) / 10, unit: w.cardio.distance_unit }));
}

function Cardio({ progress, units }: { progress: Progress; units: Units }) {
  const rows = cardioRows(progress.weeks);
  if (rows.every((r) => r.minutes === 0 && r.distance === 0)) return <Text color="fg.muted">No cardio logged in these weeks (runs, rides, rows and walks count here).</Text>;
  const unit = rows[0]?.unit ?? (units === "imperial" ? "mi" : "km");
  return (
    <Chart label={`Cardio per week: ${rows.map((r) => `${r.week} ${r.minutes} min, ${r.distance} ${unit}`).join("; ")}`}>
      <BarChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="week" fontSize={11} />
        <YAxis yAxisId="min" fontSize={11} width={50} unit=" min" />
        <YAxis yAxisId="dist" orientation="right" fontSize={11} width={50} unit={` ${unit}`} />
        <Tooltip />
        <Bar yAxisId="min" dataKey="minutes" name="minutes" fill="#0d9488" isAnimationActive={false} />
        <Bar yAxisId="dist" dataKey="distance" name={unit} fill="#f59e0b" isAnimationActive={false} />
      </BarChart>
    </Chart>
  );
}

/**
 * Body weight over time in the user's units: the measurements, and the weight given at onboarding (the
 * profile's) as the first point when no measurement is as old (a new user's review: it was not shown).
 */
export function weightSeries(metrics: { measured_at: string; weight_kg?: number | null }[], fromProfile: { kg: number; at: string } | null, units: Units): { date: string; weight: number }[] {
  const points = metrics.filter((m) => m.weight_kg != null).map((m) => ({ date: m.measured_at.slice(0, 10), kg: m.weight_kg! }));
  if (fromProfile && !points.some((p) => p.date <= fromProfile.at.slice(0, 10))) points.push({ date: fromProfile.at.slice(0, 10), kg: fromProfile.kg });
  return points.sort((a, b) => a.date.localeCompare(b.date)).map((p) => ({ date: p.date, weight: toDisplayWeight(p.kg, units) }));
}

function BodyWeight({ units, fromProfile }: { units: Units; fromProfile: { kg: number; at: string } | null }) {
  const metrics = useMetrics();
  const add = useAddMetric();
  const [weight, setWeight] = useState("");
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  return (
    <Stack gap="4">
      <QueryState query={metrics} label="body measurements" isEmpty={(d) => weightSeries(d, fromProfile, units).length === 0} empty={<Text color="fg.muted">No measurements yet.</Text>}>
        {(list) => (
          <Chart label={`Body weight over time in ${weightLabel(units)}${fromProfile ? ", starting from your profile's weight" : ""}`}>
            <LineChart data={weightSeries(list, fromProfile, units)}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" fontSize={11} />
              <YAxis fontSize={11} domain={["auto", "auto"]} unit={` ${weightLabel(units)}`} width={70} />
              <Tooltip />
              <Line type="monotone" dataKey="weight" stroke="#f59e0b" strokeWidth={2} dot />
            </LineChart>
          </Chart>
        )}
      </QueryState>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(
            { measured_at: new Date(`${date}T08:00:00`).toISOString(), weight_kg: fromDisplayWeight(Number(weight), units), notes: "" },
            { onSuccess: () => (setWeight(""), toaster.create({ type: "success", title: "Measurement added" })) },
          );
        }}
      >
        <HStack align="end" flexWrap="wrap">
          <Field.Root maxW="44">
            <Field.Label>Date</Field.Label>
            <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
          </Field.Root>
          <Field.Root maxW="40">
            <Field.Label>Body weight ({weightLabel(units)})</Field.Label>
            <Input type="number" min={20} max={700} step={0.1} value={weight} onChange={(e) => setWeight(e.target.value)} required />
          </Field.Root>
          <Button type="submit" loading={add.isPending}>
            Add measurement
          </Button>
        </HStack>
      </form>
    </Stack>
  );
}

export function ProgressScreen() {
  const progress = useProgress();
  const profile = useProfile();
  const units: Units = profile.data?.profile.units ?? "metric";
  return (
    <Stack gap="6">
      <QueryState query={progress} label="your progress">
        {(p) => (
          <Stack gap="6">
            <SimpleGrid columns={{ base: 1, md: 2 }} gap="6">
              <Section title="Strength trend (e1RM)">
                <E1rmTrend progress={p} units={units} />
              </Section>
              <Section title="Weekly volume">
                {p.weeks.length === 0 ? (
                  <Text color="fg.muted">No sessions logged yet.</Text>
                ) : (
                  <Chart label="Training volume per week">
                    <BarChart data={p.weeks.map((w) => ({ week: weekLabel(w.week), long: weekLabel(w.week, true), volume: Math.round(toDisplayWeight(w.volume_kg, units)) }))}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="week" fontSize={11} />
                      <YAxis fontSize={11} width={60} unit={` ${weightLabel(units)}`} />
                      <Tooltip labelFormatter={(_label, items) => (items[0]?.payload as { long?: string } | undefined)?.long ?? String(_label)} />
                      <Bar dataKey="volume" fill="#0d9488" />
                    </BarChart>
                  </Chart>
                )}
              </Section>
              <Section title="Hard sets per muscle">
                <SetsVsBand progress={p} />
              </Section>
              <Section title="Cardio">
                <Cardio progress={p} units={units} />
              </Section>
              <Section title="Personal records">
                {p.personal_records.length === 0 ? (
                  <Text color="fg.muted">No records yet.</Text>
                ) : (
                  <Table.Root size="sm">
                    <Table.Header>
                      <Table.Row>
                        <Table.ColumnHeader>Exercise</Table.ColumnHeader>
                        <Table.ColumnHeader>Record</Table.ColumnHeader>
                        <Table.ColumnHeader>Date</Table.ColumnHeader>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {p.personal_records.map((r, i) => (
                        <Table.Row key={`${r.exercise_id}-${i}`}>
                          <Table.Cell>{exerciseName(r.exercise_id, p, undefined)}</Table.Cell>
                          <Table.Cell>
                            {recordText(r, units)}
                          </Table.Cell>
                          <Table.Cell>{r.date.slice(0, 10)}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table.Root>
                )}
              </Section>
            </SimpleGrid>
            <Text>
              Streak: <b>{p.streak_weeks}</b> {p.streak_weeks === 1 ? "week" : "weeks"} · {adherenceText(p.adherence, p.weeks.at(-1)?.sessions ?? 0)}
            </Text>
          </Stack>
        )}
      </QueryState>
      <Section title="Body weight">
        <BodyWeight units={units} fromProfile={profile.data?.profile.weight_kg ? { kg: profile.data.profile.weight_kg, at: profile.data.profile.updated_at } : null} />
      </Section>
    </Stack>
  );
}

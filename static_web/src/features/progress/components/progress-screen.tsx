import { Box, Button, Field, HStack, Input, NativeSelect, SimpleGrid, Stack, Table, Text } from "@chakra-ui/react";
import { useState } from "react";
import { labelOf, MUSCLES } from "@/components/profile/vocab";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useExerciseNames } from "@/api/exercises";
import { useProfile } from "@/api/profile";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import type { ProgressPublic as Progress } from "@/client/schema";
import { fromDisplayWeight, toDisplayWeight, weightLabel, type Units } from "@/lib/units";
import { useAddMetric, useMetrics, useProgress } from "../api/progress";
import { count } from "@/lib/words";

const DEFAULT_BAND = { min: 10, max: 20 };

function recordText(r: Progress["personal_records"][number], units: Units): string {
  const w = (kg: number | null | undefined) => (kg == null ? "" : `${toDisplayWeight(kg, units)} ${weightLabel(units)}`);
  if (r.kind === "e1rm") return `estimated 1RM ${w(r.e1rm_kg)}`;
  if (r.kind === "most_reps") return `${r.reps == null ? "? reps" : count(r.reps, "rep")}${r.weight_kg ? ` at ${w(r.weight_kg)}` : ""}`;
  return `heaviest ${w(r.weight_kg)}${r.reps ? ` × ${r.reps}` : ""}`;
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
  const series = (progress.e1rm[id] ?? []).map((p) => ({ date: p.date.slice(0, 10), e1rm: toDisplayWeight(p.e1rm_kg, units) }));
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

function SetsVsBand({ progress }: { progress: Progress }) {
  const latest = progress.weeks.at(-1);
  const rows = Object.entries(latest?.hard_sets_by_muscle ?? {}).map(([muscle, m]) => ({
    muscle: labelOf(MUSCLES, muscle),
    sets: m.hard_sets,
    min: m.band_min ?? DEFAULT_BAND.min,
    max: m.band_max ?? DEFAULT_BAND.max,
  }));
  if (rows.length === 0) return <Text color="fg.muted">No hard sets this week yet.</Text>;
  // Every muscle gets its label: a row of 28 px each (recharts skips ticks that would overlap) and an
  // axis as wide as the longest name (8 px a character covers the system font at 12 px) so none is clipped or wrapped.
  const axisWidth = Math.max(...rows.map((r) => r.muscle.length)) * 8 + 16;
  return (
    <Chart label={`Hard sets per muscle this week against the target band: ${rows.map((r) => `${r.muscle} ${r.sets}`).join(", ")}`} height={rows.length * 28 + 48}>
      <BarChart data={rows} layout="vertical" margin={{ left: 4, right: 12 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" fontSize={11} />
        <YAxis type="category" dataKey="muscle" tick={{ fontSize: 12 }} interval={0} width={axisWidth} />
        <Tooltip />
        <ReferenceArea x1={DEFAULT_BAND.min} x2={DEFAULT_BAND.max} fill="#0d9488" fillOpacity={0.1} />
        <Bar dataKey="sets" fill="#6366f1" />
      </BarChart>
    </Chart>
  );
}

function BodyWeight({ units }: { units: Units }) {
  const metrics = useMetrics();
  const add = useAddMetric();
  const [weight, setWeight] = useState("");
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  return (
    <Stack gap="4">
      <QueryState query={metrics} label="body measurements" isEmpty={(d) => d.length === 0} empty={<Text color="fg.muted">No measurements yet.</Text>}>
        {(list) => (
          <Chart label="Body weight over time">
            <LineChart data={[...list].sort((a, b) => a.measured_at.localeCompare(b.measured_at)).filter((m) => m.weight_kg != null).map((m) => ({ date: m.measured_at.slice(0, 10), weight: toDisplayWeight(m.weight_kg!, units) }))}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" fontSize={11} />
              <YAxis fontSize={11} domain={["auto", "auto"]} unit={` ${weightLabel(units)}`} width={70} />
              <Tooltip />
              <Line type="monotone" dataKey="weight" stroke="#f59e0b" strokeWidth={2} />
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
  const units: Units = useProfile().data?.profile.units ?? "metric";
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
                    <BarChart data={p.weeks.map((w) => ({ week: w.week, volume: Math.round(toDisplayWeight(w.volume_kg, units)) }))}>
                      <CartesianGrid strokeDasharray="3 3" />
                      <XAxis dataKey="week" fontSize={11} />
                      <YAxis fontSize={11} width={60} />
                      <Tooltip />
                      <Bar dataKey="volume" fill="#0d9488" />
                    </BarChart>
                  </Chart>
                )}
              </Section>
              <Section title="Hard sets per muscle">
                <SetsVsBand progress={p} />
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
        <BodyWeight units={units} />
      </Section>
    </Stack>
  );
}

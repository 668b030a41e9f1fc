import { Box, Button, Field, HStack, Input, NativeSelect, SimpleGrid, Stack, Table, Text } from "@chakra-ui/react";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useProfile } from "@/api/profile";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import type { ProgressPublic as Progress } from "@/client/schema";
import { fromDisplayWeight, toDisplayWeight, weightLabel, type Units } from "@/lib/units";
import { useAddMetric, useMetrics, useProgress } from "../api/progress";

const DEFAULT_BAND = { min: 10, max: 20 };

function recordText(r: Progress["personal_records"][number], units: Units): string {
  const w = (kg: number | null | undefined) => (kg == null ? "" : `${toDisplayWeight(kg, units)} ${weightLabel(units)}`);
  if (r.kind === "e1rm") return `estimated 1RM ${w(r.e1rm_kg)}`;
  if (r.kind === "most_reps") return `${r.reps ?? "?"} reps${r.weight_kg ? ` at ${w(r.weight_kg)}` : ""}`;
  return `heaviest ${w(r.weight_kg)}${r.reps ? ` × ${r.reps}` : ""}`;
}

function Chart({ label, children }: { label: string; children: React.ReactElement }) {
  return (
    <Box h="60" role="img" aria-label={label}>
      <ResponsiveContainer>{children}</ResponsiveContainer>
    </Box>
  );
}

function E1rmTrend({ progress, units }: { progress: Progress; units: Units }) {
  const ids = Object.keys(progress.e1rm);
  const [id, setId] = useState(ids[0] ?? "");
  if (ids.length === 0) return <Text color="fg.muted">Log a few sessions to see estimated one-rep maxes.</Text>;
  const series = (progress.e1rm[id] ?? []).map((p) => ({ date: p.date.slice(0, 10), e1rm: toDisplayWeight(p.e1rm_kg, units) }));
  return (
    <Stack>
      <Field.Root maxW="xs">
        <Field.Label>Exercise</Field.Label>
        <NativeSelect.Root>
          <NativeSelect.Field value={id} onChange={(e) => setId(e.target.value)}>
            {ids.map((x) => (
              <option key={x} value={x}>
                {x.replace(/_/g, " ")}
              </option>
            ))}
          </NativeSelect.Field>
          <NativeSelect.Indicator />
        </NativeSelect.Root>
      </Field.Root>
      <Chart label={`Estimated one-rep max trend for ${id}`}>
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
    muscle: muscle.replace(/_/g, " "),
    sets: m.hard_sets,
    min: m.band_min ?? DEFAULT_BAND.min,
    max: m.band_max ?? DEFAULT_BAND.max,
  }));
  if (rows.length === 0) return <Text color="fg.muted">No hard sets this week yet.</Text>;
  return (
    <Chart label="Hard sets per muscle this week against the target band">
      <BarChart data={rows} layout="vertical" margin={{ left: 30 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" fontSize={11} />
        <YAxis type="category" dataKey="muscle" fontSize={11} />
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
                          <Table.Cell>{r.name ?? r.exercise_id}</Table.Cell>
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
              Streak: <b>{p.streak_weeks}</b> weeks · adherence <b>{p.adherence.pct == null ? "–" : `${Math.round(p.adherence.pct)}%`}</b> ({p.adherence.done} of {p.adherence.planned} planned sessions)
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

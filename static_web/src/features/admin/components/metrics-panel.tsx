import { Box, Button, HStack, SimpleGrid, Stack, Stat, Table, Text } from "@chakra-ui/react";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import { lastWeeks, percent, useMetricsCsv, useSuccessMetrics, type MetricsReport } from "../api/metrics";

const RANGES = [12, 26, 52];
/** The product spec's targets, shown beside the figures. */
const TARGETS = { three_plus: 0.7, coach: 0.6, d30: 0.8 };

/** Success metrics (issue 22): weekly active users, 3+ sessions and coach use, retention by sign-up week, ratings and
 * safety events, from the server's daily counters; loaded only when an admin opens the tab. */
export function MetricsPanel() {
  const [weeks, setWeeks] = useState(12);
  const window = lastWeeks(weeks);
  const metrics = useSuccessMetrics(window);
  const csv = useMetricsCsv();
  return (
    <Stack gap="4">
      <HStack flexWrap="wrap">
        {RANGES.map((w) => (
          <Button key={w} size="xs" variant={w === weeks ? "solid" : "outline"} onClick={() => setWeeks(w)} aria-pressed={w === weeks}>
            {w} weeks
          </Button>
        ))}
        <Button
          size="xs"
          variant="outline"
          loading={csv.isPending}
          onClick={() => csv.mutate(window, { onError: () => toaster.create({ type: "error", title: "The CSV could not be downloaded" }) })}
        >
          Download CSV
        </Button>
      </HStack>
      <QueryState query={metrics} label="success metrics">
        {(data) => <MetricsView data={data} />}
      </QueryState>
    </Stack>
  );
}

function MetricsView({ data }: { data: MetricsReport }) {
  const latest = data.weeks.at(-1);
  const final30 = data.cohorts.filter((c) => c.d30_final && c.signups > 0);
  const d30 = final30.length ? final30.reduce((a, c) => a + c.d30_retained, 0) / final30.reduce((a, c) => a + c.signups, 0) : null;
  const weekly = data.weeks.map((w) => ({ week: w.week.slice(5), active: w.active_users, three_plus: w.three_plus_share, coach: w.coach_share }));
  const safetyTotals = new Map<string, number>();
  for (const day of data.safety) for (const [k, n] of Object.entries(day.counts)) safetyTotals.set(k, (safetyTotals.get(k) ?? 0) + n);
  return (
    <Stack gap="5">
      <SimpleGrid columns={{ base: 2, md: 4 }} gap="3">
        <Figure label="Active users this week" value={String(latest?.active_users ?? 0)} />
        <Figure label="3+ sessions this week" value={percent(latest?.three_plus_share)} target={TARGETS.three_plus} />
        <Figure label="Talked to the coach this week" value={percent(latest?.coach_share)} target={TARGETS.coach} />
        <Figure label="D30 retention (complete cohorts)" value={percent(d30)} target={TARGETS.d30} />
      </SimpleGrid>
      <Box h="56" role="img" aria-label="Weekly active users per ISO week">
        <ResponsiveContainer>
          <BarChart data={weekly}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="week" fontSize={11} />
            <YAxis fontSize={11} allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="active" name="weekly active users" fill="#0d9488" />
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <Box h="56" role="img" aria-label="Share of weekly active users with 3+ sessions and with coach use, per ISO week">
        <ResponsiveContainer>
          <LineChart data={weekly}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="week" fontSize={11} />
            <YAxis fontSize={11} domain={[0, 1]} tickFormatter={(v: number) => percent(v)} />
            <Tooltip formatter={(v) => percent(Number(v))} />
            <Legend />
            <Line dataKey="three_plus" name="3+ sessions" stroke="#6366f1" connectNulls />
            <Line dataKey="coach" name="coach use" stroke="#f59e0b" connectNulls />
          </LineChart>
        </ResponsiveContainer>
      </Box>
      <ScrollRegion label="Retention by sign-up week">
        <Table.Root size="sm">
          <Table.Caption>Retention by sign-up week (D7: active on days 7-13 after sign-up; D30: days 30-36; "so far" until the window has passed)</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader>Sign-up week</Table.ColumnHeader>
              <Table.ColumnHeader>Sign-ups</Table.ColumnHeader>
              <Table.ColumnHeader>D7</Table.ColumnHeader>
              <Table.ColumnHeader>D30</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.cohorts.map((c) => (
              <Table.Row key={c.week}>
                <Table.Cell>{c.week}</Table.Cell>
                <Table.Cell>{c.signups}</Table.Cell>
                <Table.Cell>
                  {percent(c.d7_rate)} {c.d7_final ? "" : "so far"}
                </Table.Cell>
                <Table.Cell>
                  {percent(c.d30_rate)} {c.d30_final ? "" : "so far"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </ScrollRegion>
      <Stack gap="1">
        <Text fontWeight="semibold">Ratings</Text>
        {data.ratings.length === 0 ? (
          <Text fontSize="sm">No plan or coach ratings in this period.</Text>
        ) : (
          data.ratings.map((r) => (
            <Text key={`${r.kind}:${r.source}`} fontSize="sm">
              {r.kind} · {r.source}: {r.count} {r.average !== null && r.average !== undefined ? `· average ${r.average}` : ""} ·{" "}
              {Object.entries(r.counts)
                .map(([k, n]) => `${k}: ${n}`)
                .join(", ")}
            </Text>
          ))
        )}
      </Stack>
      <Stack gap="1">
        <Text fontWeight="semibold">Safety events</Text>
        {safetyTotals.size === 0 ? (
          <Text fontSize="sm">None in this period.</Text>
        ) : (
          [...safetyTotals].map(([k, n]) => (
            <Text key={k} fontSize="sm">
              {k}: {n}
            </Text>
          ))
        )}
      </Stack>
    </Stack>
  );
}

function Figure({ label, value, target }: { label: string; value: string; target?: number }) {
  return (
    <Stat.Root borderWidth="1px" borderRadius="md" p="3">
      <Stat.Label>{label}</Stat.Label>
      <Stat.ValueText>{value}</Stat.ValueText>
      {target !== undefined && <Stat.HelpText>target {percent(target)}</Stat.HelpText>}
    </Stat.Root>
  );
}

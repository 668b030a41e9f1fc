import { Badge, Box, Button, Checkbox, Field, HStack, Input, SimpleGrid, Stack, Table, Text } from "@chakra-ui/react";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import type { Budget, PriceRow, TierFeatures } from "@/lib/api-contract";
import {
  reorder,
  useAiProviders,
  useAdminTiers,
  useBudget,
  useCostBreakdown,
  useDecideTierRequest,
  usePrices,
  useSaveBudget,
  useSavePrices,
  useSaveProvider,
  useTestProvider,
  useTierRequests,
  useUpdateTierLimits,
} from "../api/llm-config";

export function TierRequestsPanel() {
  const requests = useTierRequests();
  const decide = useDecideTierRequest();
  return (
    <QueryState query={requests} label="tier requests" isEmpty={(d) => d.items.length === 0} empty={<Text>No pending upgrade requests.</Text>}>
      {(data) => (
        <Stack gap="2">
          {data.items.map((r) => (
            <HStack key={r.id} justify="space-between" borderWidth="1px" borderRadius="md" p="3" flexWrap="wrap">
              <Text>
                {r.email ?? r.user_id} asks for <b>{r.tier}</b> <Badge>{r.status}</Badge>
              </Text>
              {r.status === "pending" && (
                <HStack>
                  <Button size="sm" colorPalette="teal" onClick={() => decide.mutate({ id: r.id, approve: true })}>
                    Approve
                  </Button>
                  <Button size="sm" variant="outline" onClick={() => decide.mutate({ id: r.id, approve: false })}>
                    Reject
                  </Button>
                </HStack>
              )}
            </HStack>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

export function TierLimitsPanel() {
  const tiers = useAdminTiers();
  return (
    <QueryState query={tiers} label="tier limits" isEmpty={(d) => d.tiers.length === 0}>
      {(data) => (
        <Stack gap="4">
          {data.tiers.map((t) => (
            <TierLimitsForm key={t.name} tier={t} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

function TierLimitsForm({ tier }: { tier: TierFeatures["tiers"][number] }) {
  const update = useUpdateTierLimits();
  const [limits, setLimits] = useState(tier.limits);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate({ tier: tier.name, limits }, { onSuccess: () => toaster.create({ type: "success", title: `${tier.name} limits saved` }) });
      }}
    >
      <Box borderWidth="1px" borderRadius="md" p="3">
        <Text fontWeight="semibold" textTransform="capitalize" mb="2">
          {tier.name}
        </Text>
        <SimpleGrid columns={{ base: 1, md: 3 }} gap="3">
          {Object.entries(limits).map(([key, value]) => (
            <Field.Root key={key}>
              <Field.Label>{`${tier.name} ${key.replace(/_/g, " ")}`}</Field.Label>
              <Input
                type="number"
                min={0}
                value={value ?? ""}
                placeholder="unlimited"
                onChange={(e) => setLimits({ ...limits, [key]: e.target.value === "" ? null : Number(e.target.value) })}
              />
            </Field.Root>
          ))}
        </SimpleGrid>
        <Button mt="3" size="sm" type="submit" loading={update.isPending}>
          Save {tier.name} limits
        </Button>
      </Box>
    </form>
  );
}

export function ProvidersPanel() {
  const providers = useAiProviders();
  const save = useSaveProvider();
  const test = useTestProvider();
  const move = (list: NonNullable<typeof providers.data>, i: number, delta: -1 | 1) =>
    reorder(list, i, delta).forEach(({ id, priority }) => save.mutate({ id, patch: { priority } }));
  return (
    <QueryState query={providers} label="AI providers" isEmpty={(d) => d.length === 0} empty={<Text>No providers configured; the rule engine makes every plan.</Text>}>
      {(list) => (
        <Box as="ol" listStyleType="none" p="0" m="0">
          {list.map((p, i) => (
            <Box as="li" key={p.id} borderWidth="1px" borderRadius="md" p="3" mb="2">
              <HStack justify="space-between" flexWrap="wrap" gap="2">
                <Box>
                  <Text fontWeight="semibold">
                    {i + 1}. {p.kind} · {p.model}
                  </Text>
                  <Text fontSize="xs" color="fg.muted">
                    priority {p.priority}
                    {p.tasks?.length ? ` · ${p.tasks.join(", ")}` : ""}
                  </Text>
                </Box>
                <HStack flexWrap="wrap">
                  <Checkbox.Root checked={p.enabled} onCheckedChange={(e) => save.mutate({ id: p.id, patch: { enabled: !!e.checked } })}>
                    <Checkbox.HiddenInput />
                    <Checkbox.Control />
                    <Checkbox.Label>Enabled</Checkbox.Label>
                  </Checkbox.Root>
                  <Button size="xs" variant="outline" disabled={i === 0} onClick={() => move(list, i, -1)} aria-label={`Move ${p.model} up`}>
                    ↑
                  </Button>
                  <Button size="xs" variant="outline" disabled={i === list.length - 1} onClick={() => move(list, i, 1)} aria-label={`Move ${p.model} down`}>
                    ↓
                  </Button>
                  <Button
                    size="xs"
                    variant="outline"
                    loading={test.isPending && test.variables === p.id}
                    onClick={() =>
                      test.mutate(p.id, {
                        onSuccess: (r) =>
                          toaster.create({ type: r.ok ? "success" : "error", title: `${p.model}: ${r.ok ? "works" : "failed"}`, description: r.detail }),
                      })
                    }
                  >
                    Test {p.model}
                  </Button>
                </HStack>
              </HStack>
            </Box>
          ))}
        </Box>
      )}
    </QueryState>
  );
}

export function BudgetPanel() {
  const budget = useBudget();
  return <QueryState query={budget} label="the budget">{(data) => <BudgetForm initial={data} />}</QueryState>;
}

function BudgetForm({ initial }: { initial: Budget }) {
  const save = useSaveBudget();
  const [b, setB] = useState(initial);
  const num = (v: string) => (v === "" ? null : Number(v));
  return (
    <form onSubmit={(e) => (e.preventDefault(), save.mutate(b, { onSuccess: () => toaster.create({ type: "success", title: "Budget saved" }) }))}>
      <SimpleGrid columns={{ base: 1, md: 3 }} gap="3">
        <Field.Root>
          <Field.Label>Weekly budget (USD)</Field.Label>
          <Input type="number" min={0} step={0.01} value={b.weekly_usd ?? ""} onChange={(e) => setB({ ...b, weekly_usd: num(e.target.value) })} />
          {b.spent_week_usd !== undefined && <Field.HelperText>Spent this week: ${b.spent_week_usd.toFixed(2)}</Field.HelperText>}
        </Field.Root>
        <Field.Root>
          <Field.Label>Monthly budget (USD)</Field.Label>
          <Input type="number" min={0} step={0.01} value={b.monthly_usd ?? ""} onChange={(e) => setB({ ...b, monthly_usd: num(e.target.value) })} />
          {b.spent_month_usd !== undefined && <Field.HelperText>Spent this month: ${b.spent_month_usd.toFixed(2)}</Field.HelperText>}
        </Field.Root>
        <Field.Root>
          <Field.Label>Alert at (fraction of budget)</Field.Label>
          <Input type="number" min={0} max={1} step={0.05} value={b.alert_threshold} onChange={(e) => setB({ ...b, alert_threshold: Number(e.target.value) })} />
        </Field.Root>
      </SimpleGrid>
      <Checkbox.Root mt="3" checked={b.auto_disable} onCheckedChange={(e) => setB({ ...b, auto_disable: !!e.checked })}>
        <Checkbox.HiddenInput />
        <Checkbox.Control />
        <Checkbox.Label>Stop AI calls when the budget is spent</Checkbox.Label>
      </Checkbox.Root>
      <Box mt="3">
        <Button type="submit" size="sm" loading={save.isPending}>
          Save budget
        </Button>
      </Box>
    </form>
  );
}

export function PricesPanel() {
  const prices = usePrices();
  return <QueryState query={prices} label="prices">{(data) => <PricesForm initial={data.prices} asOf={data.as_of} />}</QueryState>;
}

function PricesForm({ initial, asOf }: { initial: PriceRow[]; asOf?: string | undefined }) {
  const save = useSavePrices();
  const [rows, setRows] = useState(initial);
  const set = (i: number, patch: Partial<PriceRow>) => setRows(rows.map((r, j) => (i === j ? { ...r, ...patch } : r)));
  return (
    <form onSubmit={(e) => (e.preventDefault(), save.mutate(rows, { onSuccess: () => toaster.create({ type: "success", title: "Prices saved" }) }))}>
      {asOf && <Text fontSize="sm" color="fg.muted">Prices as of {asOf}, per 1M tokens (USD).</Text>}
      <Box overflowX="auto">
        <Table.Root size="sm">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader>Model</Table.ColumnHeader>
              <Table.ColumnHeader>Input</Table.ColumnHeader>
              <Table.ColumnHeader>Output</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r, i) => (
              <Table.Row key={r.model}>
                <Table.Cell>{r.model}</Table.Cell>
                <Table.Cell>
                  <Input size="sm" type="number" min={0} step={0.01} aria-label={`${r.model} input price`} value={r.input_per_1m} onChange={(e) => set(i, { input_per_1m: Number(e.target.value) })} />
                </Table.Cell>
                <Table.Cell>
                  <Input size="sm" type="number" min={0} step={0.01} aria-label={`${r.model} output price`} value={r.output_per_1m} onChange={(e) => set(i, { output_per_1m: Number(e.target.value) })} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </Box>
      <Button mt="3" type="submit" size="sm" loading={save.isPending}>
        Save prices
      </Button>
    </form>
  );
}

export function CostPanel() {
  const [days, setDays] = useState(7);
  const cost = useCostBreakdown(days);
  return (
    <Stack gap="3">
      <HStack>
        {[7, 30, 90].map((d) => (
          <Button key={d} size="xs" variant={d === days ? "solid" : "outline"} onClick={() => setDays(d)} aria-pressed={d === days}>
            {d} days
          </Button>
        ))}
      </HStack>
      <QueryState query={cost} label="usage and cost" isEmpty={(d) => d.rows.length === 0} empty={<Text>No AI usage in this period.</Text>}>
        {(data) => {
          const byDay = new Map<string, Record<string, number | string>>();
          const providers = new Set<string>();
          for (const r of data.rows) {
            const row = byDay.get(r.day) ?? { day: r.day };
            row[r.provider] = ((row[r.provider] as number | undefined) ?? 0) + r.cost_usd;
            providers.add(r.provider);
            byDay.set(r.day, row);
          }
          const series = [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day)));
          return (
            <Box h="64" role="img" aria-label={`AI cost per day by provider over ${days} days`}>
              <ResponsiveContainer>
                <BarChart data={series}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="day" fontSize={11} />
                  <YAxis fontSize={11} unit="$" />
                  <Tooltip />
                  <Legend />
                  {[...providers].map((p, i) => (
                    <Bar key={p} dataKey={p} stackId="cost" fill={["#0d9488", "#6366f1", "#f59e0b", "#ef4444"][i % 4]} />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </Box>
          );
        }}
      </QueryState>
    </Stack>
  );
}

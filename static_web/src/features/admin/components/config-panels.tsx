import { Badge, Box, Button, Checkbox, Field, HStack, Input, NativeSelect, SimpleGrid, Stack, Table, Text, VisuallyHidden } from "@chakra-ui/react";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { NumberInput } from "@/components/ui/number-input";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import { LlmConfigFile } from "./llm-config-file";
import { ProviderEditor } from "./provider-editor";
import { count } from "@/lib/words";
import {
  reorder,
  useAddProvider,
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
  useDeleteProvider,
  providerTestText,
  useTierRequests,
  useUpdateTierLimits,
  pivotProviderDays,
  type BreakdownRow,
  type BudgetConfig,
  type ProviderDayRow,
  type ProviderCreate,
  type PriceTable,
  type TierPublic,
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
              <Box minW="0">
                <Text>
                  <b>{r.display_name || "Unnamed user"}</b>
                  {r.email ? ` (${r.email})` : ` (user ${r.user_id})`} asks to move from {r.from_tier} to <b>{r.tier}</b> <Badge>{r.status}</Badge>
                </Text>
                <Text fontSize="sm" color="fg.muted">
                  {new Date(r.created_at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
                  {r.reason ? ` · “${r.reason}”` : ""}
                </Text>
              </Box>
              {r.status === "pending" && (
                <HStack>
                  <Button size="sm" colorPalette="teal" onClick={() => decide.mutate({ id: r.id, approve: true })} aria-label={`Approve ${r.display_name || r.email || r.user_id}: ${r.tier}`}>
                    Approve
                  </Button>
                  <Button size="sm" variant="outline" onClick={() => decide.mutate({ id: r.id, approve: false })} aria-label={`Reject ${r.display_name || r.email || r.user_id}: ${r.tier}`}>
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
    <QueryState query={tiers} label="tier limits" isEmpty={(d) => d.length === 0}>
      {(list) => (
        <Stack gap="4">
          {list.map((t) => (
            <TierLimitsForm key={t.tier} tier={t} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

const LIMIT_FIELDS = [
  ["requests_per_day", "AI requests per day"],
  ["requests_per_week", "AI requests per week"],
  ["requests_per_month", "AI requests per month"],
  ["monthly_budget_usd", "AI budget per month (USD)"],
] as const;

function TierLimitsForm({ tier }: { tier: TierPublic }) {
  const update = useUpdateTierLimits();
  const [limits, setLimits] = useState(tier);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const { tier: name, ...body } = limits;
        update.mutate({ tier: name, limits: body }, { onSuccess: () => toaster.create({ type: "success", title: `${name} limits saved` }) });
      }}
    >
      <Box borderWidth="1px" borderRadius="md" p="3">
        <Text fontWeight="semibold" textTransform="capitalize" mb="2">
          {tier.tier}
        </Text>
        <SimpleGrid columns={{ base: 1, md: 4 }} gap="3">
          {LIMIT_FIELDS.map(([key, label]) => (
            <Field.Root key={key}>
              <Field.Label>{`${tier.tier}: ${label}`}</Field.Label>
              <NumberInput min={0} step={key === "monthly_budget_usd" ? 0.01 : 1} value={limits[key]} onValueChange={(v) => setLimits({ ...limits, [key]: v ?? 0 })} />
            </Field.Root>
          ))}
        </SimpleGrid>
        {tier.features && tier.features.length > 0 && (
          <Text fontSize="sm" color="fg.muted" mt="2">
            Features: {tier.features.join(", ")}
          </Text>
        )}
        <Button mt="3" size="sm" type="submit" loading={update.isPending}>
          Save {tier.tier} limits
        </Button>
      </Box>
    </form>
  );
}

const KINDS: ProviderCreate["kind"][] = ["openai", "azure_openai", "gemini", "openai_compatible", "engine"];
const KIND_LABELS: Record<ProviderCreate["kind"], string> = {
  openai: "OpenAI",
  azure_openai: "Azure OpenAI",
  gemini: "Google Gemini",
  openai_compatible: "OpenAI-compatible",
  engine: "Vigor's rule engine",
};

function AddProviderForm() {
  const add = useAddProvider();
  const empty: ProviderCreate = { id: "", kind: "openai", model: "", base_url: "", api_key_ref: "", priority: 100, enabled: true, tasks: [] } as unknown as ProviderCreate;
  const [p, setP] = useState<ProviderCreate>(empty);
  const text = (key: "id" | "model" | "base_url" | "api_key_ref", label: string, helper?: string) => (
    <Field.Root required={key === "id" || key === "model"}>
      <Field.Label>{label}</Field.Label>
      <Input value={p[key] ?? ""} maxLength={300} onChange={(e) => setP({ ...p, [key]: e.target.value })} />
      {helper && <Field.HelperText>{helper}</Field.HelperText>}
    </Field.Root>
  );
  return (
    <form onSubmit={(e) => (e.preventDefault(), add.mutate(p, { onSuccess: () => (setP(empty), toaster.create({ type: "success", title: "Provider added" })) }))}>
      <Box borderWidth="1px" borderRadius="md" p="3" mt="4">
        <Text fontWeight="semibold" mb="2">
          Add a provider
        </Text>
        <SimpleGrid columns={{ base: 1, md: 3 }} gap="3">
          {text("id", "Provider id", "A stable slug, e.g. openai-mini")}
          <Field.Root>
            <Field.Label>Kind</Field.Label>
            <NativeSelect.Root>
              <NativeSelect.Field value={p.kind} onChange={(e) => setP({ ...p, kind: e.target.value as ProviderCreate["kind"] })}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </NativeSelect.Field>
              <NativeSelect.Indicator />
            </NativeSelect.Root>
          </Field.Root>
          {text("model", "Model")}
          {text("base_url", "Base URL (optional)")}
          {text("api_key_ref", "API key secret name", "The Key Vault secret (or local env variable) holding the key; never the key itself")}
          <Field.Root>
            <Field.Label>Priority (lower runs first)</Field.Label>
            <NumberInput min={0} max={10000} value={p.priority ?? 100} onValueChange={(v) => setP({ ...p, priority: v ?? 0 })} />
          </Field.Root>
        </SimpleGrid>
        <Button mt="3" size="sm" type="submit" loading={add.isPending} disabled={!p.id || !p.model}>
          Add provider
        </Button>
      </Box>
    </form>
  );
}

export function ProvidersPanel() {
  return (
    <Stack gap="2">
      <ProvidersList />
      <AddProviderForm />
      <LlmConfigFile />
    </Stack>
  );
}

function ProvidersList() {
  const providers = useAiProviders();
  const save = useSaveProvider();
  const test = useTestProvider();
  const remove = useDeleteProvider();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; model: string } | null>(null);
  const move = (list: NonNullable<typeof providers.data>, i: number, delta: -1 | 1) =>
    reorder(list, i, delta).forEach(({ provider, priority }) => save.mutate({ provider, patch: { priority } }));
  return (
    <QueryState query={providers} label="AI providers" isEmpty={(d) => d.length === 0} empty={<Text>No providers configured; the rule engine makes every plan.</Text>}>
      {(list) => (
        <Box as="ol" listStyleType="none" p="0" m="0">
          {list.map((p, i) => (
            <Box as="li" key={p.id} borderWidth="1px" borderRadius="md" p="3" mb="2">
              <HStack justify="space-between" flexWrap="wrap" gap="2">
                <Box>
                  <Text fontWeight="semibold">
                    {i + 1}. {p.id} · {KIND_LABELS[p.kind] ?? p.kind} · {p.model}
                  </Text>
                  <Text fontSize="xs" color="fg.muted">
                    priority {p.priority ?? 0} · timeout {p.timeout_s ?? 20} s · max {p.max_output_tokens ?? 2048} tokens
                    {p.api_key_ref ? ` · key in ${p.api_key_ref}` : ""}
                    {p.tasks?.length ? ` · ${p.tasks.join(", ")}` : ""}
                    {p.circuit ? ` · circuit ${p.circuit}` : ""}
                  </Text>
                </Box>
                <HStack flexWrap="wrap">
                  <Checkbox.Root checked={p.enabled} onCheckedChange={(e) => save.mutate({ provider: p, patch: { enabled: !!e.checked } })}>
                    <Checkbox.HiddenInput />
                    <Checkbox.Control />
                    <Checkbox.Label>
                      <VisuallyHidden>{p.model} </VisuallyHidden>enabled
                    </Checkbox.Label>
                  </Checkbox.Root>
                  <Button size="xs" variant="outline" disabled={i === 0} onClick={() => move(list, i, -1)} aria-label={`Move ${p.model} up`}>
                    ↑
                  </Button>
                  <Button size="xs" variant="outline" disabled={i === list.length - 1} onClick={() => move(list, i, 1)} aria-label={`Move ${p.model} down`}>
                    ↓
                  </Button>
                  <Button size="xs" variant="outline" onClick={() => setEditing(editing === p.id ? null : p.id)} aria-expanded={editing === p.id} aria-label={`Edit ${p.model}`}>
                    Edit
                  </Button>
                  <Button
                    size="xs"
                    variant="outline"
                    loading={test.isPending && test.variables === p.id}
                    onClick={() =>
                      test.mutate(p.id, {
                        onSuccess: (r) => {
                          const { title, description } = providerTestText(r);
                          toaster.create({ type: r.ok ? "success" : "error", title: `${p.model}: ${title}`, description });
                        },
                      })
                    }
                  >
                    Test {p.model}
                  </Button>
                  <Button size="xs" variant="outline" colorPalette="red" onClick={() => setDeleting({ id: p.id, model: p.model })} aria-label={`Delete ${p.id} (${p.model})`}>
                    Delete
                  </Button>
                </HStack>
              </HStack>
              {editing === p.id && <ProviderEditor provider={p} onDone={() => setEditing(null)} />}
            </Box>
          ))}
          <ConfirmDialog
            open={deleting !== null}
            title="Delete this AI provider?"
            confirmLabel="Delete provider"
            loading={remove.isPending}
            onClose={() => setDeleting(null)}
            onConfirm={() => deleting && remove.mutateAsync(deleting.id).then(() => setDeleting(null), () => {})}
          >
            {deleting ? `${deleting.id} (${deleting.model}) is removed for good; requests go to the next provider, or the rule engine.` : ""}
          </ConfirmDialog>
        </Box>
      )}
    </QueryState>
  );
}

export function BudgetPanel() {
  const budget = useBudget();
  return (
    <QueryState query={budget} label="the budget">
      {(status) => (
        <Stack gap="3">
          <Text>
            Spent this week ({status.week}): <b>${status.spent_week_usd.toFixed(2)}</b> · this month ({status.month}): <b>${status.spent_month_usd.toFixed(2)}</b>
            {status.exhausted && <Badge ml="2" colorPalette="red">exhausted</Badge>}
            {status.alert && !status.exhausted && <Badge ml="2" colorPalette="orange">over alert threshold</Badge>}
          </Text>
          <BudgetForm initial={status.config} />
        </Stack>
      )}
    </QueryState>
  );
}

function BudgetForm({ initial }: { initial: BudgetConfig }) {
  const save = useSaveBudget();
  const [b, setB] = useState(initial);
  return (
    <form onSubmit={(e) => (e.preventDefault(), save.mutate(b, { onSuccess: () => toaster.create({ type: "success", title: "Budget saved" }) }))}>
      <SimpleGrid columns={{ base: 1, md: 3 }} gap="3">
        <Field.Root>
          <Field.Label>Weekly budget (USD)</Field.Label>
          <NumberInput min={0} step={0.01} value={b.weekly_usd} onValueChange={(v) => setB({ ...b, weekly_usd: v ?? 0 })} />
        </Field.Root>
        <Field.Root>
          <Field.Label>Monthly budget (USD)</Field.Label>
          <NumberInput min={0} step={0.01} value={b.monthly_usd} onValueChange={(v) => setB({ ...b, monthly_usd: v ?? 0 })} />
        </Field.Root>
        <Field.Root>
          <Field.Label>Alert at (fraction of budget)</Field.Label>
          <NumberInput min={0} max={1} step={0.05} value={b.alert_threshold} onValueChange={(v) => setB({ ...b, alert_threshold: v ?? 0 })} />
        </Field.Root>
      </SimpleGrid>
      <Checkbox.Root mt="3" checked={!!b.auto_disable} onCheckedChange={(e) => setB({ ...b, auto_disable: !!e.checked })}>
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
  return <QueryState query={prices} label="prices">{(data) => <PricesForm key={data.as_of} initial={data} />}</QueryState>;
}

function PricesForm({ initial }: { initial: PriceTable }) {
  const save = useSavePrices();
  const [table, setTable] = useState(initial);
  const set = (model: string, patch: Partial<PriceTable["models"][string]>) =>
    setTable({ ...table, models: { ...table.models, [model]: { ...table.models[model]!, ...patch } } });
  return (
    <form onSubmit={(e) => (e.preventDefault(), save.mutate(table, { onSuccess: () => toaster.create({ type: "success", title: "Prices saved" }) }))}>
      <Text fontSize="sm" color="fg.muted">
        USD per 1M tokens, as of {table.as_of}
        {table.source ? ` (${table.source})` : ""}.
      </Text>
      <ScrollRegion label="Model prices">
        <Table.Root size="sm">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader>Model</Table.ColumnHeader>
              <Table.ColumnHeader>Input</Table.ColumnHeader>
              <Table.ColumnHeader>Output</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {Object.entries(table.models).map(([model, price]) => (
              <Table.Row key={model}>
                <Table.Cell>{model}</Table.Cell>
                <Table.Cell>
                  <NumberInput size="sm" min={0} step={0.01} aria-label={`${model} input price`} value={price.input_per_million} onValueChange={(v) => set(model, { input_per_million: v ?? 0 })} />
                </Table.Cell>
                <Table.Cell>
                  <NumberInput size="sm" min={0} step={0.01} aria-label={`${model} output price`} value={price.output_per_million} onValueChange={(v) => set(model, { output_per_million: v ?? 0 })} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </ScrollRegion>
      <Button mt="3" type="submit" size="sm" loading={save.isPending}>
        Save prices
      </Button>
    </form>
  );
}

type CostRow = BreakdownRow;

function CostChart({ data, label, dataKey }: { data: CostRow[]; label: string; dataKey: "cost_usd" | "calls" }) {
  return (
    <Box h="56" role="img" aria-label={label}>
      <ResponsiveContainer>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="key" fontSize={11} />
          <YAxis fontSize={11} />
          <Tooltip />
          <Legend />
          <Bar dataKey={dataKey} name={dataKey === "cost_usd" ? "cost (USD)" : "calls"} fill={dataKey === "cost_usd" ? "#0d9488" : "#6366f1"} />
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}

const PALETTE = ["#0d9488", "#6366f1", "#f59e0b", "#e11d48", "#0284c7", "#65a30d", "#a855f7", "#64748b"];

/** Cost per day, one stacked bar segment per provider, with the same numbers in a table for screen readers. */
export function ProviderDayChart({ rows, days }: { rows: ProviderDayRow[]; days: number }) {
  const { data, providers } = pivotProviderDays(rows);
  const label = `AI cost by provider per day over ${count(days, "day")}`;
  if (rows.length === 0) return <Text fontSize="sm">No per-provider usage in this period.</Text>;
  return (
    <Box>
      <Box h="64" role="img" aria-label={`${label}: ${providers.join(", ")}`}>
        <ResponsiveContainer>
          <BarChart data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" fontSize={11} />
            <YAxis fontSize={11} />
            <Tooltip formatter={(v) => `$${Number(v).toFixed(4)}`} />
            <Legend />
            {providers.map((p, i) => (
              <Bar key={p} dataKey={p} stackId="cost" name={p} fill={PALETTE[i % PALETTE.length]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <details>
        <summary>Show the numbers</summary>
        <ScrollRegion label={`${label} (table)`}>
          <Table.Root size="sm">
            <Table.Caption>{label}, USD</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader>Day</Table.ColumnHeader>
                {providers.map((p) => (
                  <Table.ColumnHeader key={p}>{p}</Table.ColumnHeader>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.map((row) => (
                <Table.Row key={String(row.day)}>
                  <Table.Cell>{row.day}</Table.Cell>
                  {providers.map((p) => (
                    <Table.Cell key={p}>${Number(row[p] ?? 0).toFixed(4)}</Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </ScrollRegion>
      </details>
    </Box>
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
      <QueryState query={cost} label="usage and cost" isEmpty={(d) => d.by_day.length === 0 && d.by_provider_day.length === 0} empty={<Text>No AI usage in the last {count(days, "day")}.</Text>}>
        {(data) => (
          <Stack gap="4">
            <Text>
              Total: <b>${data.total_cost_usd.toFixed(4)}</b> over {count(data.days, "day")} · {data.by_provider.reduce((a, r) => a + r.calls, 0)} calls ·{" "}
              {data.by_provider.reduce((a, r) => a + r.errors, 0)} errors · {data.by_provider.reduce((a, r) => a + r.cache_hits, 0)} cache hits
            </Text>
            <ProviderDayChart rows={data.by_provider_day} days={days} />
            <CostChart data={data.by_day} dataKey="cost_usd" label={`AI cost per day over ${count(days, "day")}`} />
            <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
              <CostChart data={data.by_provider} dataKey="cost_usd" label="AI cost by provider" />
              <CostChart data={data.by_model} dataKey="calls" label="AI calls by model" />
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

import { Badge, Box, Button, Checkbox, Field, Heading, HStack, Input, NativeSelect, SimpleGrid, Stack, Table, Text } from "@chakra-ui/react";
import { useState } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import { describeError } from "@/lib/problem";
import { useAiProviders } from "../api/llm-config";
import {
  localToIso,
  rate,
  useCreateExperiment,
  useExperimentResults,
  useExperiments,
  useStopExperiment,
  type ExperimentCreate,
  type ExperimentPublic,
  type VariantResult,
} from "../api/experiments";
import { RoutingRulesSection } from "./routing-rules-section";

const TASKS = { plan: "Plans", chat: "Coach chat", daily_message: "Daily message", analysis: "Workout analysis" } as const;
const TIERS = ["free", "premium", "unlimited"] as const;
type Task = keyof typeof TASKS;
type Tier = (typeof TIERS)[number];
type VariantDraft = { name: string; provider: string; model: string; prompt_version: "current" | "concise"; weight: string };

/** A/B experiments and routing rules (issue 22, item 3); loaded only when an admin opens the tab. */
export function ExperimentsPanel() {
  const experiments = useExperiments();
  const [shown, setShown] = useState<string | null>(null);
  return (
    <Stack gap="6">
      <Stack gap="3">
        <Heading size="md">Experiments</Heading>
        <Text fontSize="sm" color="fg.muted">
          Each eligible user gets one variant, from a hash of the experiment and their id, for as long as it runs. A running experiment keeps its variants and
          split; stop it to route as before at once.
        </Text>
        <QueryState query={experiments} label="experiments" isEmpty={(d) => d.length === 0} empty="No experiments yet.">
          {(list) => <ExperimentList list={list} shown={shown} onShow={setShown} />}
        </QueryState>
        {shown && <ResultsTable id={shown} />}
        <NewExperiment />
      </Stack>
      <RoutingRulesSection />
    </Stack>
  );
}

function ExperimentList({ list, shown, onShow }: { list: ExperimentPublic[]; shown: string | null; onShow: (id: string | null) => void }) {
  const stop = useStopExperiment();
  return (
    <ScrollRegion label="Experiments">
      <Table.Root size="sm">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader>Name</Table.ColumnHeader>
            <Table.ColumnHeader>Task</Table.ColumnHeader>
            <Table.ColumnHeader>Tiers</Table.ColumnHeader>
            <Table.ColumnHeader>Variants</Table.ColumnHeader>
            <Table.ColumnHeader>Status</Table.ColumnHeader>
            <Table.ColumnHeader>Actions</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {list.map((e) => (
            <Table.Row key={e.id}>
              <Table.Cell>{e.name}</Table.Cell>
              <Table.Cell>{TASKS[e.task]}</Table.Cell>
              <Table.Cell>{e.tiers.join(", ")}</Table.Cell>
              <Table.Cell>{e.variants.map((v) => `${v.name} ${v.weight}% (${v.provider}/${v.model})`).join(" · ")}</Table.Cell>
              <Table.Cell>
                <Badge colorPalette={e.status === "running" ? "green" : "gray"}>{e.status}</Badge>
              </Table.Cell>
              <Table.Cell>
                <HStack>
                  <Button size="xs" variant="outline" aria-pressed={shown === e.id} onClick={() => onShow(shown === e.id ? null : e.id)}>
                    Results of {e.name}
                  </Button>
                  {(e.status === "running" || e.status === "scheduled") && (
                    <Button
                      size="xs"
                      colorPalette="red"
                      variant="outline"
                      loading={stop.isPending && stop.variables === e.id}
                      onClick={() =>
                        stop.mutate(e.id, {
                          onSuccess: () => toaster.create({ type: "success", title: `${e.name} stopped` }),
                          onError: (err) => toaster.create({ type: "error", title: describeError(err) }),
                        })
                      }
                    >
                      Stop {e.name}
                    </Button>
                  )}
                </HStack>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </ScrollRegion>
  );
}

function verdict(v: VariantResult["acceptance_vs_control"]): string {
  if (!v) return "control";
  if (v.verdict === "not_enough_data") return "not enough data";
  const sign = (v.difference ?? 0) > 0 ? "+" : "";
  return `${v.verdict === "significant" ? "significant" : "no clear difference"} (${sign}${(v.difference ?? 0).toFixed(2)}, p=${(v.p_value ?? 1).toFixed(3)})`;
}

function ResultsTable({ id }: { id: string }) {
  const results = useExperimentResults(id);
  return (
    <QueryState query={results} label="results">
      {(data) => (
        <ScrollRegion label="Experiment results">
          <Table.Root size="sm">
            <Table.Caption>
              Results by variant against the first (the control); a verdict needs {data.min_n} in each variant and p &lt; {data.alpha}.
            </Table.Caption>
            <Table.Header>
              <Table.Row>
                {["Variant", "Requests", "Accepted", "Repaired", "Fallbacks", "Latency mean / p95", "Cost", "Plan rating", "Thumbs up", "Acceptance vs control", "Rating vs control", "Thumbs vs control"].map(
                  (h) => (
                    <Table.ColumnHeader key={h}>{h}</Table.ColumnHeader>
                  ),
                )}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.variants.map((v) => (
                <Table.Row key={v.name}>
                  <Table.Cell>{v.name}</Table.Cell>
                  <Table.Cell>{v.requests}</Table.Cell>
                  <Table.Cell>{rate(v.acceptance_rate)}</Table.Cell>
                  <Table.Cell>{rate(v.repair_rate)}</Table.Cell>
                  <Table.Cell>{rate(v.fallback_rate)}</Table.Cell>
                  <Table.Cell>
                    {v.latency_mean_ms === null ? "–" : `${Math.round(v.latency_mean_ms)} ms`} / {v.latency_p95_ms === null ? "–" : `≤ ${v.latency_p95_ms} ms`}
                  </Table.Cell>
                  <Table.Cell>${v.cost_usd.toFixed(4)}</Table.Cell>
                  <Table.Cell>{v.rating_mean === null ? "–" : `${v.rating_mean} (${v.ratings})`}</Table.Cell>
                  <Table.Cell>{v.votes ? `${rate(v.thumbs_up_rate)} of ${v.votes}` : "–"}</Table.Cell>
                  <Table.Cell>{verdict(v.acceptance_vs_control)}</Table.Cell>
                  <Table.Cell>{verdict(v.rating_vs_control)}</Table.Cell>
                  <Table.Cell>{verdict(v.thumbs_up_vs_control)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table.Root>
        </ScrollRegion>
      )}
    </QueryState>
  );
}

const blankVariant = (name: string): VariantDraft => ({ name, provider: "engine", model: "vigor-engine", prompt_version: "current", weight: "50" });

function NewExperiment() {
  const providers = useAiProviders();
  const create = useCreateExperiment();
  const [name, setName] = useState("");
  const [task, setTask] = useState<Task>("chat");
  const [tiers, setTiers] = useState<Tier[]>(["free"]);
  const [starts, setStarts] = useState("");
  const [ends, setEnds] = useState("");
  const [variants, setVariants] = useState<VariantDraft[]>([blankVariant("control"), blankVariant("treatment")]);
  const total = variants.reduce((a, v) => a + Number(v.weight || 0), 0);
  const set = (i: number, patch: Partial<VariantDraft>) => setVariants(variants.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const ids = ["engine", ...(providers.data ?? []).map((p) => p.id)];
  return (
    <Box
      as="form"
      aria-label="New experiment"
      borderWidth="1px"
      rounded="md"
      p="3"
      onSubmit={(e) => {
        e.preventDefault();
        const body: ExperimentCreate = {
          name: name.trim(),
          description: "",
          task,
          tiers,
          starts_at: starts ? localToIso(starts) : new Date().toISOString(),
          ends_at: ends ? localToIso(ends) : "",
          variants: variants.map((v) => ({ name: v.name.trim(), provider: v.provider, model: v.model.trim(), prompt_version: v.prompt_version, weight: Number(v.weight) })),
        };
        create.mutate(body, { onSuccess: () => (toaster.create({ type: "success", title: `Experiment ${body.name} created` }), setName("")) });
      }}
    >
      <Heading size="sm" mb="2">
        New experiment
      </Heading>
      <SimpleGrid columns={{ base: 1, md: 4 }} gap="3">
        <Field.Root required>
          <Field.Label>Name</Field.Label>
          <Input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </Field.Root>
        <Field.Root>
          <Field.Label>Task</Field.Label>
          <NativeSelect.Root>
            <NativeSelect.Field value={task} onChange={(e) => setTask(e.target.value as Task)}>
              {Object.entries(TASKS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </NativeSelect.Field>
          </NativeSelect.Root>
        </Field.Root>
        <Field.Root>
          <Field.Label>Starts (empty: now)</Field.Label>
          <Input type="datetime-local" value={starts} onChange={(e) => setStarts(e.target.value)} />
        </Field.Root>
        <Field.Root required>
          <Field.Label>Ends</Field.Label>
          <Input type="datetime-local" value={ends} onChange={(e) => setEnds(e.target.value)} />
        </Field.Root>
      </SimpleGrid>
      <HStack mt="3" gap="4" role="group" aria-label="Eligible tiers">
        {TIERS.map((t) => (
          <Checkbox.Root key={t} checked={tiers.includes(t)} onCheckedChange={(c) => setTiers(c.checked ? [...tiers, t] : tiers.filter((x) => x !== t))}>
            <Checkbox.HiddenInput />
            <Checkbox.Control />
            <Checkbox.Label>{t}</Checkbox.Label>
          </Checkbox.Root>
        ))}
      </HStack>
      <Stack mt="3" gap="2">
        {variants.map((v, i) => (
          <SimpleGrid key={i} columns={{ base: 2, md: 6 }} gap="2" alignItems="end">
            <Field.Root>
              <Field.Label>Variant {i + 1} name</Field.Label>
              <Input value={v.name} maxLength={40} onChange={(e) => set(i, { name: e.target.value })} />
            </Field.Root>
            <Field.Root>
              <Field.Label>Variant {i + 1} provider</Field.Label>
              <NativeSelect.Root>
                <NativeSelect.Field value={v.provider} onChange={(e) => set(i, { provider: e.target.value, model: e.target.value === "engine" ? "vigor-engine" : (providers.data?.find((p) => p.id === e.target.value)?.model ?? "") })}>
                  {ids.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </NativeSelect.Field>
              </NativeSelect.Root>
            </Field.Root>
            <Field.Root>
              <Field.Label>Variant {i + 1} model</Field.Label>
              <Input value={v.model} maxLength={100} onChange={(e) => set(i, { model: e.target.value })} />
            </Field.Root>
            <Field.Root>
              <Field.Label>Variant {i + 1} prompt</Field.Label>
              <NativeSelect.Root>
                <NativeSelect.Field value={v.prompt_version} onChange={(e) => set(i, { prompt_version: e.target.value as VariantDraft["prompt_version"] })}>
                  <option value="current">current</option>
                  <option value="concise">concise</option>
                </NativeSelect.Field>
              </NativeSelect.Root>
            </Field.Root>
            <Field.Root>
              <Field.Label>Variant {i + 1} weight %</Field.Label>
              <Input type="number" min={1} max={100} value={v.weight} onChange={(e) => set(i, { weight: e.target.value })} />
            </Field.Root>
            <Button size="xs" variant="ghost" disabled={variants.length <= 2} onClick={() => setVariants(variants.filter((_, j) => j !== i))}>
              Remove variant {i + 1}
            </Button>
          </SimpleGrid>
        ))}
      </Stack>
      <HStack mt="3" flexWrap="wrap">
        <Button size="xs" variant="outline" disabled={variants.length >= 6} onClick={() => setVariants([...variants, { ...blankVariant(`variant-${variants.length + 1}`), weight: "0" }])}>
          Add a variant
        </Button>
        <Text fontSize="sm" color={total === 100 ? "fg.muted" : "fg.error"}>
          Split: {total}% of 100%
        </Text>
        <Button type="submit" size="sm" colorPalette="teal" loading={create.isPending} disabled={!name.trim() || !ends || total !== 100 || tiers.length === 0}>
          Start experiment
        </Button>
      </HStack>
      {create.isError && (
        <Text mt="2" color="fg.error" fontSize="sm" role="alert">
          {describeError(create.error)}
        </Text>
      )}
    </Box>
  );
}

import { Box, Button, Checkbox, Field, Heading, HStack, Input, NativeSelect, SimpleGrid, Stack, Table, Text } from "@chakra-ui/react";
import { useState } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";
import { describeError } from "@/lib/problem";
import { useAiProviders } from "../api/llm-config";
import { useDeleteRule, useRoutingRules, useSaveRule, type RoutingRule, type RoutingRuleCreate } from "../api/experiments";

const TASKS = { plan: "Plans", chat: "Coach chat", daily_message: "Daily message", analysis: "Workout analysis" } as const;
const TIERS = ["free", "premium", "unlimited"] as const;
const CONTEXTS = { interactive: "A person waits", background: "Background jobs" } as const;
const NEW: RoutingRuleCreate = { name: "", priority: 100, enabled: true, tasks: [], tiers: [], contexts: [], provider: "engine", model: "vigor-engine" };

function any(list: readonly string[] | undefined): string {
  return list && list.length ? list.join(", ") : "any";
}

/** Routing rules: matching requests ask the rule's provider and model first; the priority chain follows. */
export function RoutingRulesSection() {
  const rules = useRoutingRules();
  const remove = useDeleteRule();
  const [editing, setEditing] = useState<RoutingRule | null>(null);
  return (
    <Stack gap="3">
      <Heading size="md">Routing rules</Heading>
      <Text fontSize="sm" color="fg.muted">
        The first enabled rule (lowest priority number) that matches a request&apos;s task, tier and context picks the provider to ask first, for example a cheaper
        model for daily messages. A running experiment&apos;s variant comes before any rule.
      </Text>
      <QueryState query={rules} label="routing rules" isEmpty={(d) => d.length === 0} empty="No routing rules: every request follows the priority chain.">
        {(list) => (
          <ScrollRegion label="Routing rules">
            <Table.Root size="sm">
              <Table.Header>
                <Table.Row>
                  {["Priority", "Name", "Tasks", "Tiers", "Contexts", "Provider / model", "On", "Actions"].map((h) => (
                    <Table.ColumnHeader key={h}>{h}</Table.ColumnHeader>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {list.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell>{r.priority}</Table.Cell>
                    <Table.Cell>{r.name}</Table.Cell>
                    <Table.Cell>{any(r.tasks)}</Table.Cell>
                    <Table.Cell>{any(r.tiers)}</Table.Cell>
                    <Table.Cell>{any(r.contexts)}</Table.Cell>
                    <Table.Cell>
                      {r.provider} / {r.model}
                    </Table.Cell>
                    <Table.Cell>{r.enabled ? "yes" : "no"}</Table.Cell>
                    <Table.Cell>
                      <HStack>
                        <Button size="xs" variant="outline" onClick={() => setEditing(r)}>
                          Edit {r.name}
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          colorPalette="red"
                          loading={remove.isPending && remove.variables === r.id}
                          onClick={() => remove.mutate(r.id, { onError: (e) => toaster.create({ type: "error", title: describeError(e) }) })}
                        >
                          Delete {r.name}
                        </Button>
                      </HStack>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table.Root>
          </ScrollRegion>
        )}
      </QueryState>
      <RuleForm key={editing?.id ?? "new"} rule={editing} onDone={() => setEditing(null)} />
    </Stack>
  );
}

function Choices<T extends string>({ label, options, value, onChange }: { label: string; options: Record<T, string>; value: T[]; onChange: (v: T[]) => void }) {
  return (
    <HStack gap="3" flexWrap="wrap" role="group" aria-label={label}>
      <Text fontSize="sm">{label}:</Text>
      {(Object.keys(options) as T[]).map((k) => (
        <Checkbox.Root key={k} checked={value.includes(k)} onCheckedChange={(c) => onChange(c.checked ? [...value, k] : value.filter((x) => x !== k))}>
          <Checkbox.HiddenInput />
          <Checkbox.Control />
          <Checkbox.Label>{options[k]}</Checkbox.Label>
        </Checkbox.Root>
      ))}
    </HStack>
  );
}

function RuleForm({ rule, onDone }: { rule: RoutingRule | null; onDone: () => void }) {
  const providers = useAiProviders();
  const save = useSaveRule();
  const [d, setD] = useState<RoutingRuleCreate>(() => (rule ? { ...NEW, ...rule } : NEW));
  const ids = ["engine", ...(providers.data ?? []).map((p) => p.id)];
  const tiers = Object.fromEntries(TIERS.map((t) => [t, t])) as Record<(typeof TIERS)[number], string>;
  return (
    <Box
      as="form"
      aria-label={rule ? `Edit rule ${rule.name}` : "New routing rule"}
      borderWidth="1px"
      rounded="md"
      p="3"
      onSubmit={(e) => {
        e.preventDefault();
        const { id: _id, created_at: _at, ...body } = { id: "", created_at: "", ...d };
        save.mutate(
          { id: rule?.id, body: { ...body, name: body.name.trim(), model: body.model.trim() } },
          { onSuccess: () => (toaster.create({ type: "success", title: `Rule ${body.name} saved` }), setD(NEW), onDone()) },
        );
      }}
    >
      <Heading size="sm" mb="2">
        {rule ? `Edit rule ${rule.name}` : "New routing rule"}
      </Heading>
      <SimpleGrid columns={{ base: 1, md: 4 }} gap="3">
        <Field.Root required>
          <Field.Label>Rule name</Field.Label>
          <Input value={d.name} maxLength={100} onChange={(e) => setD({ ...d, name: e.target.value })} />
        </Field.Root>
        <Field.Root>
          <Field.Label>Priority (lower first)</Field.Label>
          <Input type="number" min={0} max={10000} value={d.priority ?? 100} onChange={(e) => setD({ ...d, priority: Number(e.target.value) })} />
        </Field.Root>
        <Field.Root>
          <Field.Label>Rule provider</Field.Label>
          <NativeSelect.Root>
            <NativeSelect.Field
              value={d.provider}
              onChange={(e) => setD({ ...d, provider: e.target.value, model: e.target.value === "engine" ? "vigor-engine" : (providers.data?.find((p) => p.id === e.target.value)?.model ?? "") })}
            >
              {ids.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </NativeSelect.Field>
          </NativeSelect.Root>
        </Field.Root>
        <Field.Root required>
          <Field.Label>Rule model</Field.Label>
          <Input value={d.model} maxLength={100} onChange={(e) => setD({ ...d, model: e.target.value })} />
        </Field.Root>
      </SimpleGrid>
      <Stack mt="3" gap="2">
        <Choices label="Tasks (none: any)" options={TASKS} value={d.tasks ?? []} onChange={(tasks) => setD({ ...d, tasks })} />
        <Choices label="Tiers (none: any)" options={tiers} value={d.tiers ?? []} onChange={(t) => setD({ ...d, tiers: t })} />
        <Choices label="Contexts (none: any)" options={CONTEXTS} value={d.contexts ?? []} onChange={(contexts) => setD({ ...d, contexts })} />
        <Checkbox.Root checked={d.enabled ?? true} onCheckedChange={(c) => setD({ ...d, enabled: !!c.checked })}>
          <Checkbox.HiddenInput />
          <Checkbox.Control />
          <Checkbox.Label>Enabled</Checkbox.Label>
        </Checkbox.Root>
      </Stack>
      <HStack mt="3">
        <Button type="submit" size="sm" colorPalette="teal" loading={save.isPending} disabled={!d.name.trim() || !d.model.trim()}>
          {rule ? "Save rule" : "Add rule"}
        </Button>
        {rule && (
          <Button size="sm" variant="outline" onClick={onDone}>
            Cancel
          </Button>
        )}
      </HStack>
      {save.isError && (
        <Text mt="2" color="fg.error" fontSize="sm" role="alert">
          {describeError(save.error)}
        </Text>
      )}
    </Box>
  );
}

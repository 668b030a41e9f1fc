import { Box, Button, Checkbox, CheckboxGroup, Fieldset, Field, HStack, Input, SimpleGrid, Text } from "@chakra-ui/react";
import { useState } from "react";
import { toaster } from "@/components/ui/toaster";
import { describeError } from "@/lib/problem";
import { useSaveProvider, type ProviderPublic } from "../api/llm-config";

const TASKS = { plan: "Plans", chat: "Chat", daily_message: "Daily message", analysis: "Workout analysis" } as const;
type Task = keyof typeof TASKS;

export interface ProviderDraft {
  model: string;
  timeout_s: string;
  max_output_tokens: string;
  tasks: Task[];
  api_key_ref: string;
  base_url: string;
}

export const draftOf = (p: ProviderPublic): ProviderDraft => ({
  model: p.model,
  timeout_s: String(p.timeout_s ?? 20),
  max_output_tokens: String(p.max_output_tokens ?? 2048),
  tasks: [...(p.tasks ?? [])],
  api_key_ref: p.api_key_ref ?? "",
  base_url: p.base_url ?? "",
});

/** What is wrong with a draft (field → message), empty when it can be saved. Mirrors the schema's bounds. */
export function validateDraft(d: ProviderDraft): Partial<Record<keyof ProviderDraft, string>> {
  const errors: Partial<Record<keyof ProviderDraft, string>> = {};
  if (!d.model.trim()) errors.model = "A model is required.";
  const t = Number(d.timeout_s);
  if (!(t > 0) || t > 300) errors.timeout_s = "More than 0 and at most 300 seconds.";
  const m = Number(d.max_output_tokens);
  if (!Number.isInteger(m) || m < 16 || m > 65536) errors.max_output_tokens = "A whole number from 16 to 65536.";
  if (d.api_key_ref.length > 127) errors.api_key_ref = "At most 127 characters.";
  else if (/^(sk-|AIza)|\s/.test(d.api_key_ref)) errors.api_key_ref = "This looks like a key. Enter the name of the secret that holds it.";
  return errors;
}

/** Edits an existing provider's model, timeout, token cap, tasks and key reference (never a key). */
export function ProviderEditor({ provider, onDone }: { provider: ProviderPublic; onDone: () => void }) {
  const save = useSaveProvider();
  const [d, setD] = useState(() => draftOf(provider));
  const errors = validateDraft(d);
  const invalid = Object.keys(errors).length > 0;
  const who = provider.id;
  return (
    <Box
      as="form"
      mt="3"
      pt="3"
      borderTopWidth="1px"
      aria-label={`Edit provider ${who}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (invalid) return;
        save.mutate(
          {
            provider,
            patch: {
              model: d.model.trim(),
              timeout_s: Number(d.timeout_s),
              max_output_tokens: Number(d.max_output_tokens),
              tasks: d.tasks,
              api_key_ref: d.api_key_ref.trim(),
              base_url: d.base_url.trim(),
            },
          },
          { onSuccess: () => (toaster.create({ type: "success", title: `Provider ${who} saved` }), onDone()) },
        );
      }}
    >
      <SimpleGrid columns={{ base: 1, md: 3 }} gap="3">
        <Field.Root required invalid={!!errors.model}>
          <Field.Label>Model</Field.Label>
          <Input value={d.model} maxLength={100} onChange={(e) => setD({ ...d, model: e.target.value })} />
          <Field.ErrorText>{errors.model}</Field.ErrorText>
        </Field.Root>
        <Field.Root invalid={!!errors.timeout_s}>
          <Field.Label>Timeout (seconds)</Field.Label>
          <Input type="number" min={1} max={300} step={1} value={d.timeout_s} onChange={(e) => setD({ ...d, timeout_s: e.target.value })} />
          <Field.ErrorText>{errors.timeout_s}</Field.ErrorText>
        </Field.Root>
        <Field.Root invalid={!!errors.max_output_tokens}>
          <Field.Label>Max output tokens</Field.Label>
          <Input type="number" min={16} max={65536} step={1} value={d.max_output_tokens} onChange={(e) => setD({ ...d, max_output_tokens: e.target.value })} />
          <Field.ErrorText>{errors.max_output_tokens}</Field.ErrorText>
        </Field.Root>
        <Field.Root invalid={!!errors.api_key_ref}>
          <Field.Label>API key secret name</Field.Label>
          <Input value={d.api_key_ref} maxLength={127} autoComplete="off" spellCheck={false} onChange={(e) => setD({ ...d, api_key_ref: e.target.value })} />
          {errors.api_key_ref ? <Field.ErrorText>{errors.api_key_ref}</Field.ErrorText> : <Field.HelperText>The Key Vault secret (or local env variable), never the key itself.</Field.HelperText>}
        </Field.Root>
        <Field.Root>
          <Field.Label>Base URL (optional)</Field.Label>
          <Input value={d.base_url} maxLength={300} onChange={(e) => setD({ ...d, base_url: e.target.value })} />
        </Field.Root>
      </SimpleGrid>
      <Fieldset.Root mt="3">
        <Fieldset.Legend fontSize="sm">Tasks (none means every task)</Fieldset.Legend>
        <CheckboxGroup value={d.tasks} onValueChange={(v) => setD({ ...d, tasks: v as Task[] })}>
          <HStack flexWrap="wrap" gap="4">
            {(Object.keys(TASKS) as Task[]).map((t) => (
              <Checkbox.Root key={t} value={t}>
                <Checkbox.HiddenInput />
                <Checkbox.Control />
                <Checkbox.Label>{TASKS[t]}</Checkbox.Label>
              </Checkbox.Root>
            ))}
          </HStack>
        </CheckboxGroup>
      </Fieldset.Root>
      <HStack mt="3">
        <Button type="submit" size="sm" colorPalette="teal" loading={save.isPending} disabled={invalid}>
          Save {who}
        </Button>
        <Button size="sm" variant="outline" onClick={onDone}>
          Cancel
        </Button>
      </HStack>
      {save.isError && (
        <Text role="alert" color="fg.error" fontSize="sm" mt="2">
          Could not save: {describeError(save.error)}
        </Text>
      )}
    </Box>
  );
}

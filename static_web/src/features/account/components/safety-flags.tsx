import { Alert, Badge, Button, HStack, NativeSelect, Field, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import {
  type ClearReason,
  type SafetyFlag,
  useClearSafetyFlag,
  useConfirmSafetyFlag,
  useSafetyFlags,
} from "../api/safety-flags";
import { Failure } from "./failure";

const REASONS: { value: ClearReason; label: string }[] = [
  { value: "not_about_me", label: "It was not about me (a friend, a quote, a question)" },
  { value: "no_longer_true", label: "It is no longer true" },
  { value: "misread", label: "Vigor misread what I wrote" },
];

function day(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(undefined, { dateStyle: "medium", timeZone: "UTC" });
}

/** One flag: what, since when, where, your words, what it changes; clearing asks why, and a hard stop shows what
 * clearing means and asks to confirm. A flag said in one chat and not yet confirmed (a pregnancy) offers "It's
 * true" so every answer, not only that chat's, takes it into account. */
function FlagItem({ flag }: { flag: SafetyFlag }) {
  const clear = useClearSafetyFlag();
  const confirmFlag = useConfirmSafetyFlag();
  const [reason, setReason] = useState<ClearReason>("not_about_me");
  const [confirming, setConfirming] = useState(false);
  const go = (confirm: boolean) => clear.mutate({ category: flag.category, reason, confirm });
  return (
    <Stack as="li" gap="2" borderWidth="1px" borderRadius="md" p="3" aria-label={flag.label}>
      <HStack flexWrap="wrap">
        <Text fontWeight="semibold">{flag.label}</Text>
        {flag.hard_stop && <Badge colorPalette="red">Hard stop</Badge>}
        {flag.confirmed === false && <Badge colorPalette="orange">Asked in a chat: is it true?</Badge>}
      </HStack>
      <Text fontSize="sm">
        Since {day(flag.since)}, {flag.source_label}; counts until {day(flag.until)} unless you say it again.
      </Text>
      {flag.words && (
        <Text fontSize="sm" fontStyle="italic">
          You wrote: “{flag.words}”
        </Text>
      )}
      <Text fontSize="sm">{flag.effect}</Text>
      {flag.confirmed === false && (
        <HStack gap="2" flexWrap="wrap">
          <Button size="sm" colorPalette="blue" loading={confirmFlag.isPending} onClick={() => confirmFlag.mutate(flag.category)}>
            It's true: keep it for every answer
          </Button>
          <Failure error={confirmFlag.error} />
        </HStack>
      )}
      <HStack gap="2" flexWrap="wrap" align="end">
        <Field.Root maxW="sm">
          <Field.Label>Why is it wrong?</Field.Label>
          <NativeSelect.Root size="sm">
            <NativeSelect.Field value={reason} onChange={(e) => setReason(e.target.value as ClearReason)}>
              {REASONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </NativeSelect.Field>
            <NativeSelect.Indicator />
          </NativeSelect.Root>
        </Field.Root>
        {!confirming && (
          <Button size="sm" variant="outline" loading={clear.isPending} onClick={() => (flag.hard_stop ? setConfirming(true) : go(false))}>
            Clear this flag
          </Button>
        )}
      </HStack>
      {confirming && (
        <Alert.Root status="warning" role="alertdialog" aria-label="What clearing means">
          <Alert.Indicator />
          <Stack gap="2">
            <Alert.Description>{flag.clearing_means}</Alert.Description>
            <HStack>
              <Button size="sm" colorPalette="red" loading={clear.isPending} onClick={() => go(true)}>
                Clear it anyway
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </HStack>
          </Stack>
        </Alert.Root>
      )}
      <Failure error={clear.error} />
    </Stack>
  );
}

/** The Account screen's "What the coach noticed" section (its own chunk): the safety flags inferred from your
 * messages and notes, which you can correct. */
export default function SafetyFlags() {
  const flags = useSafetyFlags();
  return (
    <Section title="What the coach noticed">
      <Text fontSize="sm" mb="3">
        For your safety, Vigor notes some things you write (a pregnancy, symptoms, being under 18) and keeps its advice
        careful for a while. If one is wrong, clear it.
      </Text>
      <QueryState
        query={flags}
        label="safety notes"
        isEmpty={(data) => data.items.length === 0}
        empty={<Text role="status">Nothing noted: the coach's advice assumes nothing from your messages.</Text>}
      >
        {(data) => (
          <Stack as="ul" gap="3" listStyleType="none">
            {data.items.map((flag) => (
              <FlagItem key={flag.category} flag={flag} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}

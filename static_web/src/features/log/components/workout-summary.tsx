import { Box, Button, Heading, HStack, List, SimpleGrid, Stat, Text } from "@chakra-ui/react";
import { useEffect, useRef } from "react";
import { round, toDisplayLoad, toDisplayWeight, weightLabel, type Units } from "@/lib/units";
import type { SavedSession } from "../api/sessions";

type SessionRecord = NonNullable<SavedSession["new_records"]>[number];

/** Sets done, and the volume lifted in kg (reps x load of done, non-warm-up sets; unloaded sets add nothing). */
export function sessionTotals(session: Pick<SavedSession, "exercises">): { sets: number; volumeKg: number } {
  const sets = session.exercises.flatMap((e) => e.sets).filter((s) => s.completed !== false);
  const volumeKg = sets.filter((s) => s.set_type !== "warmup").reduce((v, s) => v + s.reps * (s.weight_kg ?? 0), 0);
  return { sets: sets.length, volumeKg };
}

/** "Heaviest weight: 24 kg × 9" in the user's units (the API gives kg: value kg, [kg, reps], or reps at weight_kg). */
export function recordText(record: SessionRecord, units: Units): string {
  const w = (kg: number) => `${toDisplayLoad(kg, units)} ${weightLabel(units)}`;
  const value = record.value;
  if (record.kind === "heaviest_weight" && Array.isArray(value)) return `Heaviest weight: ${w(value[0] ?? 0)} × ${value[1] ?? 0}`;
  if (record.kind === "e1rm" && typeof value === "number") return `Estimated 1-rep max: ${w(value)}`;
  if (record.kind === "most_reps" && typeof value === "number") return `Most reps: ${value}${record.weight_kg ? ` at ${w(record.weight_kg)}` : ""}`;
  return "New record";
}

/**
 * The records a session beat (an earlier best, `previous`, to beat) and the exercises done for the first time
 * (every record it holds has nothing before it: a baseline, not a record; a new user's review: a first workout
 * claimed 9 records).
 */
export function splitRecords(records: SessionRecord[]): { beaten: SessionRecord[]; firsts: string[] } {
  const beaten = records.filter((r) => r.previous != null);
  const withBest = new Set(beaten.map((r) => r.exercise_id));
  const firsts = [...new Set(records.filter((r) => r.previous == null && !withBest.has(r.exercise_id)).map((r) => r.exercise_id))];
  // An exercise with a beaten best is not a first, even when it also has a first set at a new weight.
  return { beaten, firsts };
}

/**
 * What the user just did, shown once the workout is saved: sets, volume in their units, duration, the
 * all-time records it beat and the exercises done for the first time (from the API's answer to the log).
 * Focus moves to it so a screen reader hears it.
 */
export function WorkoutSummary({ session, units, onClose }: { session: SavedSession; units: Units; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { sets, volumeKg } = sessionTotals(session);
  const { beaten: records, firsts } = splitRecords(session.new_records ?? []);
  const names = new Map(session.exercises.map((e) => [e.exercise_id, e.name ?? e.exercise_id]));
  return (
    <Box as="section" aria-labelledby="workout-summary-title" borderWidth="1px" borderRadius="md" p="4" bg="bg.muted">
      <Heading as="h3" size="md" id="workout-summary-title" ref={heading} tabIndex={-1}>
        Workout saved
      </Heading>
      <SimpleGrid columns={{ base: 3 }} gap="3" mt="3">
        <Stat.Root>
          <Stat.Label>Sets</Stat.Label>
          <Stat.ValueText>{sets}</Stat.ValueText>
        </Stat.Root>
        <Stat.Root>
          <Stat.Label>Volume</Stat.Label>
          <Stat.ValueText>
            {round(toDisplayWeight(volumeKg, units), 0).toLocaleString()} {weightLabel(units)}
          </Stat.ValueText>
        </Stat.Root>
        <Stat.Root>
          <Stat.Label>Duration</Stat.Label>
          <Stat.ValueText>{session.duration_minutes} min</Stat.ValueText>
        </Stat.Root>
      </SimpleGrid>
      {records.length > 0 ? (
        <Box mt="3">
          <Text fontWeight="semibold">
            {records.length === 1 ? "New personal record" : `${records.length} new personal records`} 🎉
          </Text>
          <List.Root ps="4" fontSize="sm">
            {records.map((r) => (
              <List.Item key={`${r.exercise_id}-${r.kind}`}>
                {names.get(r.exercise_id)}: {recordText(r, units)}
              </List.Item>
            ))}
          </List.Root>
        </Box>
      ) : (
        firsts.length === 0 && (
          <Text mt="3" fontSize="sm" color="fg.muted">
            No new records this time.
          </Text>
        )
      )}
      {firsts.length > 0 && (
        <Text mt="3" fontSize="sm">
          First time: {firsts.map((id) => names.get(id)).join(", ")}. These sets are your baseline; beat them next time for a record.
        </Text>
      )}
      <HStack mt="3">
        <Button size="sm" variant="outline" onClick={onClose}>
          Close summary
        </Button>
      </HStack>
    </Box>
  );
}

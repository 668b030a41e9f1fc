import { Badge, Box, Button, Heading, HStack, Input, Stack, Text } from "@chakra-ui/react";
import { formatInZone } from "@/lib/dates";
import { toDisplayLoad, weightLabel, type Units } from "@/lib/units";
import { formatDuration, nextSetType, SET_TYPE_MARKS, SET_TYPE_NAMES, setIsFilled, setNumbers, type ExerciseRow, type LastTime, type SetRow } from "../lib/rows";
import { count } from "@/lib/words";
import ExerciseFeedback from "./exercise-feedback";

/**
 * Columns of a set row, the same for the header and every set so they line up at 375 px: the set number,
 * what the exercise is measured in, RPE and the done button. `minmax(0, 1fr)` lets the inputs shrink
 * instead of pushing the page sideways.
 */
const DONE_WIDTH = "4.5rem";

function columns(row: ExerciseRow, unit: string): { template: string; headers: string[] } {
  // The done button's column is as wide as "✓ Done" from the start: ticking a set must not squeeze the numbers
  // ("10" read as "1(" at 375 px, a new user's review).
  if (row.measure === "time") return { template: `1.75rem minmax(0, 2fr) minmax(0, 1fr) ${DONE_WIDTH}`, headers: ["Set", "Time (m:ss)", "RPE", ""] };
  return { template: `1.75rem repeat(3, minmax(0, 1fr)) ${DONE_WIDTH}`, headers: ["Set", row.measure === "distance" ? "Metres" : "Reps", unit, "RPE", ""] };
}

export interface ExerciseCardProps {
  row: ExerciseRow;
  units: Units;
  last: ReturnType<LastTime["get"]>;
  timeZone: string | undefined;
  canSwap: boolean;
  /** a barbell exercise (the catalogue's equipment): only these offer the plate calculator */
  barbell: boolean;
  /** its place in a superset ("A1"), shown beside its name */
  supersetPlace?: string | undefined;
  onSet: (si: number, patch: Partial<SetRow>) => void;
  onWeight: (si: number, weight: string) => void;
  onToggle: (si: number) => void;
  onAddSet: () => void;
  /** removes the ramp-up sets not done (the user warms up their own way) */
  onRemoveWarmups: () => void;
  onSwap: () => void;
  /** opens the plate calculator for the set the user is on */
  onPlates: (si: number) => void;
  /** the set whose weight the user last worked on (the plate calculator opens with it) */
  onFocusSet: (si: number) => void;
}

/** One exercise of the workout: its name, last time, column headers and a row per set. */
export function ExerciseCard({ row, units, last, timeZone, canSwap, barbell: onBar, supersetPlace, onSet, onWeight, onToggle, onAddSet, onRemoveWarmups, onSwap, onPlates, onFocusSet }: ExerciseCardProps) {
  const unit = weightLabel(units);
  const { template, headers } = columns(row, unit);
  const barbell = onBar && (row.measure ?? "reps") === "reps"; // a barbell hold or carry is not loaded set by set here
  const next = Math.max(0, row.sets.findIndex((s) => !s.completed && s.type !== "warmup"));
  const numbers = setNumbers(row.sets);
  const warmupsLeft = row.sets.filter((s) => s.type === "warmup" && !s.completed).length;
  return (
    <Box borderWidth="1px" borderRadius="md" p="3" minW="0">
      <HStack justify="space-between" gap="2" align="start">
        <Heading as="h3" size="sm" minW="0" overflowWrap="anywhere">
          {row.name}
          {supersetPlace && (
            <Badge ms="2" colorPalette="blue" aria-label={`superset ${supersetPlace}`}>
              {supersetPlace}
            </Badge>
          )}
        </Heading>
        <HStack gap="1" flexShrink={0}>
          {barbell && (
            <Button size="xs" variant="ghost" aria-label={`Plate calculator for ${row.name}`} onClick={() => onPlates(next)}>
              Plates
            </Button>
          )}
          {canSwap && (
            <Button size="xs" variant="ghost" aria-label={`Swap ${row.name} today`} onClick={onSwap}>
              Swap
            </Button>
          )}
        </HStack>
      </HStack>
      <ExerciseFeedback exerciseId={row.exercise_id} name={row.name} />
      <PreviousPerformance last={last} units={units} timeZone={timeZone} />
      {warmupsLeft ? (
        <HStack gap="2" mb="2" align="start" justify="space-between">
          <Text fontSize="xs" color="fg.muted" minW="0">
            W: ramp-up {warmupsLeft === 1 ? "set" : "sets"} climbing to your working weight. Tick what you do; they count toward no volume or record.
          </Text>
          <Button size="xs" variant="ghost" flexShrink={0} aria-label={`Remove the warm-up sets of ${row.name}`} onClick={onRemoveWarmups}>
            Remove W
          </Button>
        </HStack>
      ) : null}
      <Stack gap="2">
        <Box display="grid" gridTemplateColumns={template} gap="2" fontSize="xs" fontWeight="semibold" color="fg.muted" aria-hidden="true">
          {headers.map((h, i) => (
            <Text key={i} truncate>
              {h}
            </Text>
          ))}
        </Box>
        {row.sets.map((s, si) => {
          const label = s.type === "warmup" ? `${row.name} warm-up ${numbers[si]!.slice(1)}` : `${row.name} set ${numbers[si]}`;
          const weight = (
            <Input
              size="sm"
              type="number"
              inputMode="decimal"
              min={0}
              step={0.5}
              aria-label={`${label} weight (${unit})`}
              placeholder={unit}
              value={s.weight}
              onFocus={() => onFocusSet(si)}
              onChange={(e) => onWeight(si, e.target.value)}
            />
          );
          return (
            <Box key={si} display="grid" gridTemplateColumns={template} gap="2" alignItems="center" opacity={s.completed ? 1 : 0.85}>
              <Button
                size="xs"
                variant={s.type ? "subtle" : "ghost"}
                colorPalette={s.type === "warmup" ? "orange" : s.type ? "purple" : "gray"}
                px="0"
                minW="0"
                w="full"
                aria-label={`${label}: ${SET_TYPE_NAMES[s.type ?? "normal"]}. Change set type`}
                onClick={() => onSet(si, { type: nextSetType(s.type) })}
              >
                {SET_TYPE_MARKS[s.type ?? "normal"] || numbers[si]}
              </Button>
              {row.measure === "time" ? (
                <Input size="sm" inputMode="numeric" aria-label={`${label} time (m:ss)`} placeholder="m:ss" value={s.duration ?? ""} onChange={(e) => onSet(si, { duration: e.target.value })} />
              ) : row.measure === "distance" ? (
                <>
                  <Input size="sm" type="number" inputMode="decimal" min={0} aria-label={`${label} distance (m)`} placeholder="m" value={s.distance ?? ""} onChange={(e) => onSet(si, { distance: e.target.value })} />
                  {weight}
                </>
              ) : (
                <>
                  <Input size="sm" type="number" inputMode="numeric" min={0} aria-label={`${label} reps`} placeholder="reps" value={s.reps} onChange={(e) => onSet(si, { reps: e.target.value })} />
                  {weight}
                </>
              )}
              <Input size="sm" type="number" inputMode="decimal" min={1} max={10} step={0.5} aria-label={`${label} RPE`} placeholder="RPE" value={s.rpe} onChange={(e) => onSet(si, { rpe: e.target.value })} />
              <Button
                size="sm"
                px="2"
                w="full"
                variant={s.completed ? "solid" : "outline"}
                colorPalette="teal"
                aria-pressed={s.completed}
                aria-label={`${label} done`}
                disabled={!setIsFilled(s, row.measure)}
                onClick={() => onToggle(si)}
              >
                {s.completed ? "✓ Done" : "Done"}
              </Button>
            </Box>
          );
        })}
        <Button size="xs" variant="outline" alignSelf="start" maxW="full" flexShrink={1} whiteSpace="normal" h="auto" py="1" textAlign="start" onClick={onAddSet}>
          Add a set to {row.name}
        </Button>
      </Stack>
    </Box>
  );
}

function PreviousPerformance({ last, units, timeZone }: { last: ReturnType<LastTime["get"]>; units: Units; timeZone: string | undefined }) {
  const text = (s: NonNullable<typeof last>["sets"][number]) => {
    const load = s.weight_kg ? ` @ ${toDisplayLoad(s.weight_kg, units)} ${weightLabel(units)}` : "";
    if (s.duration_seconds) return `${formatDuration(s.duration_seconds)}${load}`;
    if (s.distance_m) return `${s.distance_m} m${load}`;
    return s.weight_kg ? `${s.reps}×${toDisplayLoad(s.weight_kg, units)} ${weightLabel(units)}` : count(s.reps, "rep");
  };
  return (
    <Text fontSize="xs" color="fg.muted" mb="2" overflowWrap="anywhere">
      {last ? `Last time (${formatInZone(last.date, timeZone, { dateStyle: "medium" })}): ${last.sets.map(text).join(", ")}` : "No previous performance logged."}
    </Text>
  );
}

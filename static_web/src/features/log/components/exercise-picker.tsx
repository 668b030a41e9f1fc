import { Badge, Box, Button, Field, HStack, Input, NativeSelect, SimpleGrid, Stack, Text } from "@chakra-ui/react";
import { useDeferredValue, useState } from "react";
import { matchCustom, useCustomExercises, type CustomExercise } from "@/api/custom-exercises";
import { cleanFilters, customExerciseId, humanize, useExercises, type Exercise } from "@/api/exercises";
import { EQUIPMENT, MUSCLES, PATTERNS } from "@/components/profile/vocab";
import { ErrorState, LoadingState } from "@/components/ui/states";

export interface PickedExercise {
  exercise_id: string;
  name: string;
  /** the load type (how the exercise is measured): the catalogue's or the custom exercise's; absent for a new one */
  load_type?: Exercise["load_type"];
}

const SHOWN = 12;

/**
 * Search the catalogue (text, muscle, equipment, pattern) and the user's own exercises (by name; marked
 * "custom") and add one; or add a new custom one by name.
 */
export function ExercisePicker({ onAdd }: { onAdd: (picked: PickedExercise) => void }) {
  const [q, setQ] = useState("");
  const [muscle, setMuscle] = useState("");
  const [equipment, setEquipment] = useState("");
  const [pattern, setPattern] = useState("");
  const deferredQ = useDeferredValue(q);
  const filters = cleanFilters({ q: deferredQ, muscle, equipment, pattern });
  const searching = Object.keys(filters).length > 0;
  const results = useExercises(filters, searching);
  const custom = useCustomExercises(deferredQ.trim() !== "");
  // A custom exercise has a name only: it matches the text, and no muscle, equipment or pattern filter.
  const mine = muscle || equipment || pattern ? [] : matchCustom(custom.data ?? [], deferredQ);
  const select = (label: string, value: string, set: (v: string) => void, options: Record<string, string>) => (
    <Field.Root>
      <Field.Label>{label}</Field.Label>
      <NativeSelect.Root size="sm">
        <NativeSelect.Field value={value} onChange={(e) => set(e.target.value)}>
          <option value="">Any</option>
          {Object.entries(options).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </NativeSelect.Field>
        <NativeSelect.Indicator />
      </NativeSelect.Root>
    </Field.Root>
  );
  return (
    <Box as="section" aria-labelledby="add-exercise-heading" borderWidth="1px" borderRadius="md" p="3">
      <Text id="add-exercise-heading" fontWeight="semibold" mb="2">
        Add an exercise
      </Text>
      <SimpleGrid columns={{ base: 1, md: 4 }} gap="2">
        <Field.Root>
          <Field.Label>Search the catalogue</Field.Label>
          <Input size="sm" type="search" value={q} maxLength={100} placeholder="e.g. squat" onChange={(e) => setQ(e.target.value)} />
        </Field.Root>
        {select("Muscle", muscle, setMuscle, MUSCLES)}
        {select("Equipment", equipment, setEquipment, EQUIPMENT)}
        {select("Movement pattern", pattern, setPattern, PATTERNS)}
      </SimpleGrid>
      <Box mt="3" aria-live="polite">
        {!searching ? (
          <Text fontSize="sm" color="fg.muted">
            Type a name or pick a filter to browse the catalogue.
          </Text>
        ) : results.isPending ? (
          <LoadingState label="Searching the catalogue…" />
        ) : results.isError ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} title="Could not search the catalogue" />
        ) : (
          <Results items={results.data.items} mine={mine} onAdd={onAdd} />
        )}
      </Box>
      <CustomExercise q={q} onAdd={onAdd} />
    </Box>
  );
}

function Results({ items, mine, onAdd }: { items: Exercise[]; mine: CustomExercise[]; onAdd: (p: PickedExercise) => void }) {
  if (items.length === 0 && mine.length === 0) return <Text fontSize="sm">No catalogue exercise matches. Try fewer filters, or add it as a custom exercise below.</Text>;
  return (
    <Stack gap="1">
      {mine.length > 0 && (
        <Stack as="ul" listStyleType="none" p="0" m="0" gap="1" aria-label="Your exercises">
          {mine.slice(0, SHOWN).map((ex) => (
            <HStack as="li" key={ex.id} justify="space-between" gap="2" borderBottomWidth="1px" py="1">
              <Box minW="0">
                <Text fontSize="sm" fontWeight="medium">
                  {ex.name} <Badge size="xs" colorPalette="purple">custom</Badge>
                </Text>
                <Text fontSize="xs" color="fg.muted">
                  Your exercise · {humanize(ex.load_type)}
                </Text>
              </Box>
              <Button size="xs" variant="outline" flexShrink={0} onClick={() => onAdd({ exercise_id: ex.id, name: ex.name, load_type: ex.load_type })} aria-label={`Add ${ex.name} (custom)`}>
                Add
              </Button>
            </HStack>
          ))}
        </Stack>
      )}
      <Text fontSize="sm" color="fg.muted">
        {items.length === 1 ? "1 catalogue exercise" : `${items.length} catalogue exercises`}
        {items.length > SHOWN ? `; showing the first ${SHOWN}, narrow the search for more` : ""}
      </Text>
      <Stack as="ul" listStyleType="none" p="0" m="0" gap="1" aria-label="Catalogue results">
        {items.slice(0, SHOWN).map((ex) => (
          <HStack as="li" key={ex.id} justify="space-between" gap="2" borderBottomWidth="1px" py="1">
            <Box minW="0">
              <Text fontSize="sm" fontWeight="medium">
                {ex.name}
              </Text>
              <Text fontSize="xs" color="fg.muted">
                {ex.primary_muscles.map(humanize).join(", ")} · {ex.equipment.map(humanize).join(", ")}{" "}
                <Badge size="xs">{humanize(ex.level)}</Badge>
              </Text>
            </Box>
            <Button size="xs" variant="outline" flexShrink={0} onClick={() => onAdd({ exercise_id: ex.id, name: ex.name, load_type: ex.load_type })} aria-label={`Add ${ex.name}`}>
              Add
            </Button>
          </HStack>
        ))}
      </Stack>
    </Stack>
  );
}

function CustomExercise({ q, onAdd }: { q: string; onAdd: (p: PickedExercise) => void }) {
  const [name, setName] = useState("");
  const value = name || "";
  return (
    <HStack align="end" mt="3" flexWrap="wrap">
      <Field.Root maxW="sm">
        <Field.Label>Custom exercise name</Field.Label>
        <Input size="sm" value={value} maxLength={80} placeholder={q ? q : "not in the catalogue"} onChange={(e) => setName(e.target.value)} />
      </Field.Root>
      <Button
        size="sm"
        variant="outline"
        disabled={!value.trim()}
        onClick={() => {
          onAdd({ exercise_id: customExerciseId(value.trim()), name: value.trim() });
          setName("");
        }}
      >
        Add custom exercise
      </Button>
    </HStack>
  );
}

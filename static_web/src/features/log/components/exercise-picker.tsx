import { Badge, Box, Button, Field, HStack, Input, NativeSelect, SimpleGrid, Stack, Text } from "@chakra-ui/react";
import { useDeferredValue, useState } from "react";
import { cleanFilters, customExerciseId, humanize, useExercises, type Exercise } from "@/api/exercises";
import { EQUIPMENT, MUSCLES, PATTERNS } from "@/components/profile/vocab";
import { ErrorState, LoadingState } from "@/components/ui/states";

export interface PickedExercise {
  exercise_id: string;
  name: string;
  /** the catalogue's load type (how the exercise is measured); absent for a custom exercise */
  load_type?: Exercise["load_type"];
}

const SHOWN = 12;

/** Search the catalogue (text, muscle, equipment, pattern) and add an exercise; or add a custom one by name. */
export function ExercisePicker({ onAdd }: { onAdd: (picked: PickedExercise) => void }) {
  const [q, setQ] = useState("");
  const [muscle, setMuscle] = useState("");
  const [equipment, setEquipment] = useState("");
  const [pattern, setPattern] = useState("");
  const deferredQ = useDeferredValue(q);
  const filters = cleanFilters({ q: deferredQ, muscle, equipment, pattern });
  const searching = Object.keys(filters).length > 0;
  const results = useExercises(filters, searching);
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
          <Results items={results.data.items} onAdd={onAdd} />
        )}
      </Box>
      <CustomExercise q={q} onAdd={onAdd} />
    </Box>
  );
}

function Results({ items, onAdd }: { items: Exercise[]; onAdd: (p: PickedExercise) => void }) {
  if (items.length === 0) return <Text fontSize="sm">No catalogue exercise matches. Try fewer filters, or add it as a custom exercise below.</Text>;
  return (
    <Stack gap="1">
      <Text fontSize="sm" color="fg.muted">
        {items.length === 1 ? "1 exercise" : `${items.length} exercises`}
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

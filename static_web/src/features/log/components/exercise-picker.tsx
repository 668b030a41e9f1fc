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

/**
 * A new exercise by name. While a name is typed, the catalogue exercises it probably means (GET /api/exercises?like=,
 * fuzzy on the server) and the user's own exercise by that name come first, so "Landmine press" is not logged as a
 * second, custom landmine press that splits its history. Whatever is added as custom, the server lists under
 * Account → Your exercises once a session has it.
 */
function CustomExercise({ q, onAdd }: { q: string; onAdd: (p: PickedExercise) => void }) {
  const [name, setName] = useState("");
  const value = name || "";
  const typed = useDeferredValue(value.trim());
  const asking = typed.length >= 3;
  const like = useExercises(asking ? { like: typed } : {}, asking);
  const custom = useCustomExercises(asking);
  const id = customExerciseId(typed);
  const mine = asking ? (custom.data ?? []).filter((c) => c.id === id || c.name.toLowerCase() === typed.toLowerCase()) : [];
  const catalogue = asking && !like.isPlaceholderData ? (like.data?.items ?? []) : [];
  const add = (picked: PickedExercise) => {
    onAdd(picked);
    setName("");
  };
  return (
    <Stack mt="3" gap="2">
      <HStack align="end" flexWrap="wrap">
        <Field.Root maxW="sm">
          <Field.Label>Custom exercise name</Field.Label>
          <Input size="sm" value={value} maxLength={80} placeholder={q ? q : "not in the catalogue"} onChange={(e) => setName(e.target.value)} />
        </Field.Root>
        <Button size="sm" variant="outline" disabled={!value.trim()} onClick={() => add({ exercise_id: customExerciseId(value.trim()), name: value.trim() })}>
          Add custom exercise
        </Button>
      </HStack>
      {(catalogue.length > 0 || mine.length > 0) && (
        <Box role="group" aria-label="Did you mean" borderWidth="1px" borderRadius="md" p="2" bg="bg.subtle">
          <Text fontSize="sm" fontWeight="medium">
            Did you mean one you already have? Using it keeps its history and records together.
          </Text>
          <Stack as="ul" listStyleType="none" p="0" m="0" mt="1" gap="1">
            {[...mine.map((c) => ({ exercise_id: c.id, name: c.name, load_type: c.load_type, note: "your exercise" })),
              ...catalogue.map((e) => ({ exercise_id: e.id, name: e.name, load_type: e.load_type, note: "catalogue" }))].map((s) => (
              <HStack as="li" key={s.exercise_id} justify="space-between" gap="2">
                <Text fontSize="sm" minW="0">
                  {s.name}{" "}
                  <Text as="span" color="fg.muted" fontSize="xs">
                    ({s.note})
                  </Text>
                </Text>
                <Button size="xs" colorPalette="blue" flexShrink={0} aria-label={`Use ${s.name}`} onClick={() => add({ exercise_id: s.exercise_id, name: s.name, load_type: s.load_type })}>
                  Use this
                </Button>
              </HStack>
            ))}
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

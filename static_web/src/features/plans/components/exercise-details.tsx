import { Badge, Box, Button, CloseButton, Dialog, Heading, HStack, List, Portal, Stack, Text, Wrap } from "@chakra-ui/react";
import { useState } from "react";
import { humanize, useExercise, useExerciseNames, type Exercise } from "@/api/exercises";
import { INJURY_AREAS, SEVERITIES } from "@/components/profile/vocab";
import { QueryState } from "@/components/ui/states";

/** Details of one catalogue exercise in a dialog; substitutions open in place (with a way back). */
export function ExerciseDetailsDialog({ exerciseId, name, onClose }: { exerciseId: string | null; name?: string; onClose: () => void }) {
  const [trail, setTrail] = useState<string[]>([]);
  const current = trail.at(-1) ?? exerciseId;
  const close = () => (setTrail([]), onClose());
  return (
    <Dialog.Root open={exerciseId !== null} onOpenChange={(e) => !e.open && close()} size={{ base: "full", md: "lg" }} scrollBehavior="inside">
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            {current && <ExerciseDetailsBody key={current} id={current} fallbackName={trail.length ? undefined : name} onOpen={(id) => setTrail((t) => [...t, id])} />}
            <Dialog.Footer>
              {trail.length > 0 && (
                <Button variant="outline" onClick={() => setTrail((t) => t.slice(0, -1))}>
                  Back
                </Button>
              )}
              <Dialog.ActionTrigger asChild>
                <Button>Close</Button>
              </Dialog.ActionTrigger>
            </Dialog.Footer>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close exercise details" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}

function ExerciseDetailsBody({ id, fallbackName, onOpen }: { id: string; fallbackName: string | undefined; onOpen: (id: string) => void }) {
  const exercise = useExercise(id);
  const custom = id.startsWith("custom:");
  return (
    <>
      <Dialog.Header>
        <Dialog.Title>{exercise.data?.name ?? fallbackName ?? "Exercise"}</Dialog.Title>
      </Dialog.Header>
      <Dialog.Body>
        {custom ? (
          <Text>This is a custom exercise: it is not in the catalogue, so there are no instructions or substitutions for it.</Text>
        ) : (
          <QueryState query={exercise} label="the exercise details">
            {(ex) => <ExerciseDetails exercise={ex} onOpen={onOpen} />}
          </QueryState>
        )}
      </Dialog.Body>
    </>
  );
}

export function ExerciseDetails({ exercise: ex, onOpen }: { exercise: Exercise; onOpen: (id: string) => void }) {
  const names = useExerciseNames((ex.substitutions ?? []).length > 0);
  const subs = ex.substitutions ?? [];
  const contra = ex.contraindications ?? [];
  return (
    <Stack gap="4">
      <Wrap gap="2" aria-label="Exercise facts">
        <Badge colorPalette="teal">{humanize(ex.pattern)}</Badge>
        <Badge>{humanize(ex.level)}</Badge>
        {ex.isolation && <Badge>Isolation</Badge>}
        {ex.unilateral && <Badge>One side at a time</Badge>}
      </Wrap>
      <Box>
        <Heading as="h3" size="sm">
          Instructions
        </Heading>
        <Text mt="1">{ex.instructions}</Text>
      </Box>
      <Box>
        <Heading as="h3" size="sm">
          Muscles
        </Heading>
        <Text mt="1">
          {ex.primary_muscles.map(humanize).join(", ")}
          {ex.secondary_muscles?.length ? ` (also ${ex.secondary_muscles.map(humanize).join(", ")})` : ""}
        </Text>
      </Box>
      <Box>
        <Heading as="h3" size="sm">
          Equipment
        </Heading>
        <Text mt="1">{ex.equipment.map(humanize).join(", ")}</Text>
      </Box>
      {contra.length > 0 && (
        <Box borderLeftWidth="4px" borderColor="orange.500" pl="3">
          <Heading as="h3" size="sm">
            Avoid with
          </Heading>
          <List.Root ps="4" mt="1">
            {contra.map((c) => (
              <List.Item key={c.area}>
                {INJURY_AREAS[c.area]} injury ({SEVERITIES[c.min_severity].toLowerCase()} or worse)
              </List.Item>
            ))}
          </List.Root>
        </Box>
      )}
      <Box>
        <Heading as="h3" size="sm">
          Substitutions
        </Heading>
        {subs.length === 0 ? (
          <Text mt="1" color="fg.muted">
            No substitutions listed.
          </Text>
        ) : (
          <HStack as="ul" listStyleType="none" p="0" m="0" mt="2" gap="2" flexWrap="wrap">
            {subs.map((id) => (
              <li key={id}>
                <Button size="xs" variant="outline" onClick={() => onOpen(id)} aria-label={`Details of ${names?.get(id) ?? id}`}>
                  {names?.get(id) ?? humanize(id.replace(/-/g, "_"))}
                </Button>
              </li>
            ))}
          </HStack>
        )}
      </Box>
    </Stack>
  );
}

/**
 * "Your exercises" on the Account screen (lazy-loaded: custom-exercises-section.tsx): the exercises the user made
 * (by hand in the Log, or by an import), each renamed in place, merged into a catalogue exercise (its logged
 * sets move there, records following; then it is gone), or deleted when no session has it.
 */
import { Badge, Box, Button, Field, HStack, Input, Stack, Text } from "@chakra-ui/react";
import { useDeferredValue, useState } from "react";
import { useCustomExercises, useDeleteCustomExercise, useRenameCustomExercise, type CustomExercise } from "@/api/custom-exercises";
import { humanize, useExercises } from "@/api/exercises";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Section } from "@/components/ui/page";
import { QueryState } from "@/components/ui/states";
import { toaster } from "@/components/ui/toaster";

export default function CustomExercises() {
  const list = useCustomExercises();
  return (
    <Section title="Your exercises">
      <QueryState query={list} label="your exercises" isEmpty={(d) => d.length === 0} empty={<Text color="fg.muted">None yet. Exercises you add by name in the Log, or that an import could not match, appear here.</Text>}>
        {(items) => (
          <Stack as="ul" listStyleType="none" p="0" m="0" gap="2" aria-label="Your exercises">
            {items.map((ex) => (
              <Row key={ex.id} exercise={ex} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}

function Row({ exercise }: { exercise: CustomExercise }) {
  const [mode, setMode] = useState<"view" | "rename" | "merge">("view");
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteCustomExercise();
  return (
    <Box as="li" borderWidth="1px" borderRadius="md" p="3">
      <HStack justify="space-between" flexWrap="wrap" gap="2">
        <Box minW="0">
          <Text fontWeight="medium" overflowWrap="anywhere">
            {exercise.name} <Badge size="xs" colorPalette="purple">custom</Badge>
          </Text>
          <Text fontSize="xs" color="fg.muted">
            {humanize(exercise.load_type)}
          </Text>
        </Box>
        {mode === "view" && (
          <HStack flexWrap="wrap">
            <Button size="xs" variant="outline" onClick={() => setMode("rename")} aria-label={`Rename ${exercise.name}`}>
              Rename
            </Button>
            <Button size="xs" variant="outline" onClick={() => setMode("merge")} aria-label={`Merge ${exercise.name} into a catalogue exercise`}>
              Merge
            </Button>
            <Button size="xs" variant="outline" colorPalette="red" onClick={() => setDeleting(true)} aria-label={`Delete ${exercise.name}`}>
              Delete
            </Button>
          </HStack>
        )}
      </HStack>
      {mode === "rename" && <Rename exercise={exercise} onDone={() => setMode("view")} />}
      {mode === "merge" && <Merge exercise={exercise} onDone={() => setMode("view")} />}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${exercise.name}?`}
        confirmLabel="Delete exercise"
        loading={remove.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() => remove.mutateAsync({ id: exercise.id }).then(() => setDeleting(false), () => setDeleting(false))}
      >
        Only an exercise no workout has can be deleted; to keep its sets, merge it into a catalogue exercise instead.
      </ConfirmDialog>
    </Box>
  );
}

function Rename({ exercise, onDone }: { exercise: CustomExercise; onDone: () => void }) {
  const rename = useRenameCustomExercise();
  const [name, setName] = useState(exercise.name);
  const trimmed = name.trim();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        rename.mutate({ id: exercise.id, name: trimmed }, { onSuccess: (saved) => (toaster.create({ type: "success", title: `Renamed to ${saved.name}` }), onDone()) });
      }}
    >
      <HStack align="end" mt="2" flexWrap="wrap">
        <Field.Root maxW="sm">
          <Field.Label>New name for {exercise.name}</Field.Label>
          <Input size="sm" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} required />
        </Field.Root>
        <Button type="submit" size="sm" colorPalette="teal" disabled={!trimmed || trimmed === exercise.name} loading={rename.isPending}>
          Save name
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </HStack>
    </form>
  );
}

function Merge({ exercise, onDone }: { exercise: CustomExercise; onDone: () => void }) {
  const [q, setQ] = useState(exercise.name);
  const deferred = useDeferredValue(q.trim());
  const found = useExercises({ q: deferred }, deferred.length > 0);
  const merge = useDeleteCustomExercise();
  const [into, setInto] = useState<{ id: string; name: string } | null>(null);
  return (
    <Stack mt="2" gap="2">
      <HStack align="end" flexWrap="wrap">
        <Field.Root maxW="sm">
          <Field.Label>Catalogue exercise to merge {exercise.name} into</Field.Label>
          <Input size="sm" type="search" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} />
        </Field.Root>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </HStack>
      <Stack as="ul" listStyleType="none" p="0" m="0" gap="1" aria-label="Catalogue matches">
        {(found.data?.items ?? []).slice(0, 8).map((c) => (
          <HStack as="li" key={c.id} justify="space-between" borderBottomWidth="1px" py="1">
            <Text fontSize="sm">{c.name}</Text>
            <Button size="xs" variant="outline" onClick={() => setInto({ id: c.id, name: c.name })} aria-label={`Merge into ${c.name}`}>
              Merge here
            </Button>
          </HStack>
        ))}
      </Stack>
      {deferred && found.data?.items.length === 0 && <Text fontSize="sm">No catalogue exercise matches; try another word.</Text>}
      <ConfirmDialog
        open={into !== null}
        title={`Merge ${exercise.name} into ${into?.name ?? ""}?`}
        confirmLabel="Merge"
        loading={merge.isPending}
        onClose={() => setInto(null)}
        onConfirm={() =>
          into &&
          merge.mutateAsync({ id: exercise.id, mergeInto: into.id }).then(
            () => (toaster.create({ type: "success", title: `Merged into ${into.name}` }), onDone()),
            () => setInto(null),
          )
        }
      >
        Every set logged as {exercise.name} moves to {into?.name}, and its records follow; then {exercise.name} is deleted.
      </ConfirmDialog>
    </Stack>
  );
}

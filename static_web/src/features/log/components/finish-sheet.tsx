import { Button, CloseButton, Dialog, Field, HStack, Input, Portal, SegmentGroup, Stack, Text, Textarea } from "@chakra-ui/react";
import { useState } from "react";

export interface FinishAnswers {
  minutes: number;
  sessionRpe: number | null;
  energy: number | null;
  notes: string;
}

const RPE = ["5", "6", "7", "8", "9", "10"];
const ENERGY = [
  { value: "1", label: "1" },
  { value: "2", label: "2" },
  { value: "3", label: "3" },
  { value: "4", label: "4" },
  { value: "5", label: "5" },
];

/**
 * The end of a workout: how hard it was (session RPE), how the user felt (energy 1-5), notes and the
 * duration, sent with the session so the coach's recovery rules have them. Editing a session opens
 * it with the session's own answers, so saving keeps them.
 */
export function FinishSheet({
  open,
  initial,
  summary,
  saving,
  onSave,
  onClose,
}: {
  open: boolean;
  initial: FinishAnswers;
  summary: string;
  saving: boolean;
  onSave: (answers: FinishAnswers) => void;
  onClose: () => void;
}) {
  const [minutes, setMinutes] = useState(String(initial.minutes));
  const [rpe, setRpe] = useState(initial.sessionRpe == null ? "" : String(initial.sessionRpe));
  const [energy, setEnergy] = useState(initial.energy == null ? "" : String(initial.energy));
  const [notes, setNotes] = useState(initial.notes);
  return (
    <Dialog.Root open={open} onOpenChange={(e) => !e.open && onClose()} size={{ base: "full", md: "md" }} scrollBehavior="inside">
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content
            as="form"
            onSubmit={(e: React.FormEvent) => {
              e.preventDefault();
              onSave({ minutes: Number(minutes) || initial.minutes, sessionRpe: rpe === "" ? null : Number(rpe), energy: energy === "" ? null : Number(energy), notes });
            }}
          >
            <Dialog.Header>
              <Dialog.Title>Finish workout</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body>
              <Stack gap="4">
                <Text color="fg.muted">{summary}</Text>
                <Field.Root>
                  <Field.Label id="finish-rpe-label">How hard was the whole session? (RPE, optional)</Field.Label>
                  <SegmentGroup.Root size="sm" value={rpe} onValueChange={(e) => setRpe(e.value ?? "")} aria-labelledby="finish-rpe-label">
                    <SegmentGroup.Indicator />
                    <SegmentGroup.Items items={RPE} />
                  </SegmentGroup.Root>
                  <Field.HelperText>10 = nothing left, 7 = a few reps in reserve.</Field.HelperText>
                </Field.Root>
                <Field.Root>
                  <Field.Label id="finish-energy-label">Energy today (optional)</Field.Label>
                  <SegmentGroup.Root size="sm" value={energy} onValueChange={(e) => setEnergy(e.value ?? "")} aria-labelledby="finish-energy-label">
                    <SegmentGroup.Indicator />
                    <SegmentGroup.Items items={ENERGY} />
                  </SegmentGroup.Root>
                  <Field.HelperText>1 = drained, 5 = great.</Field.HelperText>
                </Field.Root>
                <Field.Root maxW="40">
                  <Field.Label>Duration (minutes)</Field.Label>
                  <Input type="number" inputMode="numeric" min={1} max={600} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
                </Field.Root>
                <Field.Root>
                  <Field.Label>Notes (optional)</Field.Label>
                  <Textarea maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />
                </Field.Root>
              </Stack>
            </Dialog.Body>
            <Dialog.Footer>
              <HStack>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline">Back to workout</Button>
                </Dialog.ActionTrigger>
                <Button type="submit" colorPalette="teal" loading={saving}>
                  Save workout
                </Button>
              </HStack>
            </Dialog.Footer>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}

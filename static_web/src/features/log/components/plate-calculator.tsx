import { Box, Button, CloseButton, Dialog, Field, HStack, Input, Portal, SimpleGrid, Stack, Text } from "@chakra-ui/react";
import { useState } from "react";
import { useAuth } from "@/lib/auth";
import { weightLabel, type Units } from "@/lib/units";
import { loadInventory, platesPerSide, saveInventory, type PlateInventory } from "../lib/plates";

/**
 * "Plates for 102.5 kg": what goes on each side of the bar, from the user's own bar and plates
 * (editable here, kept on this device per user and unit). Opens with the weight of the set the user is
 * on (`set`, 1-based: the one whose weight they last touched, else the next one not done).
 */
export function PlateCalculator({ exercise, set, weight, units, onClose }: { exercise: string; set: number; weight: string; units: Units; onClose: () => void }) {
  const userId = useAuth().user?.id ?? "anonymous";
  const unit = weightLabel(units);
  const [total, setTotal] = useState(weight);
  const [inventory, setInventory] = useState<PlateInventory>(() => loadInventory(userId, units));
  const update = (next: PlateInventory) => (setInventory(next), saveInventory(userId, units, next));
  const value = Number(total);
  const result = total !== "" && value > 0 ? platesPerSide(value, inventory) : null;
  return (
    <Dialog.Root open onOpenChange={(e) => !e.open && onClose()} size={{ base: "full", md: "md" }} scrollBehavior="inside">
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <Dialog.Header>
              <Dialog.Title>Plates for {exercise}</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body>
              <Stack gap="4">
                <Field.Root maxW="40">
                  <Field.Label>Set {set}: total on the bar ({unit})</Field.Label>
                  <Input type="number" inputMode="decimal" min={0} step={0.5} value={total} onChange={(e) => setTotal(e.target.value)} />
                </Field.Root>
                <Box role="status" borderWidth="1px" borderRadius="md" p="3" bg="bg.muted">
                  {result ? (
                    <>
                      <Text fontWeight="semibold">
                        Each side: {result.perSide.length ? result.perSide.map((p) => `${p}`).join(" + ") + ` ${unit}` : "no plates"}
                      </Text>
                      <Text fontSize="sm">
                        On a {inventory.bar} {unit} bar: {result.loaded} {unit}
                        {result.short > 0 && `, ${result.short} ${unit} short of ${value} with your plates`}
                      </Text>
                    </>
                  ) : (
                    <Text>Enter the total weight.</Text>
                  )}
                </Box>
                <Stack as="fieldset" gap="2">
                  <Text as="legend" fontWeight="semibold" mb="1">
                    Your bar and plates
                  </Text>
                  <Field.Root maxW="40">
                    <Field.Label>Bar ({unit})</Field.Label>
                    <Input type="number" inputMode="decimal" min={0} step={0.5} value={inventory.bar} onChange={(e) => update({ ...inventory, bar: Number(e.target.value) || 0 })} />
                  </Field.Root>
                  <SimpleGrid columns={{ base: 2, md: 3 }} gap="2">
                    {inventory.plates.map((p, i) => (
                      <Field.Root key={p.size}>
                        <Field.Label fontSize="sm">
                          Pairs of {p.size} {unit}
                        </Field.Label>
                        <Input
                          size="sm"
                          type="number"
                          inputMode="numeric"
                          min={0}
                          value={p.pairs}
                          onChange={(e) => update({ ...inventory, plates: inventory.plates.map((q, j) => (j === i ? { ...q, pairs: Math.max(0, Number(e.target.value) || 0) } : q)) })}
                        />
                      </Field.Root>
                    ))}
                  </SimpleGrid>
                </Stack>
              </Stack>
            </Dialog.Body>
            <Dialog.Footer>
              <HStack>
                <Dialog.ActionTrigger asChild>
                  <Button variant="outline">Done</Button>
                </Dialog.ActionTrigger>
              </HStack>
            </Dialog.Footer>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close the plate calculator" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}

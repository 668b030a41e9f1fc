import { Badge, Box, Button, CloseButton, Dialog, HStack, Portal, Stack, Text, Wrap } from "@chakra-ui/react";
import { humanize } from "@/api/exercises";
import { QueryState } from "@/components/ui/states";
import { useSwapOptions, type SwapTarget } from "../api/swap-options";

/**
 * Swap an exercise for today only (the machine is taken, the shoulder complains): the plan's own
 * replacements for it, which fit the user's equipment and injuries. The plan itself is not changed.
 */
export function SwapInWorkout({ target, onPick, onClose }: { target: SwapTarget | null; onPick: (id: string, name: string) => void; onClose: () => void }) {
  const options = useSwapOptions(target);
  return (
    <Dialog.Root open={target !== null} onOpenChange={(e) => !e.open && onClose()} size={{ base: "full", md: "lg" }} scrollBehavior="inside">
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <Dialog.Header>
              <Dialog.Title>{target ? `Swap ${target.name} today` : "Swap"}</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body>
              <Stack gap="3">
                <Text color="fg.muted" fontSize="sm">
                  For this workout only; your plan keeps {target?.name}. Sets not yet done move to the new exercise, without their weights.
                </Text>
                <QueryState query={options} label="the replacements" isEmpty={(d) => d.items.length === 0} empty={<Text>Nothing that fits your equipment and injuries can replace this exercise.</Text>}>
                  {(data) => (
                    <Stack as="ul" listStyleType="none" p="0" m="0" gap="2" aria-label={`Replacements for ${data.name}`}>
                      {data.items.map((option) => (
                        <Box as="li" key={option.id} borderWidth="1px" borderRadius="md" p="3">
                          <HStack justify="space-between" align="start" gap="3">
                            <Box>
                              <Text fontWeight="semibold">{option.name}</Text>
                              <Wrap gap="1" mt="1">
                                {option.equipment.map((item) => (
                                  <Badge key={item}>{humanize(item)}</Badge>
                                ))}
                              </Wrap>
                              <Text fontSize="sm" color="fg.muted" mt="1">
                                {option.why}
                              </Text>
                            </Box>
                            <Button size="sm" colorPalette="teal" flexShrink={0} aria-label={`Do ${option.name} instead`} onClick={() => onPick(option.id, option.name)}>
                              Do this
                            </Button>
                          </HStack>
                        </Box>
                      ))}
                    </Stack>
                  )}
                </QueryState>
              </Stack>
            </Dialog.Body>
            <Dialog.Footer>
              <Dialog.ActionTrigger asChild>
                <Button variant="outline">Cancel</Button>
              </Dialog.ActionTrigger>
            </Dialog.Footer>
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close swap options" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}

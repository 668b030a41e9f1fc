import { Button, CloseButton, Dialog, Portal, Stack, Text } from "@chakra-ui/react";
import { ReplacementList } from "@/components/ui/replacement-list";
import { QueryState } from "@/components/ui/states";
import { useSwapOptions, type SwapTarget } from "../api/swap-options";

/**
 * Swap an exercise for today only (the machine is taken, the shoulder complains): the plan's own
 * replacements for it, which fit the user's equipment and injuries. The plan itself is not changed.
 */
export function SwapInWorkout({ target, onPick, onClose }: { target: SwapTarget | null; onPick: (id: string, name: string, loadType: string) => void; onClose: () => void }) {
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
                    <ReplacementList of={data.name} items={data.items} action="Do this" label={(name) => `Do ${name} instead`} onPick={onPick} />
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

import { Text } from "@chakra-ui/react";
import { ReplacementList } from "@/components/ui/replacement-list";
import { QueryState } from "@/components/ui/states";
import { SwapSheet } from "@/components/ui/swap-sheet";
import { useSwapOptions, type SwapTarget } from "../api/swap-options";

/**
 * Swap an exercise for today only (the machine is taken, the shoulder complains): the plan's own
 * replacements for it, which fit the user's equipment and injuries. The plan itself is not changed.
 */
export function SwapInWorkout({ target, onPick, onClose }: { target: SwapTarget | null; onPick: (id: string, name: string, loadType: string) => void; onClose: () => void }) {
  const options = useSwapOptions(target);
  return (
    <SwapSheet open={target !== null} title={target ? `Swap ${target.name} today` : "Swap"} onClose={onClose}>
      <Text color="fg.muted" fontSize="sm">
        For this workout only; your plan keeps {target?.name}. Sets not yet done move to the new exercise, without their weights.
      </Text>
      <QueryState query={options} label="the replacements" isEmpty={(d) => d.items.length === 0} empty={<Text>Nothing that fits your equipment and injuries can replace this exercise.</Text>}>
        {(data) => <ReplacementList of={data.name} items={data.items} action="Do this" label={(name) => `Do ${name} instead`} onPick={onPick} />}
      </QueryState>
    </SwapSheet>
  );
}

import { Text } from "@chakra-ui/react";
import { useState } from "react";
import { ReplacementList } from "@/components/ui/replacement-list";
import { toaster } from "@/components/ui/toaster";
import { ErrorState, QueryState } from "@/components/ui/states";
import { SwapSheet } from "@/components/ui/swap-sheet";
import { useSwapExercise, useSwapOptions, type SwapTarget } from "../api/plans";

/**
 * "Swap <exercise>": the replacements that fit the user's equipment and injuries (GET swap-options),
 * best first; picking one swaps it into the plan (POST swap) and the plan refreshes.
 */
export function SwapDialog({ target, onClose }: { target: SwapTarget | null; onClose: () => void }) {
  const options = useSwapOptions(target);
  const swap = useSwapExercise();
  const [picked, setPicked] = useState<string | null>(null);
  const close = () => (swap.reset(), setPicked(null), onClose());
  const choose = (id: string, name: string) => {
    if (!target) return;
    setPicked(id);
    swap.mutate(
      { target, replacementId: id },
      {
        onSuccess: () => {
          toaster.create({ type: "success", title: `Swapped ${target.name} for ${name}` });
          close();
        },
      },
    );
  };
  return (
    <SwapSheet open={target !== null} title={target ? `Swap ${target.name}` : "Swap"} onClose={close}>
      <Text color="fg.muted" fontSize="sm">
        Exercises that do the same job and fit your equipment and injuries, best first. The sets stay; reps, effort and rest
        follow the new exercise.
      </Text>
      {swap.isError && <ErrorState error={swap.error} title="Could not swap the exercise" />}
      <QueryState
        query={options}
        label="the replacements"
        isEmpty={(d) => d.items.length === 0}
        empty={<Text>Nothing that fits your equipment and injuries can replace this exercise, so it stays.</Text>}
      >
        {(data) => (
          <ReplacementList
            of={data.name}
            items={data.items}
            action="Use this"
            label={(name) => `Use ${name}`}
            busyId={swap.isPending ? picked : null}
            onPick={choose}
          />
        )}
      </QueryState>
    </SwapSheet>
  );
}

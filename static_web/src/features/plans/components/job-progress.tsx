import { Button, HStack, Progress, Stack, Text } from "@chakra-ui/react";
import { useEffect, useState } from "react";
import { ErrorState } from "@/components/ui/states";
import { useActivatePlan } from "@/api/plans";
import { useJob } from "../api/plans";

/** The spec's time to a plan: an AI plan slower than this shows the engine's plan first (issue 22, item 4). */
export const INTERIM_AFTER_MS = 3_000;

interface PlanJobResult {
  plan_id?: string;
  interim_plan_id?: string;
}

/**
 * A plan being made, then made. The plan just made is the one shown (issue 19: "Your new plan is ready" left
 * the old plan on screen). When an AI provider writes it, the job saves the engine's plan first (`progress.plan_id`):
 * past INTERIM_AFTER_MS that plan is shown at once, and the AI's plan, when it comes, is offered ("see it" or
 * "keep this one") rather than swapped in under the user's eyes.
 */
export function JobProgress({ jobId, onDone, onPlan, interimAfterMs = INTERIM_AFTER_MS }: { jobId: string; onDone: () => void; onPlan: (planId: string) => void; interimAfterMs?: number }) {
  const job = useJob(jobId);
  const activate = useActivatePlan();
  const status = job.data?.status ?? "queued";
  const finished = status === "succeeded" || status === "failed";
  // Past the wait (and only if the job was still going then), an interim plan is shown.
  const [due, setDue] = useState(interimAfterMs <= 0);
  useEffect(() => {
    if (finished || due) return;
    const timer = setTimeout(() => setDue(true), interimAfterMs);
    return () => clearTimeout(timer);
  }, [finished, due, interimAfterMs]);
  const result = status === "succeeded" ? ((job.data?.result ?? {}) as PlanJobResult) : null;
  const interimShown = due ? (job.data?.progress?.plan_id ?? result?.interim_plan_id ?? null) : null;
  const offer = !!result?.plan_id && !!interimShown && result.plan_id !== interimShown;

  useEffect(() => {
    if (interimShown) onPlan(interimShown);
  }, [interimShown, onPlan]);
  useEffect(() => {
    if (result?.plan_id && !interimShown) onPlan(result.plan_id);
  }, [result?.plan_id, interimShown, onPlan]);

  if (job.isError) return <ErrorState error={job.error} onRetry={() => void job.refetch()} title="Could not check the plan's progress" />;
  if (status === "failed")
    return (
      <Stack>
        <ErrorState error={new Error(job.data?.error ?? "The plan could not be made.")} title="Plan generation failed" />
        <Button size="sm" variant="outline" onClick={onDone}>
          Dismiss
        </Button>
      </Stack>
    );
  if (offer)
    return (
      <Stack role="status" aria-live="polite" borderLeftWidth="4px" borderColor="teal.500" pl="3">
        <Text>A plan from the AI coach is ready.</Text>
        <HStack flexWrap="wrap">
          <Button size="sm" colorPalette="teal" onClick={() => { onPlan(result!.plan_id!); onDone(); }}>
            See it
          </Button>
          <Button size="sm" variant="outline" loading={activate.isPending} onClick={() => activate.mutate(interimShown!, { onSuccess: onDone })}>
            Keep this one
          </Button>
        </HStack>
      </Stack>
    );
  if (status === "succeeded")
    return (
      <HStack role="status">
        <Text>Your new plan is ready.</Text>
        <Button size="sm" variant="outline" onClick={onDone}>
          Dismiss
        </Button>
      </HStack>
    );
  return (
    <Stack role="status" aria-live="polite">
      <Text>{interimShown ? "Here is Vigor's plan while the AI coach finishes its own…" : status === "queued" ? "Waiting for the coach to start…" : "Building your plan…"}</Text>
      <Progress.Root value={null} colorPalette="teal" aria-label="Plan generation in progress">
        <Progress.Track>
          <Progress.Range />
        </Progress.Track>
      </Progress.Root>
    </Stack>
  );
}

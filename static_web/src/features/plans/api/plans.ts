/** Plan generation: POST /api/ai/generate-workout, then GET /api/jobs/{id} until it finishes. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { PlanRequest as GenerateWorkout } from "@/client/schema";
import { useReplacements } from "@/api/swap-options";
import { api, unwrap } from "@/lib/api-client";

export { usePlans, type Plan } from "@/api/plans";

export function useGeneratePlan() {
  return useMutation({ mutationFn: (body: GenerateWorkout) => unwrap(api.POST("/api/ai/generate-workout", { body })) });
}

const DONE = new Set(["succeeded", "failed"]);
/** Interim plans already fetched into the plan list (one refresh each, not one per poll). */
const listed = new Set<string>();

/**
 * How long to wait before asking about the job again: every 200 ms for its first 5 s (the engine's plan is
 * ready in tens of milliseconds, and a 1.5 s poll was most of the time to a plan on screen), then every 1.5 s.
 */
export function pollDelay(startedAt: number, now = Date.now()): number {
  return now - startedAt < 5_000 ? 200 : 1_500;
}

/** Polls the job until it finishes (`pollDelay`); then refreshes the plan list before answering, so the new plan is there to show. */
export function useJob(jobId: string | null) {
  const qc = useQueryClient();
  const [startedAt] = useState(() => Date.now());
  return useQuery({
    queryKey: ["jobs", jobId],
    enabled: jobId !== null,
    queryFn: async () => {
      const job = await unwrap(api.GET("/api/jobs/{job_id}", { params: { path: { job_id: jobId! } } }));
      // The job's interim plan (the engine's, while an AI writes) or its plan: in the list before it is shown.
      const interim = job.progress?.plan_id;
      if (job.status === "succeeded" || (interim && !listed.has(interim))) {
        if (interim) listed.add(interim);
        await qc.invalidateQueries({ queryKey: ["plans"] });
      }
      return job;
    },
    refetchInterval: (q) => (q.state.data && DONE.has(q.state.data.status) ? false : pollDelay(startedAt)),
  });
}

export type { SwapCandidate } from "@/client/schema";

/** A plan exercise that can be swapped: the plan, its day and the exercise on it. */
export interface SwapTarget {
  planId: string;
  dayIndex: number;
  exerciseId: string;
  name: string;
}

/** GET /api/workouts/{plan_id}/swap-options: replacements that fit the user, best first. */
export function useSwapOptions(target: SwapTarget | null) {
  return useReplacements(target);
}

/** POST /api/workouts/{plan_id}/swap; the plans refresh once it lands. */
export function useSwapExercise() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ target, replacementId }: { target: SwapTarget; replacementId: string }) =>
      unwrap(
        api.POST("/api/workouts/{plan_id}/swap", {
          params: { path: { plan_id: target.planId } },
          body: { day_index: target.dayIndex, exercise_id: target.exerciseId, replacement_id: replacementId },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["plans"] }),
  });
}

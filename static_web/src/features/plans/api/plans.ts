/** Plan generation: POST /api/ai/generate-workout, then GET /api/jobs/{id} until it finishes. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PlanRequest as GenerateWorkout } from "@/client/schema";
import { useReplacements } from "@/api/swap-options";
import { api, unwrap } from "@/lib/api-client";

export { usePlans, type Plan } from "@/api/plans";

export function useGeneratePlan() {
  return useMutation({ mutationFn: (body: GenerateWorkout) => unwrap(api.POST("/api/ai/generate-workout", { body })) });
}

const DONE = new Set(["succeeded", "failed"]);

/** Polls the job every 1.5 s until it finishes; then refreshes the plan list. */
export function useJob(jobId: string | null) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ["jobs", jobId],
    enabled: jobId !== null,
    queryFn: async () => {
      const job = await unwrap(api.GET("/api/jobs/{job_id}", { params: { path: { job_id: jobId! } } }));
      if (job.status === "succeeded") void qc.invalidateQueries({ queryKey: ["plans"] });
      return job;
    },
    refetchInterval: (q) => (q.state.data && DONE.has(q.state.data.status) ? false : 1500),
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

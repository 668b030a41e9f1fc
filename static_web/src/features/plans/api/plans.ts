/** Plan generation: POST /api/ai/generate-workout, then GET /api/jobs/{id} until it finishes. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PlanRequest as GenerateWorkout } from "@/client/schema";
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

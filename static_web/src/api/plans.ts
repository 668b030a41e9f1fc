/** GET /api/workouts: the caller's plans (Dashboard, Plan and Log all start from them). */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PlanPublic } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type Plan = PlanPublic & { id: string };

export const plansQueryOptions = () =>
  queryOptions({
    queryKey: ["plans"],
    queryFn: async () => (await unwrap(api.GET("/api/workouts", { params: { query: {} } }))).items as Plan[],
  });
export const usePlans = () => useQuery(plansQueryOptions());

/** The active plan, else the newest. */
export function activePlan(plans: Plan[]): Plan | undefined {
  return plans.find((p) => p.active) ?? plans[0];
}

/** POST /api/workouts/{plan_id}/activate: the plan Dashboard and Log start from. */
export function useActivatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (planId: string) => unwrap(api.POST("/api/workouts/{plan_id}/activate", { params: { path: { plan_id: planId } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["plans"] }),
  });
}

/** GET /api/workouts/{plan_id}/swap-options: what may replace a planned exercise, fitting the user's equipment and injuries. */
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

export interface SwapTarget {
  planId: string;
  dayIndex: number;
  /** the exercise as planned (options are computed for the plan's day) */
  plannedId: string;
  /** the row in the workout to replace */
  row: number;
  name: string;
}

export function useSwapOptions(target: SwapTarget | null) {
  return useQuery({
    queryKey: ["plans", "swap-options", target?.planId, target?.dayIndex, target?.plannedId],
    enabled: target !== null,
    queryFn: () =>
      unwrap(
        api.GET("/api/workouts/{plan_id}/swap-options", {
          params: { path: { plan_id: target!.planId }, query: { day_index: target!.dayIndex, exercise_id: target!.plannedId } },
        }),
      ),
  });
}

/** GET /api/workouts/{plan_id}/swap-options: what may replace a planned exercise, fitting the user's equipment and
 * injuries, best first (the plan's swap dialog and the workout's swap for today read the same list). */
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

/** A planned exercise: the plan, the day it is on and the exercise as planned. */
export interface PlannedExercise {
  planId: string;
  dayIndex: number;
  exerciseId: string;
}

export function useReplacements(planned: PlannedExercise | null) {
  return useQuery({
    queryKey: ["plans", "swap-options", planned?.planId, planned?.dayIndex, planned?.exerciseId],
    enabled: planned !== null,
    staleTime: 0,
    queryFn: () =>
      unwrap(
        api.GET("/api/workouts/{plan_id}/swap-options", {
          params: { path: { plan_id: planned!.planId }, query: { day_index: planned!.dayIndex, exercise_id: planned!.exerciseId } },
        }),
      ),
  });
}

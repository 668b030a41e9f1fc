/** GET /api/workouts/{plan_id}/swap-options: what may replace a planned exercise, fitting the user's equipment and injuries. */
import { useReplacements } from "@/api/swap-options";

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
  return useReplacements(target && { planId: target.planId, dayIndex: target.dayIndex, exerciseId: target.plannedId });
}

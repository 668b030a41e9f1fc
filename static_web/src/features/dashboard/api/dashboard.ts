/** Dashboard reads: GET /api/ai/daily-message and GET /api/workouts/progress?weeks=1. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

export const dailyMessageQueryOptions = () =>
  queryOptions({ queryKey: ["coach", "daily"], queryFn: () => unwrap(api.GET("/api/ai/daily-message")), staleTime: 10 * 60_000 });
export const useDailyMessage = () => useQuery(dailyMessageQueryOptions());

export const weekQueryOptions = () =>
  queryOptions({ queryKey: ["progress", 1], queryFn: () => unwrap(api.GET("/api/workouts/progress", { params: { query: { weeks: 1 } } })) });
export const useThisWeek = () => useQuery(weekQueryOptions());

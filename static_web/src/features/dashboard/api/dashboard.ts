/** Dashboard reads: GET /api/ai/daily-message, GET /api/workouts/progress?weeks=1 and today's sessions. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

export const dailyMessageQueryOptions = () =>
  queryOptions({ queryKey: ["coach", "daily"], queryFn: () => unwrap(api.GET("/api/ai/daily-message")), staleTime: 10 * 60_000 });
export const useDailyMessage = () => useQuery(dailyMessageQueryOptions());

export const weekQueryOptions = () =>
  queryOptions({ queryKey: ["progress", 1], queryFn: () => unwrap(api.GET("/api/workouts/progress", { params: { query: { weeks: 1 } } })) });
export const useThisWeek = () => useQuery(weekQueryOptions());

/**
 * The sessions logged on `date` (a day of the user's calendar: the API reads a date in their time zone), newest
 * first. Under the "sessions" key, so logging, editing or deleting one refreshes it.
 */
export const sessionsOnQueryOptions = (date: string) =>
  queryOptions({
    queryKey: ["sessions", "on", date],
    queryFn: () => unwrap(api.GET("/api/workouts/sessions", { params: { query: { from: date, to: date, limit: 10 } } })),
  });
export const useSessionsOn = (date: string, enabled = true) => useQuery({ ...sessionsOnQueryOptions(date), enabled });

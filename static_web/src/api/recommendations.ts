/** GET /api/ai/recommendations: next-session targets per exercise (load in the user's unit, reps) and recovery advice. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { NextTarget } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type { NextTarget };

// The same key as the Coach screen's query, so both share one cached answer.
export const recommendationsQueryOptions = () =>
  queryOptions({ queryKey: ["coach", "recommendations"], queryFn: () => unwrap(api.GET("/api/ai/recommendations")) });
export const useRecommendations = () => useQuery(recommendationsQueryOptions());

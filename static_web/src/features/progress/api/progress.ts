/** GET /api/workouts/progress, GET/POST /api/progress/metrics. */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyMetricCreate } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export const progressQueryOptions = (weeks: number) =>
  queryOptions({ queryKey: ["progress", weeks], queryFn: () => unwrap(api.GET("/api/workouts/progress", { params: { query: { weeks } } })) });
export const useProgress = (weeks = 12) => useQuery(progressQueryOptions(weeks));

export const metricsQueryOptions = () =>
  queryOptions({
    queryKey: ["metrics"],
    queryFn: async () => (await unwrap(api.GET("/api/progress/metrics", { params: { query: { limit: 500 } } }))).items,
  });
export const useMetrics = () => useQuery(metricsQueryOptions());

export function useAddMetric() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyMetricCreate) => unwrap(api.POST("/api/progress/metrics", { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["metrics"] }),
  });
}

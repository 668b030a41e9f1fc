/** GET /api/admin/metrics: the product's success metrics for a window of days, as JSON or as a CSV download. */
import { queryOptions, useMutation, useQuery } from "@tanstack/react-query";
import { api, authFetch, ensureOk, unwrap } from "@/lib/api-client";
import type { components } from "@/client/schema";

export type MetricsReport = components["schemas"]["MetricsReport"];
export type Window = { from: string; to: string };

/** The last `weeks` ISO weeks up to today (UTC), as the API's `from`/`to`. */
export function lastWeeks(weeks: number, today = new Date()): Window {
  const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const monday = new Date(to);
  monday.setUTCDate(to.getUTCDate() - ((to.getUTCDay() + 6) % 7) - 7 * (weeks - 1));
  return { from: monday.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

export const metricsQueryOptions = (window: Window) =>
  queryOptions({
    queryKey: ["admin", "metrics", window.from, window.to],
    queryFn: async (): Promise<MetricsReport> => {
      // The operation may also answer text/csv (when asked); this request asks for JSON.
      const data = await unwrap(api.GET("/api/admin/metrics", { params: { query: window } }));
      if (typeof data === "string") throw new Error("Expected the metrics as JSON");
      return data;
    },
  });

export function useSuccessMetrics(window: Window) {
  return useQuery(metricsQueryOptions(window));
}

/** Downloads the same figures as CSV (the browser's own download, from a blob: the link needs the token). */
export function useMetricsCsv() {
  return useMutation({
    mutationFn: async (window: Window) => {
      const query = new URLSearchParams({ ...window, format: "csv" });
      const response = await ensureOk(await authFetch(`/api/admin/metrics?${query.toString()}`));
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = `vigor-metrics-${window.from}-${window.to}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return blob.size;
    },
  });
}

/** A share (0-1) as a whole percentage, or a dash where there was nobody to divide by. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? "–" : `${Math.round(share * 100)}%`;
}

/**
 * Admin LLM and tier configuration: tier requests, tier limits, AI providers, budget, prices,
 * usage and cost. One hook per operation of /api/admin/*.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AiProvider, AiProviderCreate, Budget, PriceRow } from "@/lib/api-contract";
import { api, unwrap } from "@/lib/api-client";

function listOf<T>(data: { items: T[] } | T[]): T[] {
  return Array.isArray(data) ? data : data.items;
}

export const tierRequestsQueryOptions = () =>
  queryOptions({ queryKey: ["admin", "tier-requests"], queryFn: () => unwrap(api.GET("/api/admin/tier-requests", { params: { query: {} } })) });
export const useTierRequests = () => useQuery(tierRequestsQueryOptions());

export function useDecideTierRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
      unwrap(
        approve
          ? api.POST("/api/admin/tier-requests/{request_id}/approve", { params: { path: { request_id: id } } })
          : api.POST("/api/admin/tier-requests/{request_id}/reject", { params: { path: { request_id: id } } }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["admin"] }),
  });
}

export const tiersQueryOptions = () => queryOptions({ queryKey: ["admin", "tiers"], queryFn: () => unwrap(api.GET("/api/admin/tiers")) });
export const useAdminTiers = () => useQuery(tiersQueryOptions());

export function useUpdateTierLimits() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ tier, limits }: { tier: string; limits: Record<string, number | null> }) =>
      unwrap(api.PUT("/api/admin/tiers/{tier}", { params: { path: { tier } }, body: { limits } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["admin", "tiers"] }),
  });
}

export const providersQueryOptions = () =>
  queryOptions({
    queryKey: ["admin", "ai-providers"],
    queryFn: async () => listOf(await unwrap(api.GET("/api/admin/ai-providers"))).sort((a, b) => a.priority - b.priority),
  });
export const useAiProviders = () => useQuery(providersQueryOptions());

export function useSaveProvider() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<AiProviderCreate> }) =>
      unwrap(api.PUT("/api/admin/ai-providers/{provider_id}", { params: { path: { provider_id: id } }, body: patch })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["admin", "ai-providers"] }),
  });
}

export function useAddProvider() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AiProviderCreate) => unwrap(api.POST("/api/admin/ai-providers", { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["admin", "ai-providers"] }),
  });
}

export function useTestProvider() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST("/api/admin/ai-providers/{provider_id}/test", { params: { path: { provider_id: id } } })),
  });
}

/** Swaps two providers' priorities so the order changes by one step. */
export function reorder(providers: AiProvider[], index: number, delta: -1 | 1): { id: string; priority: number }[] {
  const other = providers[index + delta];
  const self = providers[index];
  if (!other || !self) return [];
  return [
    { id: self.id, priority: other.priority },
    { id: other.id, priority: self.priority === other.priority ? self.priority + delta : self.priority },
  ];
}

export const budgetQueryOptions = () => queryOptions({ queryKey: ["admin", "budget"], queryFn: () => unwrap(api.GET("/api/admin/budget")) });
export const useBudget = () => useQuery(budgetQueryOptions());
export function useSaveBudget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Budget) => unwrap(api.POST("/api/admin/budget", { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["admin", "budget"] }),
  });
}

export const pricesQueryOptions = () => queryOptions({ queryKey: ["admin", "prices"], queryFn: () => unwrap(api.GET("/api/admin/prices")) });
export const usePrices = () => useQuery(pricesQueryOptions());
export function useSavePrices() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (prices: PriceRow[]) => unwrap(api.PUT("/api/admin/prices", { body: { prices } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["admin", "prices"] }),
  });
}

export const costQueryOptions = (days: number) =>
  queryOptions({ queryKey: ["admin", "cost", days], queryFn: () => unwrap(api.GET("/api/admin/cost-breakdown", { params: { query: { days } } })) });
export const useCostBreakdown = (days: number) => useQuery(costQueryOptions(days));

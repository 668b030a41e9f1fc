/**
 * Admin LLM and tier configuration: tier requests, tier limits, AI providers, budget, prices,
 * usage and cost. One hook per operation of /api/admin/*.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BudgetConfig, PriceTable, ProviderCreate, ProviderPublic, TierLimitsUpdate, TierPublic } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type { BudgetConfig, PriceTable, ProviderCreate, ProviderPublic, TierPublic };

function useInvalidating<V, R>(fn: (vars: V) => Promise<R>, key: string[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: key });
      void qc.invalidateQueries({ queryKey: ["admin", "audit-log"] });
    },
  });
}

export const tierRequestsQueryOptions = () =>
  queryOptions({ queryKey: ["admin", "tier-requests"], queryFn: () => unwrap(api.GET("/api/admin/tier-requests", { params: { query: {} } })) });
export const useTierRequests = () => useQuery(tierRequestsQueryOptions());

export const useDecideTierRequest = () =>
  useInvalidating(
    ({ id, approve }: { id: string; approve: boolean }) =>
      unwrap(
        approve
          ? api.POST("/api/admin/tier-requests/{request_id}/approve", { params: { path: { request_id: id } }, body: null })
          : api.POST("/api/admin/tier-requests/{request_id}/reject", { params: { path: { request_id: id } }, body: null }),
      ),
    ["admin"],
  );

export const tiersQueryOptions = () => queryOptions({ queryKey: ["admin", "tiers"], queryFn: () => unwrap(api.GET("/api/admin/tiers")) });
export const useAdminTiers = () => useQuery(tiersQueryOptions());

export const useUpdateTierLimits = () =>
  useInvalidating(
    ({ tier, limits }: { tier: TierPublic["tier"]; limits: TierLimitsUpdate }) =>
      unwrap(api.PUT("/api/admin/tiers/{tier}", { params: { path: { tier } }, body: limits })),
    ["admin", "tiers"],
  );

export const providersQueryOptions = () =>
  queryOptions({
    queryKey: ["admin", "ai-providers"],
    queryFn: async () => [...(await unwrap(api.GET("/api/admin/ai-providers")))].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0)),
  });
export const useAiProviders = () => useQuery(providersQueryOptions());

/** PUT takes the whole provider: send what we have with the change applied. */
export const useSaveProvider = () =>
  useInvalidating(({ provider, patch }: { provider: ProviderPublic; patch: Partial<ProviderPublic> }) => {
    const { circuit: _circuit, ...config } = { ...provider, ...patch };
    return unwrap(api.PUT("/api/admin/ai-providers/{provider_id}", { params: { path: { provider_id: provider.id } }, body: config as never }));
  }, ["admin", "ai-providers"]);

export function useTestProvider() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST("/api/admin/ai-providers/{provider_id}/test", { params: { path: { provider_id: id } } })),
  });
}

/** New priorities after moving one provider a step up or down (lower runs first). */
export function reorder(providers: ProviderPublic[], index: number, delta: -1 | 1): { provider: ProviderPublic; priority: number }[] {
  const self = providers[index];
  const other = providers[index + delta];
  if (!self || !other) return [];
  const a = self.priority ?? 0;
  const b = other.priority ?? 0;
  if (a !== b) return [{ provider: self, priority: b }, { provider: other, priority: a }];
  return [{ provider: self, priority: b + delta }];
}

export const budgetQueryOptions = () => queryOptions({ queryKey: ["admin", "budget"], queryFn: () => unwrap(api.GET("/api/admin/budget")) });
export const useBudget = () => useQuery(budgetQueryOptions());
export const useSaveBudget = () => useInvalidating((body: BudgetConfig) => unwrap(api.POST("/api/admin/budget", { body })), ["admin", "budget"]);

export const pricesQueryOptions = () => queryOptions({ queryKey: ["admin", "prices"], queryFn: () => unwrap(api.GET("/api/admin/prices")) });
export const usePrices = () => useQuery(pricesQueryOptions());
export const useSavePrices = () => useInvalidating((body: PriceTable) => unwrap(api.PUT("/api/admin/prices", { body })), ["admin", "prices"]);

export const costQueryOptions = (days: number) =>
  queryOptions({ queryKey: ["admin", "cost", days], queryFn: () => unwrap(api.GET("/api/admin/cost-breakdown", { params: { query: { days } } })) });
export const useCostBreakdown = (days: number) => useQuery(costQueryOptions(days));

export const useAddProvider = () =>
  useInvalidating((body: ProviderCreate) => unwrap(api.POST("/api/admin/ai-providers", { body })), ["admin", "ai-providers"]);

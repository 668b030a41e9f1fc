/**
 * Admin LLM and tier configuration: tier requests, tier limits, AI providers, budget, prices,
 * usage and cost. One hook per operation of /api/admin/*.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  BreakdownRow,
  BudgetConfig,
  LlmConfigExport,
  LlmConfigImport,
  PriceTable,
  ProviderCreate,
  ProviderDayRow,
  ProviderPublic,
  TierLimitsUpdate,
  TierPublic,
} from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type { BreakdownRow, BudgetConfig, LlmConfigExport, LlmConfigImport, PriceTable, ProviderCreate, ProviderDayRow, ProviderPublic, TierPublic };

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

/** DELETE /api/admin/ai-providers/{provider_id} (audited): the router stops using it at once. */
export const useDeleteProvider = () =>
  useInvalidating(async (id: string) => {
    await unwrap(api.DELETE("/api/admin/ai-providers/{provider_id}", { params: { path: { provider_id: id } } }));
  }, ["admin", "ai-providers"]);

const TEST_FAILURES: Record<string, string> = {
  network: "could not reach the provider (check the base URL, DNS and the outbound network)",
  timeout: "no answer within the provider's timeout",
  auth: "the provider refused the key (check the key reference and its secret)",
  rate_limited: "the provider is rate limiting this key; try again later",
  server: "the provider answered with a server error",
  client: "the provider refused the request (check the model name and the kind of API)",
  malformed: "the provider's answer could not be read",
  budget: "the AI budget is spent, so no call was made",
};

/**
 * A provider test's result in words for the admin: "works (120 ms)", or why it failed as a sentence with the
 * provider's own message after it (a new user's review: a failed test said only "failed network").
 */
export function providerTestText(result: { ok: boolean; error?: string | null; detail?: string; latency_ms: number }): { title: string; description: string } {
  if (result.ok) return { title: `works (${Math.round(result.latency_ms)} ms)`, description: "" };
  const why = (result.error && TEST_FAILURES[result.error]) ?? "the test call failed";
  const detail = (result.detail ?? "").trim();
  return { title: "test failed", description: detail && detail !== result.error ? `${why.charAt(0).toUpperCase()}${why.slice(1)}: ${detail}` : `${why.charAt(0).toUpperCase()}${why.slice(1)}.` };
}

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

/** by_provider_day rows → one row per day with a cost column per provider (for a stacked bar chart). */
export function pivotProviderDays(rows: ProviderDayRow[], metric: "cost_usd" | "calls" = "cost_usd"): { data: Record<string, number | string>[]; providers: string[] } {
  const providers = [...new Set(rows.map((r) => r.key))].sort();
  const byDay = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const row = byDay.get(r.day) ?? { day: r.day, ...Object.fromEntries(providers.map((p) => [p, 0])) };
    row[r.key] = (row[r.key] as number) + r[metric];
    byDay.set(r.day, row);
  }
  return { data: [...byDay.values()].sort((a, b) => String(a.day).localeCompare(String(b.day))), providers };
}

/** GET /api/admin/llm/config/export: providers (key references only), budget, prices, tier limits. */
export function useExportLlmConfig() {
  return useMutation({ mutationFn: () => unwrap(api.GET("/api/admin/llm/config/export")) });
}

/** POST /api/admin/llm/config/import; answers counts of what changed. */
export const useImportLlmConfig = () =>
  useInvalidating((body: LlmConfigImport) => unwrap(api.POST("/api/admin/llm/config/import", { body })), ["admin"]);

/** Reads an uploaded export: JSON with the fields the import needs, or a message saying what is wrong. */
export function parseLlmConfig(text: string): { ok: true; config: LlmConfigExport } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not valid JSON." };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { ok: false, error: "The file is not an LLM configuration export." };
  const d = data as Record<string, unknown>;
  const missing = ["providers", "budget", "prices", "tiers"].filter((k) => !(k in d));
  if (missing.length) return { ok: false, error: `The file lacks ${missing.join(", ")}.` };
  if (!Array.isArray(d.providers) || !Array.isArray(d.tiers)) return { ok: false, error: "providers and tiers must be lists." };
  const withKey = (d.providers as Record<string, unknown>[]).find((p) => p && typeof p === "object" && Object.keys(p).some((k) => /^(api_key|key|secret)$/i.test(k)));
  if (withKey) return { ok: false, error: "A provider carries a key; the configuration holds only api_key_ref (the secret's name)." };
  return { ok: true, config: d as unknown as LlmConfigExport };
}

/** GET /api/tiers/current: the caller's tier, limits and usage meters (shared by Dashboard and Account). */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

export const currentTierQueryOptions = () =>
  queryOptions({ queryKey: ["tiers", "current"], queryFn: () => unwrap(api.GET("/api/tiers/current")) });

export function useCurrentTier() {
  return useQuery(currentTierQueryOptions());
}

/** GET /api/users/me: the account (id, email, roles, tier). */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

export const meQueryOptions = () => queryOptions({ queryKey: ["me"], queryFn: () => unwrap(api.GET("/api/users/me")) });

export function useMe() {
  return useQuery(meQueryOptions());
}

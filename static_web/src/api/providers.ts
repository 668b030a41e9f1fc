/** GET /api/auth/providers: which sign-in methods the server has configured. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

export const providersQueryOptions = () =>
  queryOptions({
    queryKey: ["auth", "providers"],
    queryFn: () => unwrap(api.GET("/api/auth/providers")),
    staleTime: 5 * 60_000,
  });

export function useAuthProviders() {
  return useQuery(providersQueryOptions());
}

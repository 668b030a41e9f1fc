/** /api/admin/users: list/search, and tier, roles, disable/enable per user. */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AdminUserPublic } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type { AdminUserPublic };
export type Tier = AdminUserPublic["tier"];
export type Role = AdminUserPublic["roles"][number];

export const adminUsersQueryOptions = (q: string, tier: Tier | "") =>
  queryOptions({
    queryKey: ["admin", "users", { q, tier }],
    queryFn: () => unwrap(api.GET("/api/admin/users", { params: { query: { q, tier: tier || null, limit: 50 } } })),
    placeholderData: keepPreviousData,
  });

export function useAdminUsers(q: string, tier: Tier | "") {
  return useQuery(adminUsersQueryOptions(q, tier));
}

function useUserMutation<V>(fn: (vars: V) => Promise<AdminUserPublic>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["admin", "users"] });
      void queryClient.invalidateQueries({ queryKey: ["admin", "audit-log"] });
    },
  });
}

export const useSetUserTier = () =>
  useUserMutation(({ id, tier }: { id: string; tier: Tier }) =>
    unwrap(api.PUT("/api/admin/users/{user_id}/tier", { params: { path: { user_id: id } }, body: { tier } })),
  );

export const useSetUserRoles = () =>
  useUserMutation(({ id, roles }: { id: string; roles: Role[] }) =>
    unwrap(api.PUT("/api/admin/users/{user_id}/roles", { params: { path: { user_id: id } }, body: { roles } })),
  );

export const useSetUserDisabled = () =>
  useUserMutation(({ id, disabled }: { id: string; disabled: boolean }) =>
    unwrap(
      disabled
        ? api.POST("/api/admin/users/{user_id}/disable", { params: { path: { user_id: id } } })
        : api.POST("/api/admin/users/{user_id}/enable", { params: { path: { user_id: id } } }),
    ),
  );

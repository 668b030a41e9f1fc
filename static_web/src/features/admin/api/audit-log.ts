/** GET /api/admin/audit-log: who changed what, newest first, paged by cursor. */
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";

export const auditLogQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ["admin", "audit-log"],
    queryFn: ({ pageParam }) => unwrap(api.GET("/api/admin/audit-log", { params: { query: { limit: 25, cursor: pageParam } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });

export function useAuditLog() {
  return useInfiniteQuery(auditLogQueryOptions());
}

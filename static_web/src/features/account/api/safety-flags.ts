/** What Vigor inferred from your words for safety: GET /api/users/me/safety-flags; DELETE .../{category} clears one
 * (a reason; confirm=true for a hard stop); POST .../{category}/confirm makes a flag said in one chat (a pregnancy)
 * count for every answer. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { components } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";
import { ApiError, toProblem } from "@/lib/problem";

export type SafetyFlag = components["schemas"]["SafetyFlagPublic"];
export type ClearReason = "not_about_me" | "no_longer_true" | "misread";
const FLAGS = ["me", "safety-flags"] as const;

export function useSafetyFlags() {
  return useQuery({ queryKey: FLAGS, queryFn: () => unwrap(api.GET("/api/users/me/safety-flags")) });
}

export function useClearSafetyFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (args: { category: SafetyFlag["category"]; reason: ClearReason; confirm: boolean }) => {
      const { response, error } = await api.DELETE("/api/users/me/safety-flags/{category}", {
        params: { path: { category: args.category }, query: { reason: args.reason, confirm: args.confirm } },
      });
      if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FLAGS }),
  });
}

export function useConfirmSafetyFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async (category: SafetyFlag["category"]) => {
      const { response, error } = await api.POST("/api/users/me/safety-flags/{category}/confirm", {
        params: { path: { category } },
      });
      if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FLAGS }),
  });
}

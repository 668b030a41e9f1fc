/** Account operations: GET /api/users/me/export, DELETE /api/users/me, POST /api/tiers/upgrade. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, authFetch, ensureOk, unwrap } from "@/lib/api-client";
import { ApiError, toProblem } from "@/lib/problem";

/** Downloads the export as a file (the browser's own download, from a blob). */
export function useExportData() {
  return useMutation({
    mutationFn: async () => {
      const response = await ensureOk(await authFetch("/api/users/me/export"));
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = "vigor-export.json";
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return blob.size;
    },
  });
}

/** Deletes the account; `password` proves the owner is there (without it only a sign-in of the last 10 minutes may). */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: async (password: string | undefined) => {
      const { response, error } = await api.DELETE("/api/users/me", password ? { body: { password } } : {});
      if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
    },
  });
}

export function useRequestUpgrade() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tier: "premium" | "unlimited") => unwrap(api.POST("/api/tiers/upgrade", { body: { tier } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["tiers"] }),
  });
}

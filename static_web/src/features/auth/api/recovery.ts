/** Credential recovery without a session: POST /api/auth/password/forgot, /password/reset, /verify-email. */
import { useMutation } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ApiError, toProblem } from "@/lib/problem";

export function useForgotPassword() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (email: string) => unwrap(api.POST("/api/auth/password/forgot", { body: { email } })),
  });
}

export function useResetPassword() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async ({ token, password }: { token: string; password: string }) => {
      const { response, error } = await api.POST("/api/auth/password/reset", { body: { token, new_password: password } });
      if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
    },
  });
}

export function useVerifyEmail() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (token: string) => unwrap(api.POST("/api/auth/verify-email", { body: { token } })),
  });
}

/** The single-use token of an emailed link: after `#token=` (a fragment never reaches a server's logs). */
export function linkToken(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}

/** Lost the authenticator app and the recovery codes: an emailed link schedules the removal of two-step sign-in. */
export function useRequestTwoStepRecovery() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (email: string) => unwrap(api.POST("/api/auth/2fa/recovery", { body: { email } })),
  });
}

export function useConfirmTwoStepRecovery() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (token: string) => unwrap(api.POST("/api/auth/2fa/recovery/confirm", { body: { token } })),
  });
}

/** A signed-in session ends a waiting removal. */
export function useCancelTwoStepRecovery() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: async () => {
      const { response, error } = await api.DELETE("/api/users/me/2fa/recovery");
      if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
    },
  });
}

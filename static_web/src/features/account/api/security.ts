/** Sign-in and security: GET/DELETE /api/users/me/sessions, POST /api/users/me/password and /me/email,
 * POST /api/auth/verify-email/resend. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { ApiError, toProblem } from "@/lib/problem";

const SIGN_INS = ["me", "sign-ins"] as const;

export function useSignIns() {
  return useQuery({ queryKey: SIGN_INS, queryFn: () => unwrap(api.GET("/api/users/me/sessions")) });
}

async function ok(call: Promise<{ response: Response; error?: unknown }>): Promise<void> {
  const { response, error } = await call;
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
}

export function useSignOutOne() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (id: string) => ok(api.DELETE("/api/users/me/sessions/{session_id}", { params: { path: { session_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SIGN_INS }),
  });
}

export function useSignOutEverywhere() {
  return useMutation({ meta: { inlineErrors: true }, mutationFn: () => ok(api.DELETE("/api/users/me/sessions")) });
}

export function useChangePassword() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: { current_password: string; new_password: string }) =>
      unwrap(api.POST("/api/users/me/password", { body })),
  });
}

export function useChangeEmail() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: { new_email: string; current_password: string }) => unwrap(api.POST("/api/users/me/email", { body })),
  });
}

export function useResendVerification() {
  return useMutation({ meta: { inlineErrors: true }, mutationFn: () => unwrap(api.POST("/api/auth/verify-email/resend")) });
}

/** Two-step sign-in: POST /api/users/me/2fa/totp (password) -> secret; POST .../confirm (code) -> recovery codes;
 * DELETE /api/users/me/2fa/totp (password and code). */
export function useStartTwoStep() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (password: string) => unwrap(api.POST("/api/users/me/2fa/totp", { body: { password } })),
  });
}

export function useConfirmTwoStep() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (code: string) => unwrap(api.POST("/api/users/me/2fa/totp/confirm", { body: { code } })),
  });
}

export function useTurnOffTwoStep() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: { password: string; code: string }) => ok(api.DELETE("/api/users/me/2fa/totp", { body })),
  });
}

/** Linking a Microsoft account: POST /api/users/me/identities/microsoft (password) -> Microsoft's sign-in page;
 * DELETE /api/users/me/identities/microsoft (password) unlinks it. */
export function useStartMicrosoftLink() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (password: string) => unwrap(api.POST("/api/users/me/identities/microsoft", { body: { password } })),
  });
}

export function useUnlinkMicrosoft() {
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (password: string) => unwrap(api.DELETE("/api/users/me/identities/microsoft", { body: { password } })),
  });
}

/** A signed-in session ends a waiting removal of two-step sign-in: DELETE /api/users/me/2fa/recovery. */
export function useCancelTwoStepRemoval() {
  return useMutation({ meta: { inlineErrors: true }, mutationFn: () => ok(api.DELETE("/api/users/me/2fa/recovery")) });
}

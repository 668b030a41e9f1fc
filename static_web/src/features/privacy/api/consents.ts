/** GET/PUT /api/users/me/consents: health-data consent and the AI-provider opt-in, versioned. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import { useAuth } from "@/lib/auth";

const KEY = ["me", "consents"] as const;

export function useConsents() {
  return useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET("/api/users/me/consents")) });
}

export function useUpdateConsents() {
  const queryClient = useQueryClient();
  const { user, setUser } = useAuth();
  return useMutation({
    meta: { inlineErrors: true },
    mutationFn: (body: { health_data?: boolean; ai_providers?: boolean }) =>
      unwrap(api.PUT("/api/users/me/consents", { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(KEY, data);
      if (user) setUser({ ...user, health_data_consent: data.health_data.current, ai_providers_opt_in: data.ai_providers.given && data.health_data.current });
    },
  });
}

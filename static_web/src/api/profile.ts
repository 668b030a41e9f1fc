/** GET/PUT /api/users/profile: the fitness profile and its ETag (for If-Match on save). */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ProfileInput, ProfilePublic } from "@/client/schema";
import { api } from "@/lib/api-client";
import { ApiError, toProblem } from "@/lib/problem";

/** A profile being filled in: what PUT takes, with the birth year still open until the person gives it (the
 * server requires it and names `birth_year` when it is missing; profiles stored before may lack it). */
export type FitnessProfile = Omit<ProfileInput, "birth_year"> & { birth_year?: number | null };
export type { ProfileInput, ProfilePublic };

export interface ProfileWithEtag {
  profile: ProfilePublic;
  etag: string | null;
}

/** `null` means no profile yet: the user still has to onboard. */
export const profileQueryOptions = () =>
  queryOptions({
    queryKey: ["profile"],
    queryFn: async (): Promise<ProfileWithEtag | null> => {
      const { data, error, response } = await api.GET("/api/users/profile");
      if (response.status === 404) return null;
      if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
      return { profile: data, etag: response.headers.get("ETag") };
    },
  });

export function useProfile() {
  return useQuery(profileQueryOptions());
}

/** `inlineErrors`: the form shows the errors itself (on their fields), so no toast. */
export function useSaveProfile({ inlineErrors = false }: { inlineErrors?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: inlineErrors ? { inlineErrors: true } : undefined,
    mutationFn: async ({ profile, etag }: { profile: FitnessProfile; etag?: string | null }) => {
      const { data, error, response } = await api.PUT("/api/users/profile", {
        body: profile as ProfileInput, // a missing birth year is the server's 422, naming the field
        params: { header: etag ? { "if-match": etag } : {} },
      });
      if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
      return { profile: data, etag: response.headers.get("ETag") } satisfies ProfileWithEtag;
    },
    onSuccess: (saved) => queryClient.setQueryData(profileQueryOptions().queryKey, saved),
    onError: (error) => {
      // Someone (another tab) saved first: reload so the next save starts from the latest.
      if (error instanceof ApiError && error.status === 412) void queryClient.invalidateQueries({ queryKey: ["profile"] });
    },
  });
}

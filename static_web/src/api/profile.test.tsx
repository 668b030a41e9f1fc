import { QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { json, stubFetch, testQueryClient } from "@/testing/render";
import { useProfile, useSaveProfile } from "./profile";
import { defaultProfile } from "@/components/profile/profile-fields";

const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={testQueryClient()}>{children}</QueryClientProvider>;

it("useProfile resolves null when there is no profile yet (404 means: onboard)", async () => {
  stubFetch({ "GET /api/users/profile": () => json({ title: "Not found" }, 404) });
  const { result } = renderHook(() => useProfile(), { wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(result.current.data).toBeNull();
});

it("useSaveProfile sends If-Match with the ETag it read and keeps the new one", async () => {
  const seen: (string | null)[] = [];
  stubFetch({
    "PUT /api/users/profile": async (_u, req) => {
      seen.push(req.headers.get("If-Match"));
      return json({ ...(await req.json()), needs_medical_clearance: false, updated_at: "now" }, 200, { ETag: '"v2"' });
    },
  });
  const { result } = renderHook(() => useSaveProfile(), { wrapper });
  let saved: Awaited<ReturnType<typeof result.current.mutateAsync>> | undefined;
  await act(async () => {
    saved = await result.current.mutateAsync({ profile: defaultProfile("Ada"), etag: '"v1"' });
  });
  expect(seen).toEqual(['"v1"']);
  expect(saved?.etag).toBe('"v2"');
});

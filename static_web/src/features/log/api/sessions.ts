/** Sessions: POST /api/workouts/{plan_id}/log, GET /api/workouts/sessions, PUT/DELETE one session. */
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { SessionCreate, SessionPublic as WorkoutSession } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type { SessionCreate, WorkoutSession };

export const sessionsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ["sessions"],
    queryFn: ({ pageParam }) => unwrap(api.GET("/api/workouts/sessions", { params: { query: { limit: 20, cursor: pageParam } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });
export const useSessions = () => useInfiniteQuery(sessionsQueryOptions());

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ["sessions"] });
    void qc.invalidateQueries({ queryKey: ["progress"] });
  };
}

export function useSaveSession() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ planId, sessionId, body }: { planId: string; sessionId?: string; body: SessionCreate }) =>
      sessionId
        ? unwrap(api.PUT("/api/workouts/sessions/{session_id}", { params: { path: { session_id: sessionId } }, body }))
        : unwrap(api.POST("/api/workouts/{plan_id}/log", { params: { path: { plan_id: planId } }, body })),
    onSuccess: invalidate,
  });
}

export function useDeleteSession() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (sessionId: string) => {
      await unwrap(api.DELETE("/api/workouts/sessions/{session_id}", { params: { path: { session_id: sessionId } } }));
    },
    onSuccess: invalidate,
  });
}

/** Sessions: GET /api/workouts/sessions and DELETE one; logging and editing go through the outbox (src/lib/outbox.ts). */
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import type { SessionCreate, SessionLogged, SessionPublic as WorkoutSession } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";
import type { LastTime } from "../lib/rows";

export type { SessionCreate, WorkoutSession };
/** A session as saving it answers: a new one comes with the all-time records it set (an edit without). */
export type SavedSession = WorkoutSession & { new_records?: SessionLogged["new_records"] };

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

export function useDeleteSession() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (sessionId: string) => {
      await unwrap(api.DELETE("/api/workouts/sessions/{session_id}", { params: { path: { session_id: sessionId } } }));
    },
    onSuccess: invalidate,
  });
}

/** POST /api/ai/workout-analysis: PRs, volume against last time and next targets for one session. */
export function useAnalyseSession() {
  return useMutation({
    mutationFn: (sessionId: string) => unwrap(api.POST("/api/ai/workout-analysis", { body: { session_id: sessionId } })),
  });
}

/** The most recent completed sets per exercise, newest session first in `sessions`. */
export function lastPerformance(sessions: WorkoutSession[]): LastTime {
  const out: LastTime = new Map();
  for (const s of sessions)
    for (const ex of s.exercises) {
      const sets = ex.sets.filter((set) => set.completed !== false);
      if (!out.has(ex.exercise_id) && sets.length) out.set(ex.exercise_id, { date: s.started_at, sets });
    }
  return out;
}

/**
 * POST /api/feedback/plans/{plan_id}, /api/feedback/exercises, /api/feedback/coach/{message_id}: plan ratings,
 * how an exercise went, and votes or reports on coach answers. Exercise answers move the next targets and what
 * swaps and new plans offer, so the recommendations and swap options are fetched again.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CoachFeedbackCreate, ExerciseFeedbackCreate, ExerciseFeedbackPublic, PlanFeedbackCreate } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type { ExerciseFeedbackPublic };
export type ExerciseFeel = ExerciseFeedbackCreate["kind"];
export type PlanTag = NonNullable<PlanFeedbackCreate["tags"]>[number];

export function useRatePlan(planId: string) {
  return useMutation({
    mutationFn: (body: PlanFeedbackCreate) => unwrap(api.POST("/api/feedback/plans/{plan_id}", { params: { path: { plan_id: planId } }, body })),
  });
}

export function useExerciseFeedback() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ExerciseFeedbackCreate) => unwrap(api.POST("/api/feedback/exercises", { body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["coach", "recommendations"] });
      void qc.invalidateQueries({ queryKey: ["plans", "swap-options"] });
    },
  });
}

export function useRateCoachAnswer(messageId: string) {
  return useMutation({
    mutationFn: (body: CoachFeedbackCreate) => unwrap(api.POST("/api/feedback/coach/{message_id}", { params: { path: { message_id: messageId } }, body })),
  });
}

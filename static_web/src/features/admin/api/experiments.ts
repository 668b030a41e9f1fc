/**
 * A/B experiments and routing rules (issue 22, item 3): one hook per operation of /api/admin/experiments and
 * /api/admin/routing-rules. Every change invalidates the lists and the audit log.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { components } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type ExperimentPublic = components["schemas"]["ExperimentPublic"];
export type ExperimentCreate = components["schemas"]["ExperimentCreate"];
export type ExperimentResults = components["schemas"]["ExperimentResults"];
export type VariantResult = components["schemas"]["VariantResult"];
export type RoutingRule = components["schemas"]["RoutingRule"];
export type RoutingRuleCreate = components["schemas"]["RoutingRuleCreate"];

const EXPERIMENTS = ["admin", "experiments"];
const RULES = ["admin", "routing-rules"];

function useInvalidating<V, R>(fn: (vars: V) => Promise<R>, key: string[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: key });
      void qc.invalidateQueries({ queryKey: ["admin", "audit-log"] });
    },
  });
}

export const experimentsQueryOptions = () => queryOptions({ queryKey: EXPERIMENTS, queryFn: () => unwrap(api.GET("/api/admin/experiments")) });
export const useExperiments = () => useQuery(experimentsQueryOptions());

export const experimentResultsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...EXPERIMENTS, id, "results"],
    queryFn: () => unwrap(api.GET("/api/admin/experiments/{experiment_id}/results", { params: { path: { experiment_id: id } } })),
  });
export const useExperimentResults = (id: string) => useQuery(experimentResultsQueryOptions(id));

export const useCreateExperiment = () =>
  useInvalidating((body: ExperimentCreate) => unwrap(api.POST("/api/admin/experiments", { body })), EXPERIMENTS);

/** Stops at once: the next request routes by the rules and the priority chain. */
export const useStopExperiment = () =>
  useInvalidating(
    (id: string) => unwrap(api.POST("/api/admin/experiments/{experiment_id}/stop", { params: { path: { experiment_id: id } } })),
    EXPERIMENTS,
  );

export const rulesQueryOptions = () => queryOptions({ queryKey: RULES, queryFn: () => unwrap(api.GET("/api/admin/routing-rules")) });
export const useRoutingRules = () => useQuery(rulesQueryOptions());

/** Creates a rule, or (with `id`) replaces the whole rule. */
export const useSaveRule = () =>
  useInvalidating(
    ({ id, body }: { id?: string; body: RoutingRuleCreate }) =>
      id
        ? unwrap(api.PUT("/api/admin/routing-rules/{rule_id}", { params: { path: { rule_id: id } }, body }))
        : unwrap(api.POST("/api/admin/routing-rules", { body })),
    RULES,
  );

export const useDeleteRule = () =>
  useInvalidating(async (id: string) => {
    await unwrap(api.DELETE("/api/admin/routing-rules/{rule_id}", { params: { path: { rule_id: id } } }));
  }, RULES);

/** A rate (0-1) as a percentage with one decimal, or a dash when nothing was counted. */
export function rate(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${(value * 100).toFixed(1).replace(/\.0$/, "")}%`;
}

/** `datetime-local` text (the admin's own clock) as an ISO instant with its offset, as the API requires. */
export function localToIso(local: string): string {
  return new Date(local).toISOString();
}

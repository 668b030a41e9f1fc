/** The exercise catalogue: GET /api/exercises (filtered) and GET /api/exercises/{exercise_id}. Shared by Plan and Log. */
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { ExercisePublic as Exercise, operations } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type { Exercise };
export type ExerciseFilters = NonNullable<operations["listExercises"]["parameters"]["query"]>;

/** Drops empty filters so "" does not reach the API (it would 422 on the enums) and keys stay stable. */
export function cleanFilters(filters: { [K in keyof ExerciseFilters]?: string | null }): ExerciseFilters {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters)) if (typeof v === "string" && v.trim() !== "") out[k] = v.trim();
  return out as ExerciseFilters;
}

export const exercisesQueryOptions = (filters: ExerciseFilters = {}) =>
  queryOptions({
    queryKey: ["exercises", "list", filters],
    queryFn: () => unwrap(api.GET("/api/exercises", { params: { query: filters } })),
    staleTime: 60 * 60 * 1000, // the catalogue changes with deployments only
  });
export const useExercises = (filters: ExerciseFilters = {}, enabled = true) =>
  useQuery({ ...exercisesQueryOptions(filters), enabled, placeholderData: keepPreviousData });

export const exerciseQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["exercises", "one", id],
    queryFn: () => unwrap(api.GET("/api/exercises/{exercise_id}", { params: { path: { exercise_id: id } } })),
    staleTime: 60 * 60 * 1000,
  });
export const useExercise = (id: string | null) => useQuery({ ...exerciseQueryOptions(id ?? ""), enabled: !!id });

/** id → name for the whole catalogue (one cached request), to name substitutions. */
export function useExerciseNames(enabled = true): Map<string, string> | undefined {
  const all = useQuery({ ...exercisesQueryOptions({}), enabled, select: (d) => new Map(d.items.map((e) => [e.id, e.name])) });
  return all.data;
}

/**
 * The ids of the catalogue's barbell exercises (the catalogue's `equipment`; one small cached request): the
 * plate calculator is offered for these only (plates go on a bar, not on a dumbbell, a machine or a body).
 */
export function useBarbellExercises(enabled = true): Set<string> | undefined {
  const found = useQuery({ ...exercisesQueryOptions({ equipment: "barbell" }), enabled, select: (d) => new Set(d.items.filter((e) => e.equipment.includes("barbell")).map((e) => e.id)) });
  return found.data;
}

/** A logged exercise outside the catalogue: `custom:<slug>` (what the API accepts, with a name). */
export function customExerciseId(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 72)
    .replace(/-+$/g, "");
  return `custom:${slug || "exercise"}`;
}

/** "horizontal_push" → "Horizontal push". */
export const humanize = (s: string): string => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/_/g, " ");

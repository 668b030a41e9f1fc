/**
 * The user's own exercises: GET/POST /api/exercises/custom, PUT (rename) and DELETE (with `merge_into`: its
 * logged sets move to another exercise first) /api/exercises/custom/{exercise_id}. Shared by the Log's
 * exercise picker and the Account screen.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CustomExercisePublic as CustomExercise } from "@/client/schema";
import { api, unwrap } from "@/lib/api-client";

export type { CustomExercise };

export const customExercisesQueryOptions = () =>
  queryOptions({
    queryKey: ["exercises", "custom"],
    queryFn: async () => (await unwrap(api.GET("/api/exercises/custom"))).items,
  });
export const useCustomExercises = (enabled = true) => useQuery({ ...customExercisesQueryOptions(), enabled });

/** Custom exercises whose name has every word of `q` (case and accents ignored), by name. */
export function matchCustom(items: CustomExercise[], q: string): CustomExercise[] {
  const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return items.filter((c) => words.every((w) => fold(c.name).includes(w)));
}

function useChanged() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ["exercises", "custom"] });
    // Sessions and progress show the new name, or the sets under the exercise they moved to.
    void qc.invalidateQueries({ queryKey: ["sessions"] });
    void qc.invalidateQueries({ queryKey: ["progress"] });
  };
}

export function useRenameCustomExercise() {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => unwrap(api.PUT("/api/exercises/custom/{exercise_id}", { params: { path: { exercise_id: id } }, body: { name } })),
    onSuccess: changed,
  });
}

/** Deletes one; with `mergeInto` (a catalogue id or another custom id) its logged sets move there first. */
export function useDeleteCustomExercise() {
  const changed = useChanged();
  return useMutation({
    mutationFn: async ({ id, mergeInto }: { id: string; mergeInto?: string }) => {
      await unwrap(api.DELETE("/api/exercises/custom/{exercise_id}", { params: { path: { exercise_id: id }, query: mergeInto ? { merge_into: mergeInto } : {} } }));
    },
    onSuccess: changed,
  });
}

import { QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { GOBLET_SQUAT as SQUAT } from "@/testing/exercises";
import { json, stubFetch, testQueryClient } from "@/testing/render";
import { cleanFilters, customExerciseId, useExercise, useExerciseNames, useExercises } from "./exercises";

const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={testQueryClient()}>{children}</QueryClientProvider>;


it("cleanFilters drops empty and blank filters and trims text", () => {
  expect(cleanFilters({ q: "  squat ", muscle: "", equipment: null, pattern: "squat" })).toEqual({ q: "squat", pattern: "squat" });
});

it("customExerciseId makes the custom:<slug> id the API accepts", () => {
  expect(customExerciseId("Sled Push!")).toBe("custom:sled-push");
  expect(customExerciseId("  Zercher  squat (paused) ")).toBe("custom:zercher-squat-paused");
  expect(customExerciseId("???")).toBe("custom:exercise");
  expect(customExerciseId("a".repeat(200)).length).toBeLessThanOrEqual(80);
});

it("useExercises sends only the filters that are set", async () => {
  const fetch = stubFetch({ "GET /api/exercises": () => json({ items: [SQUAT], next_cursor: null }) });
  const { result } = renderHook(() => useExercises(cleanFilters({ q: "squat", muscle: "quads", equipment: "" })), { wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  const url = new URL((fetch.mock.calls[0]![0] as Request).url);
  expect(Object.fromEntries(url.searchParams)).toEqual({ q: "squat", muscle: "quads" });
  expect(result.current.data?.items[0]?.name).toBe("Goblet squat");
});

it("useExercise fetches one exercise and stays idle without an id", async () => {
  const fetch = stubFetch({ "GET /api/exercises/goblet-squat-dumbbell": () => json(SQUAT) });
  const idle = renderHook(() => useExercise(null), { wrapper });
  expect(idle.result.current.fetchStatus).toBe("idle");
  const { result } = renderHook(() => useExercise("goblet-squat-dumbbell"), { wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(result.current.data?.substitutions).toEqual(["bodyweight-squat"]);
  expect(fetch).toHaveBeenCalledTimes(1);
});

it("useExercise surfaces a 404 as an error", async () => {
  stubFetch({});
  const { result } = renderHook(() => useExercise("nope"), { wrapper });
  await waitFor(() => expect(result.current.isError).toBe(true));
});

it("useExerciseNames maps ids to names from the catalogue", async () => {
  stubFetch({ "GET /api/exercises": () => json({ items: [SQUAT, { ...SQUAT, id: "bodyweight-squat", name: "Bodyweight squat" }] }) });
  const { result } = renderHook(() => useExerciseNames(), { wrapper });
  await waitFor(() => expect(result.current?.get("bodyweight-squat")).toBe("Bodyweight squat"));
});

import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Plan } from "@/api/plans";
import { json, renderApp, stubFetch } from "@/testing/render";
import { PlanScreen } from "./plan-screen";
import { PlanView } from "./plan-view";

const item = (exercise_id: string, name: string) => ({ exercise_id, name, sets: 3, reps_min: 8, reps_max: 10, target_rpe: 7, rest_seconds: 90, notes: "" });
const plan = (first: ReturnType<typeof item>) =>
  ({
    id: "p1",
    name: "Test plan",
    goal: "strength",
    split: "full_body",
    source: { provider: "engine", model: null },
    rationale: "",
    safety_notes: [],
    days: [{ day_index: 2, name: "Full body", focus: "legs", estimated_minutes: 40, exercises: [first, item("custom:sled-push", "Sled push")] }],
  }) as unknown as Plan;

const OPTIONS = {
  day_index: 2,
  exercise_id: "goblet-squat-dumbbell",
  name: "Goblet squat",
  items: [
    { id: "dumbbell-front-squat", name: "Dumbbell front squat", equipment: ["dumbbells"], load_type: "weight", why: "Same movement: squat pattern, trains quads; needs dumbbells." },
    { id: "bodyweight-squat", name: "Bodyweight squat", equipment: ["bodyweight"], load_type: "bodyweight", why: "A listed substitution: squat pattern." },
  ],
};

it("swaps an exercise for a replacement that fits, from a keyboard-reachable dialog, and refreshes the plans", async () => {
  const user = userEvent.setup();
  let swapped: unknown = null;
  const fetch = stubFetch({
    "GET /api/workouts/p1/swap-options": (url) => {
      expect(Object.fromEntries(url.searchParams)).toEqual({ day_index: "2", exercise_id: "goblet-squat-dumbbell" });
      return json(OPTIONS);
    },
    "POST /api/workouts/p1/swap": async (_url, request) => {
      swapped = await request.json();
      return json({ ...plan(item("bodyweight-squat", "Bodyweight squat")), swapped: {}, repairs: [] });
    },
    "GET /api/workouts": () =>
      json({ items: [{ ...plan(item(swapped ? "bodyweight-squat" : "goblet-squat-dumbbell", swapped ? "Bodyweight squat" : "Goblet squat")), active: true }], next_cursor: null }),
  });
  renderApp(<PlanScreen />);
  (await screen.findByRole("button", { name: "Swap Goblet squat" })).focus();
  expect(screen.queryByRole("button", { name: "Swap Sled push" })).not.toBeInTheDocument(); // custom: nothing to swap from the catalogue
  await user.keyboard("{Enter}");
  const dialog = await screen.findByRole("dialog", { name: "Swap Goblet squat" });
  expect(await within(dialog).findByText("Dumbbell front squat")).toBeInTheDocument();
  expect(within(dialog).getByText("A listed substitution: squat pattern.")).toBeInTheDocument();
  await user.click(within(dialog).getByRole("button", { name: "Use Bodyweight squat" }));

  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  expect(swapped).toEqual({ day_index: 2, exercise_id: "goblet-squat-dumbbell", replacement_id: "bodyweight-squat" });
  // The plans were invalidated and fetched again: the plan shows the new exercise.
  expect(await screen.findByRole("button", { name: "Bodyweight squat details" })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Goblet squat details" })).not.toBeInTheDocument();
  expect(fetch.mock.calls.filter(([r]) => (r as Request).method === "POST")).toHaveLength(1);
});

it("says why a swap was refused and keeps the dialog open", async () => {
  stubFetch({
    "GET /api/workouts/p1/swap-options": () => json(OPTIONS),
    "POST /api/workouts/p1/swap": () =>
      json({ title: "Invalid input", status: 422, detail: "Dumbbell front squat cannot replace Goblet squat: it is not advised with your knee injury.", errors: [] }, 422),
  });
  renderApp(<PlanView plan={plan(item("goblet-squat-dumbbell", "Goblet squat"))} />);
  await userEvent.click(screen.getByRole("button", { name: "Swap Goblet squat" }));
  const dialog = await screen.findByRole("dialog", { name: "Swap Goblet squat" });
  await userEvent.click(await within(dialog).findByRole("button", { name: "Use Dumbbell front squat" }));
  expect(await within(dialog).findByText(/not advised with your knee injury/)).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
});

it("says so when nothing fits", async () => {
  stubFetch({ "GET /api/workouts/p1/swap-options": () => json({ ...OPTIONS, items: [] }) });
  renderApp(<PlanView plan={plan(item("goblet-squat-dumbbell", "Goblet squat"))} />);
  await userEvent.click(screen.getByRole("button", { name: "Swap Goblet squat" }));
  expect(await screen.findByText(/Nothing that fits your equipment and injuries/)).toBeInTheDocument();
});

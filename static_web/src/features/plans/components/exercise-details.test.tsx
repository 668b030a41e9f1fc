import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Plan } from "@/api/plans";
import { GOBLET_SQUAT } from "@/testing/exercises";
import { json, renderApp, stubFetch } from "@/testing/render";
import { PlanView } from "./plan-view";

const SQUAT = { ...GOBLET_SQUAT, secondary_muscles: [] };
const BW = { ...SQUAT, id: "bodyweight-squat", name: "Bodyweight squat", equipment: ["bodyweight"], instructions: "Feet shoulder-width, sit the hips down, stand up.", substitutions: [] };

const plan = {
  id: "p1",
  name: "Test plan",
  goal: "strength",
  split: "full_body",
  source: { provider: "engine", model: null },
  rationale: "",
  safety_notes: [],
  days: [
    {
      day_index: 0,
      name: "Full body",
      focus: "legs",
      estimated_minutes: 40,
      exercises: [{ exercise_id: "goblet-squat-dumbbell", name: "Goblet squat", sets: 3, reps_min: 8, reps_max: 10, target_rpe: 7, rest_seconds: 90, notes: "" }],
    },
  ],
} as unknown as Plan;

it("opens an exercise's details from the plan, with instructions, cautions and substitutions it can open", async () => {
  stubFetch({
    "GET /api/exercises/goblet-squat-dumbbell": () => json(SQUAT),
    "GET /api/exercises/bodyweight-squat": () => json(BW),
    "GET /api/exercises": () => json({ items: [SQUAT, BW] }),
  });
  renderApp(<PlanView plan={plan} />);
  await userEvent.click(screen.getByRole("button", { name: "Goblet squat details" }));
  const dialog = await screen.findByRole("dialog", { name: "Goblet squat" });
  expect(await within(dialog).findByText(/Hold the dumbbell at the chest/)).toBeInTheDocument();
  expect(within(dialog).getByText(/Knee injury \(severe or worse\)/)).toBeInTheDocument();
  await userEvent.click(await within(dialog).findByRole("button", { name: "Details of Bodyweight squat" }));
  expect(await screen.findByText(/Feet shoulder-width/)).toBeInTheDocument();
  expect(screen.getByText("No substitutions listed.")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Back" }));
  expect(await screen.findByText(/Hold the dumbbell at the chest/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Close" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
});

it("shows what went wrong when the details cannot load", async () => {
  stubFetch({ "GET /api/exercises/goblet-squat-dumbbell": () => json({ title: "Server error", status: 500, detail: "boom" }, 500) });
  renderApp(<PlanView plan={plan} />);
  await userEvent.click(screen.getByRole("button", { name: "Goblet squat details" }));
  expect(await screen.findByText("Could not load the exercise details")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
});

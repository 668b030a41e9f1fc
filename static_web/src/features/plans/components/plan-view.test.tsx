import { screen, within } from "@testing-library/react";
import type { Plan } from "@/api/plans";
import { renderApp, stubFetch } from "@/testing/render";
import { PlanView } from "./plan-view";

const plan = {
  id: "p1",
  name: "Strength: an upper/lower split",
  goal: "strength",
  split: "upper_lower",
  source: { provider: "engine", model: null },
  rationale: "",
  safety_notes: [],
  days: [
    {
      day_index: 0,
      name: "Lower body A",
      focus: "Barbell back squat",
      estimated_minutes: 75,
      warmup: [
        { name: "Leg swings", duration_seconds: 75, notes: "10 a side, front to back and across." },
        { name: "Hip hinge to a wall", duration_seconds: 75, notes: "8 reps, flat back." },
      ],
      exercises: [
        { exercise_id: "barbell-back-squat", name: "Barbell back squat", sets: 5, reps_min: 3, reps_max: 6, target_rpe: 8, rest_seconds: 300, notes: "", progression: "training_max_wave", role: "main" },
        { exercise_id: "barbell-rdl", name: "Barbell Romanian deadlift", sets: 3, reps_min: 6, reps_max: 8, target_rpe: 8, rest_seconds: 180, notes: "", progression: "rpe", role: "main" },
      ],
    },
  ],
} as unknown as Plan;

it("shows the day's warm-up drills and a 5/3/1 lift as wave sets at a share of the training max", async () => {
  stubFetch({});
  renderApp(<PlanView plan={plan} />);
  expect(await screen.findByText("Warm-up drills")).toBeVisible();
  expect(screen.getByText(/Leg swings: 10 a side/)).toBeVisible();
  const squat = screen.getByRole("row", { name: /Barbell back squat/ });
  expect(within(squat).getByText("3 wave sets + 2 back-off")).toBeVisible();
  expect(within(squat).getByText("% of TM")).toBeVisible();
  const rdl = screen.getByRole("row", { name: /Romanian deadlift/ });
  expect(within(rdl).getByText("3 × 6–8")).toBeVisible();
  expect(within(rdl).getByText("RPE 8")).toBeVisible();
});

it("names the goal, split and progression in words, never as the API's ids", async () => {
  stubFetch({});
  const hypertrophy = { ...plan, goal: "hypertrophy", split: "push_pull_legs", progression: { method: "double_progression", summary: "Reps first.", deload_guidance: "" } } as unknown as Plan;
  const { container } = renderApp(<PlanView plan={hypertrophy} />);
  expect(await screen.findByText(/Muscle size · Push\/pull\/legs · made by/)).toBeVisible();
  expect(screen.getByText("Double progression (reps up the range, then load).")).toBeVisible();
  expect(container.textContent).not.toMatch(/hypertrophy|push_pull_legs|double_progression|training_max_wave/);
});

it("names each day by its weekday and starts that day's workout in the Log", async () => {
  stubFetch({});
  const twoDays = { ...plan, days: [plan.days[0]!, { ...plan.days[0]!, day_index: 1, name: "Upper body A", warmup: [] }] } as unknown as Plan;
  renderApp(<PlanView plan={twoDays} weekdays={["Monday", "Thursday"]} startable />);
  expect(await screen.findByRole("heading", { level: 4, name: "Monday · Day 1: Lower body A" })).toBeVisible();
  expect(screen.getByRole("heading", { level: 4, name: "Thursday · Day 2: Upper body A" })).toBeVisible();
  expect(screen.getByRole("link", { name: "Start this workout: Day 2, Upper body A" })).toHaveAttribute("href", "/log?day=1");
  // Swap sits with the exercise's name, not in a last column a phone cuts off.
  const squat = screen.getAllByRole("row", { name: /Barbell back squat/ })[0]!;
  expect(within(within(squat).getAllByRole("cell")[0]!).getByRole("button", { name: "Swap Barbell back squat" })).toBeVisible();
});

it("offers no start button on a plan the Log does not start from", async () => {
  stubFetch({});
  renderApp(<PlanView plan={plan} />);
  expect(await screen.findByRole("heading", { level: 4, name: "Day 1: Lower body A" })).toBeVisible();
  expect(screen.queryByRole("link", { name: /Start this workout/ })).not.toBeInTheDocument();
});

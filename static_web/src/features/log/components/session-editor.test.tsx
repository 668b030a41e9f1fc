import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Plan } from "@/api/plans";
import { exercise } from "@/testing/exercises";
import { json, renderApp, stubFetch } from "@/testing/render";
import { saveDraft } from "@/lib/workout-draft";
import { SessionEditor } from "./session-editor";

// jsdom has no IndexedDB: the workout in progress is kept in memory here (the browser tests use the real store).
vi.mock("@/lib/client-store", () => {
  const kept = new Map<string, unknown>();
  return {
    getItem: (key: string) => Promise.resolve(kept.get(key)),
    setItem: (key: string, value: unknown) => Promise.resolve(void kept.set(key, structuredClone(value))),
    removeItem: (key: string) => Promise.resolve(void kept.delete(key)),
  };
});

const item = (exercise_id: string, name: string) => ({ exercise_id, name, sets: 2, reps_min: 5, reps_max: 8, target_rpe: 8, rest_seconds: 120, notes: "" });
const plan = {
  id: "p1",
  name: "Upper/lower",
  days: [
    { day_index: 0, name: "Lower A", focus: "legs", estimated_minutes: 60, exercises: [item("barbell-back-squat", "Barbell back squat"), item("goblet-squat-dumbbell", "Goblet squat")] },
    { day_index: 1, name: "Upper A", focus: "push and pull", estimated_minutes: 60, exercises: [item("barbell-bench-press", "Barbell bench press"), item("push-up", "Push-up")] },
  ],
} as unknown as Plan;

beforeEach(() => {
  stubFetch({
    "GET /api/exercises": (url) =>
      json({ items: url.searchParams.get("equipment") === "barbell" ? [exercise("barbell-back-squat", "Barbell back squat", { equipment: ["barbell"] }), exercise("barbell-bench-press", "Barbell bench press", { equipment: ["barbell", "bench"] })] : [] }),
  });
});

it("offers the plate calculator on barbell exercises only", async () => {
  renderApp(<SessionEditor plan={plan} units="metric" onDone={() => {}} />);
  expect(await screen.findByRole("button", { name: "Plate calculator for Barbell back squat" }, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "Goblet squat" })).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Plate calculator for Goblet squat" })).not.toBeInTheDocument();
});

it("starts on the day it is given, named by weekday, and says so on a rest day", async () => {
  renderApp(<SessionEditor plan={plan} startDay={1} restDay={{ nextWeekday: "Thursday" }} weekdays={["Monday", "Thursday"]} units="metric" onDone={() => {}} />);
  expect(await screen.findByRole("heading", { name: "Barbell bench press" }, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.queryByRole("heading", { name: "Barbell back squat" })).not.toBeInTheDocument();
  expect(screen.getByRole("status")).toHaveTextContent("No session planned today: it is a rest day. Next up on Thursday: Day 2, Upper A. You can still log it now");
  expect(screen.getByLabelText("Start from")).toHaveDisplayValue("Thursday: Day 2, Upper A");
});

it("shows a superset as one group, rests after the pair, and marks a set's type from its number", async () => {
  const paired = { ...plan, days: [{ ...plan.days[0]!, exercises: [{ ...item("barbell-bench-press", "Barbell bench press"), superset: "A" }, { ...item("push-up", "Push-up"), superset: "A" }] }] } as unknown as Plan;
  renderApp(<SessionEditor plan={paired} units="metric" onDone={() => {}} />);
  const group = await screen.findByRole("region", { name: "Superset A" }, { timeout: 5000 });
  expect(group).toHaveTextContent("Superset A: alternate Barbell bench press and Push-up, one set of each, then rest.");
  expect(screen.getByLabelText("superset A1")).toBeInTheDocument();
  expect(screen.getByLabelText("superset A2")).toBeInTheDocument();

  await userEvent.click(screen.getByRole("button", { name: "Barbell bench press set 1: normal. Change set type" }));
  // A warm-up is W1 and the working sets count from 1 again (as Strong and Hevy number them).
  expect(await screen.findByRole("button", { name: "Barbell bench press warm-up 1: warm-up. Change set type" })).toHaveTextContent("W");
  expect(screen.getByRole("button", { name: "Barbell bench press set 1: normal. Change set type" })).toHaveTextContent("1");

  await userEvent.click(screen.getByRole("button", { name: "Barbell bench press warm-up 1 done" }));
  await screen.findByRole("button", { name: "Barbell bench press warm-up 1 done", pressed: true });
  expect(screen.queryByRole("timer")).not.toBeInTheDocument(); // straight on to the push-ups
  await userEvent.click(screen.getByRole("button", { name: "Push-up set 1 done" }));
  expect(await screen.findByRole("timer")).toBeInTheDocument();
}, 20_000);

it("pre-adds the plan's ramp-up sets as W rows climbing to the working weight, which follow it and can be removed", async () => {
  await saveDraft(null); // the workout the test before left in progress
  const ramped = { ...plan, days: [{ ...plan.days[0]!, exercises: [{ ...item("barbell-back-squat", "Barbell back squat"), sets: 3, warmup_sets: 2 }, item("goblet-squat-dumbbell", "Goblet squat")] }] } as unknown as Plan;
  renderApp(<SessionEditor plan={ramped} units="metric" onDone={() => {}} />);
  const w1 = await screen.findByRole("button", { name: "Barbell back squat warm-up 1: warm-up. Change set type" }, { timeout: 5000 });
  expect(w1).toHaveTextContent("W");
  expect(screen.getByLabelText("Barbell back squat warm-up 1 reps")).toHaveValue(5);
  expect(screen.getByLabelText("Barbell back squat warm-up 2 reps")).toHaveValue(3);
  expect(screen.getByRole("button", { name: "Barbell back squat set 3 done" })).toBeInTheDocument();
  // Typing the working weight sets the ramp: 50% and 75% of 100 kg, rounded down to 2.5 kg.
  await userEvent.type(screen.getByLabelText("Barbell back squat set 1 weight (kg)"), "100");
  expect(screen.getByLabelText("Barbell back squat warm-up 1 weight (kg)")).toHaveValue(50);
  expect(screen.getByLabelText("Barbell back squat warm-up 2 weight (kg)")).toHaveValue(75);
  expect(screen.getByLabelText("Barbell back squat set 3 weight (kg)")).toHaveValue(100);
  // The goblet squat has no ramp in the plan, so no W rows.
  expect(screen.queryByLabelText("Goblet squat warm-up 1 reps")).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Remove the warm-up sets of Barbell back squat" }));
  expect(screen.queryByLabelText("Barbell back squat warm-up 1 reps")).not.toBeInTheDocument();
  expect(screen.getByLabelText("Barbell back squat set 1 weight (kg)")).toHaveValue(100);
}, 20_000);

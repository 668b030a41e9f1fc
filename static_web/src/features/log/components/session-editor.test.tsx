import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Plan } from "@/api/plans";
import { exercise } from "@/testing/exercises";
import { json, renderApp, stubFetch } from "@/testing/render";
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
  expect(await screen.findByRole("button", { name: "Barbell bench press set 1: warm-up. Change set type" })).toHaveTextContent("W");

  await userEvent.click(screen.getByRole("button", { name: "Barbell bench press set 1 done" }));
  await screen.findByRole("button", { name: "Barbell bench press set 1 done", pressed: true });
  expect(screen.queryByRole("timer")).not.toBeInTheDocument(); // straight on to the push-ups
  await userEvent.click(screen.getByRole("button", { name: "Push-up set 1 done" }));
  expect(await screen.findByRole("timer")).toBeInTheDocument();
}, 20_000);

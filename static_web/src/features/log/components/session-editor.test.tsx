import { ChakraProvider } from "@chakra-ui/react";
import { act, render, screen } from "@testing-library/react";
import { system } from "@/app/theme";
import { RestTimer } from "./rest-timer";
import { toSessionBody, type ExerciseRow } from "./session-editor";

it("builds the SI session body from rows typed in pounds, skipping empty sets", () => {
  const rows: ExerciseRow[] = [
    {
      exercise_id: "goblet-squat-dumbbell",
      name: "Goblet squat",
      rest_seconds: 90,
      sets: [
        { reps: "10", weight: "55", rpe: "8", completed: true },
        { reps: "", weight: "", rpe: "", completed: false },
      ],
    },
  ];
  const body = toSessionBody(rows, "imperial", { dayIndex: 0, startedAt: "2026-11-26T08:00:00Z", minutes: 40 });
  expect(body.exercises[0]!.sets).toEqual([{ reps: 10, weight_kg: 24.948, rpe: 8, completed: true }]);
  expect(body).toMatchObject({ day_index: 0, duration_minutes: 40, started_at: "2026-11-26T08:00:00Z" });
});

it("the rest timer counts down and says when rest is over", () => {
  vi.useFakeTimers();
  render(
    <ChakraProvider value={system}>
      <RestTimer seconds={3} onSkip={() => {}} />
    </ChakraProvider>,
  );
  expect(screen.getByRole("timer")).toHaveTextContent("Rest 0:03");
  act(() => vi.advanceTimersByTime(1100));
  expect(screen.getByRole("timer")).toHaveTextContent("Rest 0:02");
  act(() => vi.advanceTimersByTime(3000));
  expect(screen.getByText("Rest is over. Next set.")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Close timer" })).toBeInTheDocument();
});

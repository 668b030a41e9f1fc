import { ChakraProvider } from "@chakra-ui/react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { system } from "@/app/theme";
import type { FitnessProfile } from "@/api/profile";
import { AboutFields, anyParQYes, defaultProfile, ParQFields, ScheduleFields } from "./profile-fields";

function Harness({ Fields, initial = defaultProfile("Ada") }: { Fields: typeof ParQFields; initial?: FitnessProfile }) {
  const [value, setValue] = useState(initial);
  return (
    <ChakraProvider value={system}>
      <Fields value={value} onChange={(patch) => setValue((v) => ({ ...v, ...patch }))} />
      <output data-testid="weight">{String(value.weight_kg)}</output>
      <output data-testid="height">{String(value.height_cm)}</output>
    </ChakraProvider>
  );
}

it("shows the physician notice as soon as any PAR-Q answer is yes", async () => {
  const user = userEvent.setup();
  render(<Harness Fields={ParQFields} />);
  expect(screen.getAllByRole("radiogroup")).toHaveLength(7);
  expect(screen.queryByText("Talk to a doctor before you start")).not.toBeInTheDocument();
  const dizziness = screen.getByRole("radiogroup", { name: /dizziness/ });
  await user.click(dizziness.querySelector('input[value="yes"]')!);
  expect(screen.getByText("Talk to a doctor before you start")).toBeInTheDocument();
});

it("asks for a physician's clearance after a heart, chest-pain or dizziness answer, and records it", async () => {
  const user = userEvent.setup();
  render(<Harness Fields={ParQFields} />);
  const joints = screen.getByRole("radiogroup", { name: /bone or joint/ });
  await user.click(joints.querySelector('input[value="yes"]')!);
  // A bone or joint answer keeps training (conservatively): no clearance question.
  expect(screen.queryByRole("checkbox", { name: "A physician has cleared me to exercise" })).not.toBeInTheDocument();
  const chest = screen.getByRole("radiogroup", { name: /pain in your chest when you do physical activity/ });
  await user.click(chest.querySelector('input[value="yes"]')!);
  const cleared = screen.getByRole("checkbox", { name: "A physician has cleared me to exercise" });
  expect(cleared).not.toBeChecked();
  await user.click(cleared);
  expect(cleared).toBeChecked();
});

it("takes weight in pounds for imperial users and keeps kilograms", async () => {
  const user = userEvent.setup();
  render(<Harness Fields={AboutFields} initial={{ ...defaultProfile("Ada"), units: "imperial" }} />);
  await user.type(screen.getByLabelText("Weight (lb)"), "220.5");
  expect(Number(screen.getByTestId("weight").textContent)).toBeCloseTo(100.017, 2);
});

it("asks imperial users for height in feet and inches (not 70.9 in) and keeps centimetres", async () => {
  const user = userEvent.setup();
  render(<Harness Fields={AboutFields} initial={{ ...defaultProfile("Ada"), units: "imperial", height_cm: 180 }} />);
  expect(screen.getByRole("spinbutton", { name: "Feet" })).toHaveValue(5);
  expect(screen.getByRole("spinbutton", { name: "Inches" })).toHaveValue(11);
  await user.clear(screen.getByRole("spinbutton", { name: "Feet" }));
  await user.type(screen.getByRole("spinbutton", { name: "Feet" }), "6");
  await user.clear(screen.getByRole("spinbutton", { name: "Inches" }));
  await user.type(screen.getByRole("spinbutton", { name: "Inches" }), "2");
  expect(Number(screen.getByTestId("height").textContent)).toBeCloseTo(187.96, 1);
});

it("onboarding's days and minutes accept editing: clear 3, type 4 gives 4; 45 minutes becomes 60", async () => {
  const user = userEvent.setup();
  render(<Harness Fields={ScheduleFields} />);
  const days = screen.getByRole("spinbutton", { name: "Days per week" });
  await user.clear(days);
  await user.type(days, "4");
  expect(days).toHaveValue(4);
  const minutes = screen.getByRole("spinbutton", { name: "Minutes per session" });
  await user.clear(minutes);
  await user.type(minutes, "60");
  expect(minutes).toHaveValue(60);
});

it("anyParQYes", () => {
  const p = defaultProfile();
  expect(anyParQYes(p)).toBe(false);
  expect(anyParQYes({ ...p, par_q: { ...p.par_q!, other_reason: true } })).toBe(true);
  // Clearance is not an answer: on its own it raises no notice.
  expect(anyParQYes({ ...p, par_q: { ...p.par_q!, medical_clearance: true } })).toBe(false);
});

it("labels any vocabulary value for people, falling back to readable words", async () => {
  const { labelOf, GOALS } = await import("./vocab");
  expect(labelOf(GOALS, "hypertrophy")).toBe("Muscle size");
  expect(labelOf(GOALS, "some_new_goal")).toBe("Some new goal");
  expect(labelOf(GOALS, null)).toBe("");
});

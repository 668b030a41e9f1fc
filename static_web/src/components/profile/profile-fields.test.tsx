import { ChakraProvider } from "@chakra-ui/react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { system } from "@/app/theme";
import type { FitnessProfile } from "@/client/schema";
import { AboutFields, anyParQYes, defaultProfile, ParQFields } from "./profile-fields";

function Harness({ Fields, initial = defaultProfile("Ada") }: { Fields: typeof ParQFields; initial?: FitnessProfile }) {
  const [value, setValue] = useState(initial);
  return (
    <ChakraProvider value={system}>
      <Fields value={value} onChange={(patch) => setValue((v) => ({ ...v, ...patch }))} />
      <output data-testid="weight">{String(value.weight_kg)}</output>
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

it("takes weight in pounds for imperial users and keeps kilograms", async () => {
  const user = userEvent.setup();
  render(<Harness Fields={AboutFields} initial={{ ...defaultProfile("Ada"), units: "imperial" }} />);
  await user.type(screen.getByLabelText("Weight (lb)"), "220.5");
  expect(Number(screen.getByTestId("weight").textContent)).toBeCloseTo(100.017, 2);
});

it("anyParQYes", () => {
  const p = defaultProfile();
  expect(anyParQYes(p)).toBe(false);
  expect(anyParQYes({ ...p, par_q: { ...p.par_q!, other_reason: true } })).toBe(true);
});

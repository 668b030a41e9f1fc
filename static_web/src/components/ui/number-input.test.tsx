import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { renderApp, stubFetch } from "@/testing/render";
import { NumberInput } from "./number-input";

/** A form like onboarding's: an empty field falls back to its default at once. */
function DaysForm({ fallback }: { fallback: number }) {
  const [days, setDays] = useState<number>(3);
  return (
    <>
      <NumberInput aria-label="Days per week" value={days} min={1} max={7} onValueChange={(v) => setDays(v ?? fallback)} />
      <output>{days}</output>
    </>
  );
}

it("clearing 3 and typing 4 gives 4, not 34, even when the form puts its default back", async () => {
  stubFetch({});
  const user = userEvent.setup();
  renderApp(<DaysForm fallback={3} />);
  const field = screen.getByRole("spinbutton", { name: "Days per week" });
  await user.clear(field);
  await user.type(field, "4");
  expect(field).toHaveValue(4);
  expect(screen.getByRole("status")).toHaveTextContent("4");
});

it("replaces 45 minutes with 60", async () => {
  stubFetch({});
  const user = userEvent.setup();
  function Minutes() {
    const [m, setM] = useState<number>(45);
    return <NumberInput aria-label="Minutes" value={m} step={5} onValueChange={(v) => setM(v ?? 45)} />;
  }
  renderApp(<Minutes />);
  const field = screen.getByRole("spinbutton", { name: "Minutes" });
  await user.tripleClick(field);
  await user.keyboard("60");
  expect(field).toHaveValue(60);
  await user.clear(field);
  await user.tab(); // left empty: the form's value (its default) shows again
  expect(field).toHaveValue(45);
});

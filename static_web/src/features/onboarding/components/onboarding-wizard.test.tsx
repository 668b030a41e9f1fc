import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { json, renderApp, stubFetch } from "@/testing/render";
import { OnboardingWizard } from "./onboarding-wizard";

vi.mock("@/lib/auth", () => ({
  useAuth: () => ({ user: { id: "u1", display_name: "Ada" } }),
  AuthProvider: ({ children }: { children: ReactNode }) => children,
  isAdmin: () => false,
}));

beforeEach(() => sessionStorage.clear());

it("asks the goals and every PAR-Q question without answering for the user, naming a question left out", async () => {
  const user = userEvent.setup();
  const saved: unknown[] = [];
  stubFetch({
    "GET /api/users/profile": () => json({ title: "Not found", status: 404 }, 404),
    "PUT /api/users/profile": async (_url, req) => (saved.push(await req.json()), json(saved.at(-1), 200, { ETag: '"1"' })),
  });
  renderApp(<OnboardingWizard />);
  await user.type(await screen.findByLabelText("Birth year"), "1990");
  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(screen.getByRole("checkbox", { name: "General fitness" })).not.toBeChecked(); // nothing preselected
  expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
  await user.click(screen.getByText("Strength"));
  for (let i = 0; i < 3; i++) await user.click(screen.getByRole("button", { name: "Next" }));

  const groups = screen.getAllByRole("radiogroup");
  expect(groups).toHaveLength(7);
  for (const g of groups) expect(g.querySelectorAll("input:checked")).toHaveLength(0); // no "No" picked for them
  for (const g of groups.slice(0, 2).concat(groups.slice(3))) await user.click(g.querySelector('input[value="no"]')!);
  await user.click(screen.getByRole("button", { name: "Finish setup" }));
  expect(screen.getByRole("alert")).toHaveTextContent("Answer question 3 (“In the past month, have you had chest pain when you were not doing physical activity?”) with yes or no.");
  expect(groups[2]).toHaveAttribute("aria-invalid", "true");
  expect(saved).toHaveLength(0);

  await user.click(groups[2]!.querySelector('input[value="no"]')!);
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Finish setup" }));
  await vi.waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0]).toMatchObject({ birth_year: 1990, goals: ["strength"], par_q: { chest_pain_rest: false, other_reason: false } });
  expect(sessionStorage.getItem("vigor-onboarding:u1")).toBeNull(); // kept only until submitted
});

it("keeps the answers given so far through a reload, on the step the user was on", async () => {
  const user = userEvent.setup();
  stubFetch({ "GET /api/users/profile": () => json({ title: "Not found", status: 404 }, 404) });
  const first = renderApp(<OnboardingWizard />);
  await user.type(await screen.findByLabelText("Birth year"), "1985");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByText("Fat loss"));
  await user.click(screen.getByRole("button", { name: "Next" }));
  first.unmount();

  renderApp(<OnboardingWizard />); // a reload
  expect(await screen.findByRole("heading", { name: "Equipment and injuries" })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Back" }));
  expect(screen.getByRole("checkbox", { name: "Fat loss" })).toBeChecked();
  await user.click(screen.getByRole("button", { name: "Back" }));
  expect(screen.getByLabelText("Birth year")).toHaveValue(1985);
});

it("checks the time zone on its own step and shows the server's field error on its field, on its step", async () => {
  const user = userEvent.setup();
  const saved: unknown[] = [];
  stubFetch({
    "GET /api/users/profile": () => json({ title: "Not found", status: 404 }, 404),
    "PUT /api/users/profile": async (_url, req) => {
      saved.push(await req.json());
      return saved.length === 1
        ? json({ title: "Some fields are invalid", status: 422, errors: [{ field: "body.days_per_week", message: "Value error, must be 1-7" }] }, 422)
        : json(saved.at(-1), 200, { ETag: '"1"' });
    },
  });
  renderApp(<OnboardingWizard />);
  await user.type(await screen.findByLabelText("Birth year"), "1990");
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByText("Strength"));
  await user.click(screen.getByRole("button", { name: "Next" }));
  await user.click(screen.getByRole("button", { name: "Next" }));

  const zone = screen.getByLabelText("Time zone");
  await user.clear(zone);
  await user.type(zone, "London");
  await user.click(screen.getByRole("button", { name: "Next" }));
  expect(screen.getByRole("heading", { name: "Schedule and coach" })).toBeInTheDocument(); // not let through
  expect(zone).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByText(/Pick a time zone from the list/)).toBeInTheDocument();
  await vi.waitFor(() => expect(zone).toHaveFocus());
  await user.click(screen.getByRole("button", { name: "Use Europe/London" }));
  expect(zone).toHaveValue("Europe/London");
  expect(zone).not.toHaveAttribute("aria-invalid");
  await user.click(screen.getByRole("button", { name: "Next" }));

  for (const g of screen.getAllByRole("radiogroup")) await user.click(g.querySelector('input[value="no"]')!);
  await user.click(screen.getByRole("button", { name: "Finish setup" }));
  // The server refuses a field of step 4: back there, the message on the field, the field focused.
  expect(await screen.findByRole("heading", { name: "Schedule and coach" })).toBeInTheDocument();
  expect(screen.getByText("must be 1-7")).toBeInTheDocument();
  await vi.waitFor(() => expect(screen.getByLabelText("Days per week")).toHaveFocus());
  expect(saved[0]).toMatchObject({ timezone: "Europe/London" });
});

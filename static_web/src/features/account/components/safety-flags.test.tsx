import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch, TOKEN } from "@/testing/render";
import SafetyFlags from "./safety-flags";

const URGENT = {
  category: "urgent", label: "Urgent symptoms: chest pain or heart symptoms", since: "2026-11-30", until: "2027-02-28",
  source: "chat", source_label: "in a coach chat", words: "Never push through chest pain: my friend said that",
  effect: "The coach keeps maximal efforts out.", hard_stop: true,
  clearing_means: "Clearing this tells the coach the chest pain or heart symptoms you wrote about were not yours. It does not change your health questionnaire (PAR-Q).",
};
const PREGNANT = {
  category: "pregnancy", label: "Possible pregnancy", since: "2026-11-29", until: "2027-09-25", source: "session_note",
  source_label: "in a session's notes", words: "my sister is 12 weeks pregnant", effect: "No lying flat.", hard_stop: false,
  clearing_means: "Clearing this tells the coach the message was not about you.",
};

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

it("lists what the coach noticed with the user's words, and a hard stop asks to confirm after saying what clearing means", async () => {
  const user = userEvent.setup();
  let items = [URGENT, PREGNANT];
  const cleared: string[] = [];
  stubFetch({
    "POST /api/auth/refresh": () => json(TOKEN),
    "GET /api/users/me/safety-flags": () => json({ items }),
    "DELETE /api/users/me/safety-flags/urgent": (url) => {
      cleared.push(url.search);
      items = items.filter((f) => f.category !== "urgent");
      return new Response(null, { status: 204 });
    },
    "DELETE /api/users/me/safety-flags/pregnancy": (url) => {
      cleared.push(url.search);
      items = items.filter((f) => f.category !== "pregnancy");
      return new Response(null, { status: 204 });
    },
  });
  renderApp(<SafetyFlags />);
  const urgent = await screen.findByRole("listitem", { name: URGENT.label });
  expect(within(urgent).getByText(/Never push through chest pain: my friend said that/)).toBeInTheDocument();
  expect(within(urgent).getByText("Hard stop")).toBeInTheDocument();
  await user.click(within(urgent).getByRole("button", { name: "Clear this flag" }));
  expect(within(urgent).getByRole("alertdialog", { name: "What clearing means" })).toHaveTextContent("PAR-Q");
  expect(cleared).toEqual([]); // nothing cleared before the confirmation
  await user.click(within(urgent).getByRole("button", { name: "Clear it anyway" }));
  await waitFor(() => expect(screen.queryByRole("listitem", { name: URGENT.label })).not.toBeInTheDocument());
  expect(cleared).toEqual(["?reason=not_about_me&confirm=true"]);

  const pregnant = screen.getByRole("listitem", { name: PREGNANT.label });
  await user.selectOptions(within(pregnant).getByLabelText("Why is it wrong?"), "misread");
  await user.click(within(pregnant).getByRole("button", { name: "Clear this flag" }));
  expect(await screen.findByRole("status")).toHaveTextContent("Nothing noted");
  expect(cleared[1]).toBe("?reason=misread&confirm=false");
});

it("a pregnancy said in one chat asks to be confirmed, and confirming makes it count for every answer", async () => {
  const user = userEvent.setup();
  const waiting = { ...PREGNANT, source: "chat", source_label: "in a coach chat", confirmed: false,
    effect: "Only the chat you wrote it in takes it into account. Confirm it if you are pregnant now." };
  let items = [waiting];
  const confirmed: string[] = [];
  stubFetch({
    "POST /api/auth/refresh": () => json(TOKEN),
    "GET /api/users/me/safety-flags": () => json({ items }),
    "POST /api/users/me/safety-flags/pregnancy/confirm": (url) => {
      confirmed.push(url.pathname);
      items = [{ ...waiting, confirmed: true, effect: "No lying flat." }];
      return new Response(null, { status: 204 });
    },
  });
  renderApp(<SafetyFlags />);
  const pregnant = await screen.findByRole("listitem", { name: PREGNANT.label });
  expect(within(pregnant).getByText("Asked in a chat: is it true?")).toBeInTheDocument();
  await user.click(within(pregnant).getByRole("button", { name: /It's true/ }));
  await waitFor(() => expect(within(screen.getByRole("listitem", { name: PREGNANT.label })).getByText("No lying flat.")).toBeInTheDocument());
  expect(confirmed).toEqual(["/api/users/me/safety-flags/pregnancy/confirm"]);
  expect(screen.queryByRole("button", { name: /It's true/ })).not.toBeInTheDocument();
  expect(screen.queryByText("Asked in a chat: is it true?")).not.toBeInTheDocument();
});

it("a confirmed flag offers no confirm button", async () => {
  stubFetch({
    "POST /api/auth/refresh": () => json(TOKEN),
    "GET /api/users/me/safety-flags": () => json({ items: [{ ...PREGNANT, confirmed: true }] }),
  });
  renderApp(<SafetyFlags />);
  const pregnant = await screen.findByRole("listitem", { name: PREGNANT.label });
  expect(within(pregnant).getByRole("button", { name: "Clear this flag" })).toBeInTheDocument();
  expect(within(pregnant).queryByRole("button", { name: /It's true/ })).not.toBeInTheDocument();
});

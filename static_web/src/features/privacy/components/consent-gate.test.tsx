import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import { changesSince, ConsentGate, NOTICE_VERSION } from "./privacy";

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

const EARLIER = {
  notice_version: NOTICE_VERSION,
  health_data: { given: true, version: "2026-11-30", at: "2026-11-30T08:00:00Z", current: false },
  ai_providers: { given: true, version: "2026-11-30", at: "2026-11-30T08:00:00Z" },
};

it("asks a signed-in user to agree to a new notice again, shows the retention schedule and keeps the AI opt-in", async () => {
  const user = userEvent.setup();
  const sent: unknown[] = [];
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...USER, health_data_consent: false } }),
    "GET /api/users/me/consents": () => json(EARLIER),
    "PUT /api/users/me/consents": async (_u, req) => {
      sent.push(await req.json());
      return json({ ...EARLIER, health_data: { ...EARLIER.health_data, version: NOTICE_VERSION, current: true } });
    },
  });
  renderApp(<ConsentGate />, { route: "/consent" });
  expect(
    await screen.findByText(
      /The privacy notice has changed since you agreed to it \(version 2026-11-30\): it now says how long Vigor keeps your data, what reminders and the calendar feed keep and share and that a calendar link also stops when you change your password or email\./,
    ),
  ).toBeInTheDocument();
  const schedule = screen.getByRole("list", { name: "Retention schedule" });
  expect(schedule).toHaveTextContent("3 years");
  expect(schedule).toHaveTextContent("30 days before");
  expect(schedule).toHaveTextContent("365 days");
  expect(screen.getByRole("checkbox", { name: /external AI providers/ })).toBeChecked();
  await user.click(screen.getByRole("button", { name: "I agree" }));
  await waitFor(() => expect(sent).toEqual([{ health_data: true }]));
});

it("a user who agreed to 2026-12-01 is told only what changed since: reminders and the calendar feed", async () => {
  const user = userEvent.setup();
  const sent: unknown[] = [];
  const agreed = { given: true, version: "2026-12-01", at: "2026-12-01T08:00:00Z" };
  const before = { notice_version: NOTICE_VERSION, health_data: { ...agreed, current: false }, ai_providers: { ...agreed, given: false } };
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: { ...USER, health_data_consent: false } }),
    "GET /api/users/me/consents": () => json(before),
    "PUT /api/users/me/consents": async (_u, req) => {
      sent.push(await req.json());
      return json({ ...before, health_data: { ...before.health_data, version: NOTICE_VERSION, current: true } });
    },
  });
  renderApp(<ConsentGate />, { route: "/consent" });
  const changed = await screen.findByText(/The privacy notice has changed since you agreed to it \(version 2026-12-01\)/);
  expect(changed).toHaveTextContent(
    "it now says what reminders and the calendar feed keep and share and that a calendar link also stops when you change your password or email.",
  );
  expect(changed).not.toHaveTextContent("how long");
  expect(screen.getByText(/keeps that browser's push subscription/)).toBeInTheDocument();
  expect(screen.getByText(/anyone who has your calendar link can read your plan's coming sessions/)).toBeInTheDocument();
  expect(screen.getByRole("list", { name: "Retention schedule" })).toHaveTextContent("Push subscriptions: until you turn reminders off");
  await user.click(screen.getByRole("button", { name: "I agree" }));
  await waitFor(() => expect(sent).toEqual([{ health_data: true }]));
});

it("a user who agreed to 2026-12-02 is told only that a calendar link now also stops on a new password or email", () => {
  expect(changesSince("2026-12-02")).toBe("that a calendar link also stops when you change your password or email");
  expect(changesSince(NOTICE_VERSION)).toBe("");
});

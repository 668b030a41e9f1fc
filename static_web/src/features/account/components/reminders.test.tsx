import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import Reminders from "./reminders";

const PREFS = { daily_message: false, workout_reminders: false, reminder_hour: 8, quiet_hours: { start_hour: 22, end_hour: 7 }, workout_time: "18:00" };

beforeEach(() => {
  document.cookie = "vigor_signed_in=1; path=/";
});

it("saves what to be reminded of and when", async () => {
  const user = userEvent.setup();
  const saved: unknown[] = [];
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: USER }),
    "GET /api/notifications/preferences": () => json(PREFS),
    "PUT /api/notifications/preferences": async (_u, req) => {
      const body: unknown = await req.json();
      saved.push(body);
      return json(body);
    },
  });
  renderApp(<Reminders />);
  expect(await screen.findByText(/cannot receive reminders/)).toBeInTheDocument(); // jsdom has no PushManager
  await user.click(await screen.findByText("Workout days of my active plan"));
  await user.selectOptions(screen.getByLabelText("Workout reminder at"), "07:00");
  await user.click(screen.getByText("Quiet hours (nothing is sent)"));
  await user.click(screen.getByRole("button", { name: "Save reminder settings" }));
  await waitFor(() => expect(saved).toEqual([{ ...PREFS, workout_reminders: true, reminder_hour: 7, quiet_hours: null }]));
});

it("makes a private calendar link, replaces it and turns it off", async () => {
  const user = userEvent.setup();
  let made = 0;
  let deleted = 0;
  stubFetch({
    "POST /api/auth/refresh": () => json({ ...TOKEN, user: USER }),
    "GET /api/notifications/preferences": () => json(PREFS),
    "POST /api/calendar/token": () => {
      made += 1;
      return json({ url: `https://vigor.example/api/calendar/token-${made}.ics` }, 201);
    },
    "DELETE /api/calendar/token": () => {
      deleted += 1;
      return new Response(null, { status: 204 });
    },
  });
  renderApp(<Reminders />);
  await user.click(await screen.findByRole("button", { name: "Add to calendar" }));
  const link = await screen.findByLabelText("Your private calendar link");
  expect(link).toHaveValue("https://vigor.example/api/calendar/token-1.ics");
  expect(screen.getByRole("link", { name: "Open in calendar app" })).toHaveAttribute("href", "webcal://vigor.example/api/calendar/token-1.ics");
  await user.click(screen.getByRole("button", { name: /New link/ }));
  await waitFor(() => expect(screen.getByLabelText("Your private calendar link")).toHaveValue("https://vigor.example/api/calendar/token-2.ics"));
  await user.click(screen.getByRole("button", { name: "Turn off" }));
  await waitFor(() => expect(screen.queryByLabelText("Your private calendar link")).not.toBeInTheDocument());
  expect(deleted).toBe(1);
});

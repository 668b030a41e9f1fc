import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch, TOKEN, USER } from "@/testing/render";
import { subscriptionId } from "../api/reminders";
import Reminders, { PUSH_SUBSCRIBE_TIMEOUT_MS } from "./reminders";

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

describe("Send a test notification", () => {
  const endpoint = "https://push.example.net/send/this-device";
  let unsubscribed = 0;
  beforeEach(() => {
    unsubscribed = 0;
    const subscription = { endpoint, unsubscribe: async () => ((unsubscribed += 1), true) };
    const registration = { pushManager: { getSubscription: async () => subscription } };
    Object.defineProperty(navigator, "serviceWorker", { configurable: true, value: { getRegistration: async () => registration } });
    vi.stubGlobal("PushManager", class {});
    vi.stubGlobal("Notification", class {});
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, "serviceWorker");
    vi.unstubAllGlobals();
  });

  async function run(answer: () => Response): Promise<unknown[]> {
    const sent: unknown[] = [];
    stubFetch({
      "POST /api/auth/refresh": () => json({ ...TOKEN, user: USER }),
      "GET /api/notifications/preferences": () => json(PREFS),
      "POST /api/notifications/test": async (_u, req) => (sent.push(await req.json()), answer()),
    });
    renderApp(<Reminders />);
    expect(await screen.findByText("This device gets reminders.")).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Send a test notification" }));
    return sent;
  }

  it("sends it to this device only and says it is on its way", async () => {
    const sent = await run(() => json({ sent: 1, expired: 0, failed: 0 }));
    expect(await screen.findByText(/Test notification sent/)).toBeInTheDocument();
    expect(sent).toEqual([{ subscription_id: await subscriptionId(endpoint) }]);
    expect(sent[0]).toEqual({ subscription_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it("an expired subscription is dropped here too and reminders can be turned on again", async () => {
    await run(() => json({ sent: 0, expired: 1, failed: 0 }));
    expect(await screen.findByText(/subscription had expired and was removed/)).toBeInTheDocument();
    expect(screen.getByText("This device does not get reminders.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Get reminders on this device" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Send a test notification" })).not.toBeInTheDocument();
    expect(unsubscribed).toBe(1);
  });

  it("a push service that failed is said so and the device stays subscribed", async () => {
    await run(() => json({ sent: 0, expired: 0, failed: 1 }));
    expect(await screen.findByText(/push service did not take the notification/)).toBeInTheDocument();
    expect(screen.getByText("This device gets reminders.")).toBeInTheDocument();
    expect(unsubscribed).toBe(0);
  });

  it("too many tests an hour shows the server's reason", async () => {
    const limited = { type: "about:blank", title: "Too many requests", status: 429, detail: "Too many attempts; wait before trying again.", limit: "test notifications: 10 per 3600 s", retry_after: 1200 };
    await run(() => json(limited, 429, { "Retry-After": "1200" }));
    expect(await screen.findByText(/You reached the test notifications: 10 per 3600 s limit; it resets in 20/)).toBeInTheDocument();
    expect(screen.getByText("This device gets reminders.")).toBeInTheDocument();
  });
});

describe("Get reminders on this device", () => {
  let subscribeCalls = 0;
  beforeEach(() => {
    subscribeCalls = 0;
    const registration = {
      pushManager: {
        getSubscription: async () => null,
        subscribe: () => ((subscribeCalls += 1), new Promise<never>(() => {})), // a push service that never answers
      },
    };
    Object.defineProperty(navigator, "serviceWorker", { configurable: true, value: { getRegistration: async () => registration } });
    vi.stubGlobal("PushManager", class {});
    vi.stubGlobal("Notification", class { static requestPermission = async () => "granted"; });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, "serviceWorker");
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("gives up on a push service that never answers, says why and offers to try again", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    stubFetch({
      "POST /api/auth/refresh": () => json({ ...TOKEN, user: USER }),
      "GET /api/notifications/preferences": () => json(PREFS),
      "GET /api/notifications/public-key": () => json({ public_key: "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U" }),
    });
    renderApp(<Reminders />);
    await user.click(await screen.findByRole("button", { name: "Get reminders on this device" }));
    await waitFor(() => expect(subscribeCalls).toBe(1));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument(); // still waiting
    await vi.advanceTimersByTimeAsync(PUSH_SUBSCRIBE_TIMEOUT_MS);
    expect(await screen.findByRole("alert")).toHaveTextContent("This browser's push service did not answer, so reminders can't be turned on here.");
    expect(screen.getByRole("button", { name: "Get reminders on this device" })).toBeEnabled(); // no spinner left
    expect(screen.getByText("This device does not get reminders.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(subscribeCalls).toBe(2));
  });

  it("saving reminders with no device subscribed says reminders need a device", async () => {
    const user = userEvent.setup();
    stubFetch({
      "POST /api/auth/refresh": () => json({ ...TOKEN, user: USER }),
      "GET /api/notifications/preferences": () => json(PREFS),
      "PUT /api/notifications/preferences": async (_u, req) => json(await req.json()),
      "GET /api/notifications/subscriptions": () => json({ items: [] }),
    });
    renderApp(<Reminders />);
    await user.click(await screen.findByText("Workout days of my active plan"));
    await user.click(screen.getByRole("button", { name: "Save reminder settings" }));
    expect(await screen.findByText(/no device gets reminders yet: reminders need a device/)).toBeInTheDocument();
  });
});

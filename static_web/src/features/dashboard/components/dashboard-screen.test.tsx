import { screen } from "@testing-library/react";
import { defaultProfile } from "@/components/profile/profile-fields";
import { json, renderApp, stubFetch } from "@/testing/render";
import { DashboardScreen, dailyStatusText, streakText } from "./dashboard-screen";

const day = (i: number, name: string, focus: string) => ({
  day_index: i,
  name,
  focus,
  estimated_minutes: 45,
  warmup: [],
  exercises: [{ exercise_id: `lift-${i}`, name: `${name} lift`, sets: 3, reps_min: 8, reps_max: 10, target_rpe: 8, rest_seconds: 90, notes: "" }],
});
const plan = { id: "p1", name: "Full body", active: true, days: [day(0, "Day A", "Squat"), day(1, "Day B", "Hinge"), day(2, "Day C", "Press")] };

function stub(message: { status: string; message: string | null; scheduled_hour: number }, more: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    ...more,
    "GET /api/workouts": () => json({ items: [plan] }),
    // Mon/Wed/Fri in London.
    "GET /api/users/profile": () => json({ ...defaultProfile("Ada"), preferred_days: ["mon", "wed", "fri"], timezone: "Europe/London" }),
    "GET /api/ai/daily-message": () => json({ date: "2026-12-01", ...message }),
    "GET /api/workouts/progress": () => json({ weeks: [], streak_weeks: 0 }),
  });
}

it("shows a rest day on a weekday off the plan, with the next workout", async () => {
  stub({ status: "scheduled", message: null, scheduled_hour: 8 });
  renderApp(<DashboardScreen now={new Date("2026-12-01T12:00:00Z")} />); // Tuesday in London
  expect(await screen.findByText("Rest day")).toBeVisible();
  expect(screen.getByText(/Next workout: Wednesday, Day B \(Hinge\)/)).toBeVisible();
  expect(screen.queryByText(/Day A lift/)).toBeNull();
});

it("shows the plan day that falls on today in the user's time zone", async () => {
  stub({ status: "scheduled", message: null, scheduled_hour: 8 });
  // Wednesday 00:30 in London is still Tuesday in New York, but the user's clock is London's.
  renderApp(<DashboardScreen now={new Date("2026-12-02T00:30:00Z")} />);
  expect(await screen.findByText(/Full body: Day B \(Hinge, ~45 min\)/)).toBeVisible();
  expect(screen.queryByText("Rest day")).toBeNull();
});

it("never promises the daily message 'at 08:00' when it is 23:26", async () => {
  stub({ status: "scheduled", message: null, scheduled_hour: 8 });
  renderApp(<DashboardScreen now={new Date("2026-12-01T23:26:00Z")} />);
  expect(await screen.findByText(/was due at 08:00 your time and is on its way/)).toBeVisible();
  expect(screen.queryByText(/arrives at 08:00/)).toBeNull();
});

it("words the daily message's state by the user's hour", () => {
  expect(dailyStatusText("scheduled", 8, 6)).toBe("Today's message arrives at 08:00 your time.");
  expect(dailyStatusText("scheduled", 8, 23)).toMatch(/was due at 08:00/);
  expect(dailyStatusText("pending", 8, 9)).toMatch(/writing today's message/);
});

it("shows a workout already logged today as done, not as still to do", async () => {
  const logged = { id: "s1", plan_id: "p1", day_index: 1, started_at: "2026-12-02T07:10:00+00:00", duration_minutes: 48, notes: "",
    exercises: [{ exercise_id: "lift-1", name: "Day B lift", notes: "", sets: [{ reps: 8, weight_kg: 40, completed: true }, { reps: 8, weight_kg: 40, completed: true }] }] };
  const fetch = stub({ status: "scheduled", message: null, scheduled_hour: 8 }, { "GET /api/workouts/sessions": () => json({ items: [logged], next_cursor: null }) });
  renderApp(<DashboardScreen now={new Date("2026-12-02T12:00:00Z")} />); // Wednesday: Day B
  expect(await screen.findByText("✓ Done today")).toBeVisible();
  expect(screen.getByText("Full body: Day B · 1 exercise · 2 sets · 48 min")).toBeVisible();
  expect(screen.queryByText(/Day B \(Hinge/)).toBeNull();
  // Asked for the user's calendar day (London), not the browser's.
  const asked = fetch.mock.calls.map((c) => new URL((c[0] as Request).url)).find((u) => u.pathname === "/api/workouts/sessions")!;
  expect([asked.searchParams.get("from"), asked.searchParams.get("to")]).toEqual(["2026-12-02", "2026-12-02"]);
});

it("explains a streak of 0 after the first workout of the week", () => {
  expect(streakText(0, 1, 3)).toBe("1 of 3 sessions this week: 2 more to start a streak.");
  expect(streakText(4, 2, 3)).toBe("2 of 3 sessions this week: 1 more to keep the streak going.");
  expect(streakText(5, 3, 3)).toBe("This week counts: 3 of 3 sessions done.");
  expect(streakText(0, 1, null)).toBe("1 session this week.");
});

it("with no plan yet, 'Generate a plan' is a button to the Plan screen, not a link that looks like the text", async () => {
  stubFetch({
    "GET /api/workouts": () => json({ items: [] }),
    "GET /api/users/profile": () => json({ ...defaultProfile("Ada"), timezone: "Europe/London" }),
    "GET /api/ai/daily-message": () => json({ date: "2026-12-01", status: "scheduled", message: null, scheduled_hour: 8 }),
    "GET /api/workouts/progress": () => json({ weeks: [], streak_weeks: 0 }),
    "GET /api/workouts/sessions": () => json({ items: [], next_cursor: null }),
  });
  renderApp(<DashboardScreen now={new Date("2026-12-01T12:00:00Z")} />);
  const generate = await screen.findByRole("link", { name: "Generate a plan" });
  expect(generate).toHaveAttribute("href", "/plan");
  expect(generate).toHaveClass("chakra-button");
});

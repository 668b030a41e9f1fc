import { screen } from "@testing-library/react";
import { defaultProfile } from "@/components/profile/profile-fields";
import { json, renderApp, stubFetch } from "@/testing/render";
import { DashboardScreen, dailyStatusText } from "./dashboard-screen";

const day = (i: number, name: string, focus: string) => ({
  day_index: i,
  name,
  focus,
  estimated_minutes: 45,
  warmup: [],
  exercises: [{ exercise_id: `lift-${i}`, name: `${name} lift`, sets: 3, reps_min: 8, reps_max: 10, target_rpe: 8, rest_seconds: 90, notes: "" }],
});
const plan = { id: "p1", name: "Full body", active: true, days: [day(0, "Day A", "Squat"), day(1, "Day B", "Hinge"), day(2, "Day C", "Press")] };

function stub(message: { status: string; message: string | null; scheduled_hour: number }) {
  stubFetch({
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

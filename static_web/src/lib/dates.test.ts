import { formatInZone, isoWeekOf, weekLabel } from "./dates";

it("shows an instant on the profile's clock, not the browser's", () => {
  // Monday 00:55 in Kolkata is Sunday 19:25 UTC: the user sees Monday.
  const when = "2026-11-01T19:25:00Z";
  expect(formatInZone(when, "Asia/Kolkata", { weekday: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, "en-GB")).toBe("Monday 00:55");
  expect(formatInZone(when, "Pacific/Pago_Pago", { weekday: "long" }, "en-GB")).toBe("Sunday");
  expect(formatInZone(when, "Pacific/Kiritimati", { day: "numeric", month: "numeric" }, "en-GB")).toBe("02/11");
});

it("falls back to the browser's zone for an unknown one, and leaves text that is not a date alone", () => {
  expect(formatInZone("2026-11-01T19:25:00Z", "Mars/Olympus", { year: "numeric" }, "en-GB")).toBe("2026");
  expect(formatInZone("not a date", "UTC", { year: "numeric" })).toBe("not a date");
});

it("names an ISO week by its Monday, not by the raw ISO string", () => {
  expect(weekLabel("2026-W48")).toBe("23 Nov");
  expect(weekLabel("2026-W48", true)).toBe("Week 48, from Mon 23 Nov 2026");
  expect(weekLabel("2026-W01")).toBe("29 Dec"); // week 1 of 2026 starts in 2025
  expect(weekLabel("2020-W53")).toBe("28 Dec");
  expect(weekLabel("2026-11-23")).toBe("2026-11-23");
});

it("finds a day's ISO week as the API names it", () => {
  expect(isoWeekOf("2026-11-23")).toBe("2026-W48");
  expect(isoWeekOf("2026-11-29")).toBe("2026-W48"); // Sunday ends the week
  expect(isoWeekOf("2025-12-29")).toBe("2026-W01");
  expect(isoWeekOf("2021-01-03")).toBe("2020-W53");
});

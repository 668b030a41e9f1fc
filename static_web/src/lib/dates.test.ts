import { formatInZone } from "./dates";

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

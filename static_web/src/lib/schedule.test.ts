import { clockInZone, dayToLog, todayInSchedule, trainingWeekdays, weekdayNames } from "./schedule";

describe("the weekly schedule", () => {
  it("trains on the preferred days, topped up as the plan generator does", () => {
    expect(trainingWeekdays(3, ["mon", "wed", "fri"])).toEqual([0, 2, 4]);
    expect(trainingWeekdays(4, [])).toEqual([0, 1, 3, 4]);
    expect(trainingWeekdays(3, ["sat"])).toEqual([0, 2, 5]);
    expect(trainingWeekdays(2, ["tue", "thu", "sat"])).toEqual([1, 3]);
  });

  it("makes a day off the plan a rest day and names the next workout", () => {
    // Mon/Wed/Fri plan; Tuesday (1) is a rest day, Wednesday's workout is plan day 2 (index 1).
    expect(todayInSchedule(3, ["mon", "wed", "fri"], 1)).toEqual({ dayIndex: null, next: { dayIndex: 1, weekday: 2 } });
    expect(todayInSchedule(3, ["mon", "wed", "fri"], 4)).toEqual({ dayIndex: 2, next: { dayIndex: 0, weekday: 0 } });
    // Saturday: the next workout wraps to Monday.
    expect(todayInSchedule(3, ["mon", "wed", "fri"], 5).next).toEqual({ dayIndex: 0, weekday: 0 });
  });

  it("reads the weekday and hour on the user's clock, not the browser's", () => {
    const now = new Date("2026-11-30T23:26:00Z"); // Monday 23:26 in London
    expect(clockInZone("Europe/London", now)).toEqual({ weekday: 0, hour: 23 });
    expect(clockInZone("Asia/Kolkata", now)).toEqual({ weekday: 1, hour: 4 }); // already Tuesday 04:56
    expect(clockInZone("America/Los_Angeles", now)).toEqual({ weekday: 0, hour: 15 });
    expect(clockInZone("Not/AZone", now).hour).toBeGreaterThanOrEqual(0);
  });

  it("opens the Log on today's planned day, else offers the next one as a rest day", () => {
    // Mon/Wed/Fri: Wednesday (2) is plan day 2 (position 1), not Day 1.
    expect(dayToLog(3, ["mon", "wed", "fri"], 2)).toEqual({ dayIndex: 1, rest: false, weekday: 2 });
    // Thursday is a rest day: Friday's day (position 2) is offered.
    expect(dayToLog(3, ["mon", "wed", "fri"], 3)).toEqual({ dayIndex: 2, rest: true, weekday: 4 });
    // Sunday: the next one wraps to Monday's Day 1.
    expect(dayToLog(3, ["mon", "wed", "fri"], 6)).toEqual({ dayIndex: 0, rest: true, weekday: 0 });
    // The Plan screen's "Start this workout" asks for a day: it wins, out-of-range asks do not.
    expect(dayToLog(3, ["mon", "wed", "fri"], 3, 0)).toEqual({ dayIndex: 0, rest: false, weekday: 0 });
    expect(dayToLog(3, ["mon", "wed", "fri"], 2, 7).dayIndex).toBe(1);
    expect(dayToLog(0, [], 2)).toEqual({ dayIndex: null, rest: false, weekday: null });
  });

  it("names each plan day's weekday", () => {
    expect(weekdayNames(4, [])).toEqual(["Monday", "Tuesday", "Thursday", "Friday"]);
    expect(weekdayNames(3, ["sat", "mon", "wed"])).toEqual(["Monday", "Wednesday", "Saturday"]);
  });
});

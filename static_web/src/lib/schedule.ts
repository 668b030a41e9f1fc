/**
 * The weekly schedule as the plan generator lays it out (shared/plans/splits.py `weekdays`): a plan of
 * N days trains on the user's preferred days first, topped up from a default spread; the rest are rest
 * days. Weekday indexes run Monday 0 to Sunday 6, as in the API.
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const DEFAULT_DAYS: Record<number, number[]> = {
  1: [2],
  2: [0, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 4],
  5: [0, 1, 2, 4, 5],
  6: [0, 1, 2, 3, 4, 5],
  7: [0, 1, 2, 3, 4, 5, 6],
};

/** The weekday indexes (0 = Monday) a plan of `days` days trains on, sorted; plan day i is on the i-th. */
export function trainingWeekdays(days: number, preferred: readonly string[]): number[] {
  const n = Math.max(0, Math.min(7, days));
  const chosen = [...new Set(preferred.map((d) => WEEKDAYS.indexOf(d as Weekday)).filter((i) => i >= 0))].sort((a, b) => a - b).slice(0, n);
  for (const index of [...(DEFAULT_DAYS[n] ?? []), 0, 1, 2, 3, 4, 5, 6]) {
    if (chosen.length >= n) break;
    if (!chosen.includes(index)) chosen.push(index);
  }
  return chosen.sort((a, b) => a - b);
}

/** The weekday (0 = Monday) and hour now on the user's clock (their profile's zone; the browser's if unknown). */
export function clockInZone(timeZone: string | undefined, now: Date = new Date()): { weekday: number; hour: number } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "numeric", hourCycle: "h23" }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat("en-US", { weekday: "short", hour: "numeric", hourCycle: "h23" }).formatToParts(now);
  }
  const weekday = parts.find((p) => p.type === "weekday")?.value.slice(0, 3).toLowerCase() ?? "mon";
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0) % 24;
  return { weekday: Math.max(0, WEEKDAYS.indexOf(weekday as Weekday)), hour };
}

export interface Today {
  /** The plan day index trained today, or null on a rest day. */
  dayIndex: number | null;
  /** The next training day after today: its plan day index and weekday (0 = Monday). */
  next: { dayIndex: number; weekday: number } | null;
}

/** Which plan day (if any) falls on `weekday` for a plan of `days` days, and which comes next. */
export function todayInSchedule(days: number, preferred: readonly string[], weekday: number): Today {
  const schedule = trainingWeekdays(days, preferred);
  const slot = schedule.indexOf(weekday);
  let next: Today["next"] = null;
  for (let ahead = 1; ahead <= 7 && !next; ahead += 1) {
    const w = (weekday + ahead) % 7;
    const i = schedule.indexOf(w);
    if (i >= 0) next = { dayIndex: i, weekday: w };
  }
  return { dayIndex: slot >= 0 ? slot : null, next };
}

/** Today's date on the user's clock, "2026-12-01" (their profile's zone; the browser's if unknown). */
export function dateInZone(timeZone: string | undefined, now: Date = new Date()): string {
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" };
  try {
    return new Intl.DateTimeFormat("en-CA", { ...options, timeZone }).format(now);
  } catch {
    return new Intl.DateTimeFormat("en-CA", options).format(now);
  }
}

/**
 * The plan day a workout logged now starts from (the Log screen's default). `dayIndex` is a position in the
 * plan's days, as `todayInSchedule` counts them. `rest` is true on a day off the schedule: then the next
 * planned day is offered (the user may log it, or any day, anyway); `weekday` is that day's (0 = Monday).
 * A `requested` position (the Plan screen's "Start this workout", `/log?day=N`) wins when it is in the plan.
 */
export function dayToLog(
  days: number,
  preferred: readonly string[],
  weekday: number,
  requested?: number | null,
): { dayIndex: number | null; rest: boolean; weekday: number | null } {
  if (days <= 0) return { dayIndex: null, rest: false, weekday: null };
  const schedule = trainingWeekdays(days, preferred);
  if (requested != null && Number.isInteger(requested) && requested >= 0 && requested < days)
    return { dayIndex: requested, rest: false, weekday: schedule[requested] ?? null };
  const today = todayInSchedule(days, preferred, weekday);
  if (today.dayIndex !== null) return { dayIndex: today.dayIndex, rest: false, weekday };
  return { dayIndex: today.next?.dayIndex ?? 0, rest: true, weekday: today.next?.weekday ?? null };
}

/** Each plan day's weekday name by position ("Monday"), on the schedule the plan was laid out on. */
export function weekdayNames(days: number, preferred: readonly string[]): string[] {
  return trainingWeekdays(days, preferred).map((w) => WEEKDAY_NAMES[w]!);
}

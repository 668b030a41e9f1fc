/**
 * Dates and times on the user's clock: in their profile's time zone, as the API counts days and weeks
 * (a Monday 00:55 session in Kolkata is that Monday), not in the zone of the browser showing them.
 */
export function formatInZone(
  iso: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
  locale?: string,
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleString(locale, { ...options, timeZone });
  } catch {
    return date.toLocaleString(locale, options); // a zone this browser does not know: its own
  }
}

/**
 * An ISO week as a person reads it: "2026-W48" is the week of Monday 23 Nov, shown "23 Nov" (`long`:
 * "Week 48, from Mon 23 Nov 2026"). Anything else is returned as it is.
 */
export function weekLabel(isoWeek: string, long = false): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!m) return isoWeek;
  const [year, week] = [Number(m[1]), Number(m[2])];
  // ISO 8601: week 1 holds 4 January; its Monday is 4 January minus (weekday of 4 Jan - 1) days.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = new Date(jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000) + (week - 1) * 7 * 86_400_000);
  const short = monday.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  return long ? `Week ${week}, from Mon ${short} ${monday.getUTCFullYear()}` : short;
}

/** The ISO week ("2026-W48") of a calendar date "2026-11-23" (as the API names weeks: shared/workouts/keys.py). */
export function isoWeekOf(day: string): string {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

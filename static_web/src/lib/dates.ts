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

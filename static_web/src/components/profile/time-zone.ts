/** The profile's time zone, checked in the browser against the list the server accepts (`src/client/time-zones.ts`,
 * generated from shared/profile/zones.py), so "London" is caught on the step that asks for it. */
import * as z from "zod/mini";
import { TIME_ZONES } from "@/client/time-zones";

export { TIME_ZONES };

const MESSAGE = "Pick a time zone from the list, such as Europe/London (a city alone is not enough)";

export const timeZoneSchema = z.enum(TIME_ZONES as [string, ...string[]], { error: MESSAGE });

/** The error to show under the field, or null when the zone is one the server takes. */
export function timeZoneError(value: string | null | undefined): string | null {
  const parsed = timeZoneSchema.safeParse((value ?? "").trim());
  return parsed.success ? null : MESSAGE;
}

/** This device's zone, when it is one the server takes. */
export function deviceTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && timeZoneSchema.safeParse(zone).success ? zone : null;
  } catch {
    return null;
  }
}

/** A few suggestions for what was typed: "london" -> Europe/London; the device's zone first when nothing matches. */
export function suggestTimeZones(typed: string, limit = 5): string[] {
  const words = typed.toLowerCase().replace(/[_/]/g, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits = TIME_ZONES.filter((zone) => {
    const name = zone.toLowerCase().replace(/[_/]/g, " ");
    return words.every((w) => name.includes(w));
  });
  return hits.slice(0, limit);
}

/**
 * An audit record's details in words, one "Key: value" line each, instead of the raw JSON object:
 * keys are made readable ("from_tier" → "From tier"), nested objects flattened ("Limits, day: 10"),
 * lists joined, booleans as yes/no, null as "none".
 */
const readable = (key: string): string => (key.charAt(0).toUpperCase() + key.slice(1)).replace(/[_-]+/g, " ");

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(", ") : "none";
  if (typeof value === "object") return Object.entries(value).map(([k, v]) => `${readable(k).toLowerCase()} ${valueText(v)}`).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function auditDetails(details: Record<string, unknown> | null | undefined): string[] {
  return Object.entries(details ?? {}).map(([key, value]) => `${readable(key)}: ${valueText(value)}`);
}

/** "tier.update" or "provider_deleted" → "Tier update", "Provider deleted". */
export const auditAction = (action: string): string => readable(action.replace(/\./g, " "));

/**
 * Who an audit actor or target is, for the admin reading the log (a new user's review: raw ids): the account's
 * name and email as the API names them now (`people`); the operator for "cli" and "config:..."; "A deleted
 * user" for a pseudonym; anything else (a provider id) as it is.
 */
export function whoText(id: string, people: Record<string, { display_name: string; email: string }>): { name: string; email?: string } {
  const person = people[id];
  if (person) return { name: person.display_name || person.email, email: person.email };
  if (id.startsWith("deleted-user:")) return { name: "A deleted user" };
  if (id === "cli") return { name: "Operator (command line)" };
  if (id.startsWith("config:")) return { name: "Operator (configuration)" };
  return { name: id };
}

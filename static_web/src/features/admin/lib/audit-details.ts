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

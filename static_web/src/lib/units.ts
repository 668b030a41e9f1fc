/** The API stores SI (kg, cm); the profile's `units` only changes what the user sees and types. */
export type Units = "metric" | "imperial";

const LB_PER_KG = 2.2046226218;
const CM_PER_IN = 2.54;

export function weightLabel(units: Units): string {
  return units === "imperial" ? "lb" : "kg";
}

export function toDisplayWeight(kg: number, units: Units): number {
  return round(units === "imperial" ? kg * LB_PER_KG : kg, 1);
}

export function fromDisplayWeight(value: number, units: Units): number {
  return round(units === "imperial" ? value / LB_PER_KG : value, 3);
}

export function toDisplayHeight(cm: number, units: Units): number {
  return round(units === "imperial" ? cm / CM_PER_IN : cm, 1);
}

export function fromDisplayHeight(value: number, units: Units): number {
  return round(units === "imperial" ? value * CM_PER_IN : value, 2);
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Epley's estimated one-rep max. */
export function e1rm(weight: number, reps: number): number {
  return reps <= 1 ? weight : weight * (1 + reps / 30);
}

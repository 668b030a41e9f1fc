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

/**
 * A load (a logged set, a record, an e1RM) as the user reads it: pounds to the half pound, kilograms to 0.1 kg.
 * Records and e1RMs are stored at 0.1 kg, so a 225 lb single comes back as 102.1 kg: 225 lb, not 225.1 lb.
 * No plate or dumbbell in pounds is finer than half a pound. Body weight keeps `toDisplayWeight`'s 0.1.
 */
export function toDisplayLoad(kg: number, units: Units): number {
  return units === "imperial" ? round(Math.round(kg * LB_PER_KG * 2) / 2, 1) : round(kg, 1);
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

// No e1RM is computed here: the API gives every one the app shows (records, the chart, targets), all from one
// RPE-aware definition (shared/plans/progression.estimated_1rm; review 21).

/** The smallest jump a lifter can load in pounds: a pair of 1.25 lb plates. */
export const LB_STEP = 2.5;

/**
 * A load as the user can put it on the bar: pounds rounded to 2.5 lb (143.3 lb is 142.5 lb), kilograms to
 * 0.01 kg as the API gave them. For targets and records, not for body weight.
 */
export function loadableWeight(weight: number, unit: "kg" | "lb"): number {
  return unit === "lb" ? round(Math.round(weight / LB_STEP) * LB_STEP, 1) : round(weight, 2);
}

/** Height in whole feet and inches (to the half inch): 180 cm is 5 ft 11 in. */
export function toFeetInches(cm: number): { feet: number; inches: number } {
  const total = Math.round((cm / CM_PER_IN) * 2) / 2;
  return { feet: Math.floor(total / 12), inches: round(total - 12 * Math.floor(total / 12), 1) };
}

export function fromFeetInches(feet: number, inches: number): number {
  return round((feet * 12 + inches) * CM_PER_IN, 2);
}

/** A height for reading: "180 cm" or "5 ft 11 in". */
export function heightText(cm: number, units: Units): string {
  if (units !== "imperial") return `${round(cm, 1)} cm`;
  const { feet, inches } = toFeetInches(cm);
  return `${feet} ft ${inches} in`;
}

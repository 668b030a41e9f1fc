/**
 * Plate maths for a barbell: which plates go on each side for a total load, from the user's own bar
 * and plates (kept per user and unit system in localStorage: gyms differ, and it is not health data).
 */
import type { Units } from "@/lib/units";

export interface PlateInventory {
  /** the bar's own weight, in the inventory's unit */
  bar: number;
  /** plate sizes and how many pairs of each the user has */
  plates: { size: number; pairs: number }[];
}

export const DEFAULT_INVENTORY: Record<Units, PlateInventory> = {
  metric: { bar: 20, plates: [25, 20, 15, 10, 5, 2.5, 1.25].map((size) => ({ size, pairs: size >= 10 ? 4 : 2 })) },
  imperial: { bar: 45, plates: [45, 35, 25, 10, 5, 2.5].map((size) => ({ size, pairs: size >= 25 ? 4 : 2 })) },
};

/** Thousandths, so 1.25 kg plates add up exactly. */
const milli = (n: number) => Math.round(n * 1000);

/**
 * The heaviest plates first, as many pairs as the inventory has, for `total` (bar included).
 * `loaded` is what the bar then weighs; `short` how far it is from `total` (0 when exact).
 */
export function platesPerSide(total: number, inventory: PlateInventory): { perSide: number[]; loaded: number; short: number } {
  let side = Math.floor((milli(total) - milli(inventory.bar)) / 2);
  const perSide: number[] = [];
  const sizes = [...inventory.plates].filter((p) => p.size > 0 && p.pairs > 0).sort((a, b) => b.size - a.size);
  for (const { size, pairs } of sizes)
    for (let i = 0; i < pairs && milli(size) <= side; i++) {
      perSide.push(size);
      side -= milli(size);
    }
  const loaded = (milli(inventory.bar) + 2 * perSide.reduce((a, p) => a + milli(p), 0)) / 1000;
  return { perSide, loaded, short: Math.max(0, (milli(total) - milli(loaded)) / 1000) };
}

const key = (userId: string, units: Units) => `vigor:plates:${userId}:${units}`;

export function loadInventory(userId: string, units: Units): PlateInventory {
  try {
    const raw = localStorage.getItem(key(userId, units));
    if (raw) return JSON.parse(raw) as PlateInventory;
  } catch {
    // unreadable or blocked storage: the defaults
  }
  return DEFAULT_INVENTORY[units];
}

export function saveInventory(userId: string, units: Units, inventory: PlateInventory): void {
  localStorage.setItem(key(userId, units), JSON.stringify(inventory));
}

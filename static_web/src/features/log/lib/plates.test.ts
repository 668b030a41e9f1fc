import { DEFAULT_INVENTORY, loadInventory, platesPerSide, saveInventory } from "./plates";

it("loads the heaviest plates first, per side, in kg and in lb", () => {
  expect(platesPerSide(102.5, DEFAULT_INVENTORY.metric)).toEqual({ perSide: [25, 15, 1.25], loaded: 102.5, short: 0 });
  expect(platesPerSide(225, DEFAULT_INVENTORY.imperial)).toEqual({ perSide: [45, 45], loaded: 225, short: 0 });
  expect(platesPerSide(20, DEFAULT_INVENTORY.metric)).toEqual({ perSide: [], loaded: 20, short: 0 });
});

it("uses only the plates the user has and says how far short the bar is", () => {
  const home = { bar: 15, plates: [{ size: 10, pairs: 1 }, { size: 5, pairs: 1 }] };
  expect(platesPerSide(60, home)).toEqual({ perSide: [10, 5], loaded: 45, short: 15 });
});

it("keeps each user's bar and plates apart", () => {
  saveInventory("u1", "metric", { bar: 15, plates: [{ size: 10, pairs: 2 }] });
  expect(loadInventory("u1", "metric").bar).toBe(15);
  expect(loadInventory("u2", "metric").bar).toBe(20);
});

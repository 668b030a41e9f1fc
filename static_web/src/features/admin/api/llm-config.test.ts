import { reorder, type ProviderPublic } from "./llm-config";

const p = (id: string, priority: number) => ({ id, kind: "openai", model: id, priority }) as ProviderPublic;

it("moving a provider up swaps its priority with the one above", () => {
  const list = [p("a", 10), p("b", 20), p("c", 30)];
  expect(reorder(list, 1, -1).map((x) => [x.provider.id, x.priority])).toEqual([["b", 10], ["a", 20]]);
  expect(reorder(list, 0, -1)).toEqual([]);
});

it("breaks ties by stepping past the neighbour", () => {
  expect(reorder([p("a", 5), p("b", 5)], 1, -1).map((x) => [x.provider.id, x.priority])).toEqual([["b", 4]]);
});

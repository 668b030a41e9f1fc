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

import { parseLlmConfig, pivotProviderDays } from "./llm-config";

const row = (key: string, day: string, cost_usd: number) => ({ key, day, cost_usd, calls: 1, tokens_in: 10, tokens_out: 5, errors: 0, cache_hits: 0 });

it("pivots provider x day rows into one row per day, a column per provider, days in order", () => {
  const { data, providers } = pivotProviderDays([row("openai", "2026-11-02", 0.5), row("engine", "2026-11-01", 0), row("openai", "2026-11-01", 0.25)]);
  expect(providers).toEqual(["engine", "openai"]);
  expect(data).toEqual([
    { day: "2026-11-01", engine: 0, openai: 0.25 },
    { day: "2026-11-02", engine: 0, openai: 0.5 },
  ]);
  expect(pivotProviderDays([row("a", "d", 1)], "calls").data).toEqual([{ day: "d", a: 1 }]);
});

it("reads an LLM config export and refuses files that are not one or that carry a key", () => {
  const good = { version: 1, providers: [{ id: "openai-mini", kind: "openai", model: "m", api_key_ref: "OPENAI_KEY" }], budget: {}, prices: { models: {} }, tiers: [] };
  expect(parseLlmConfig(JSON.stringify(good))).toMatchObject({ ok: true });
  expect(parseLlmConfig("{nope")).toEqual({ ok: false, error: "The file is not valid JSON." });
  expect(parseLlmConfig("[]")).toMatchObject({ ok: false });
  expect(parseLlmConfig(JSON.stringify({ providers: [] }))).toEqual({ ok: false, error: "The file lacks budget, prices, tiers." });
  expect(parseLlmConfig(JSON.stringify({ ...good, providers: [{ id: "x", api_key: "sk-123" }] }))).toMatchObject({ ok: false, error: expect.stringMatching(/carries a key/) });
});

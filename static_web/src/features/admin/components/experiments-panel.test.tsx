import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch } from "@/testing/render";
import type { ExperimentPublic, ExperimentResults, RoutingRule } from "../api/experiments";
import { ExperimentsPanel } from "./experiments-panel";

const experiment: ExperimentPublic = {
  id: "exp-0123456789ab",
  name: "mini vs flash",
  description: "",
  task: "chat",
  tiers: ["free"],
  variants: [
    { name: "control", provider: "openai-a", model: "gpt-4o-mini", prompt_version: "current", weight: 50 },
    { name: "flash", provider: "gemini", model: "gemini-2.5-flash", prompt_version: "concise", weight: 50 },
  ],
  starts_at: "2026-11-01T00:00:00Z",
  ends_at: "2026-12-01T00:00:00Z",
  created_at: "2026-11-01T00:00:00Z",
  stopped_at: null,
  status: "running",
};
const comparison = { difference: 0.25, statistic: 4.1, p_value: 0.0001, verdict: "significant" as const };
const variant = {
  provider: "openai-a", model: "gpt-4o-mini", prompt_version: "current", weight: 50, answered_by_variant: 60, repair_rate: 0.1,
  latency_mean_ms: 900, latency_p95_ms: 1000, latency_histogram: [], cost_usd: 0.1, cost_per_request_usd: 0.001, ratings: 40,
  votes: 0, thumbs_up_rate: null, reports: 0,
};
const results: ExperimentResults = {
  experiment_id: experiment.id, status: "running", min_n: 30, alpha: 0.05,
  variants: [
    { ...variant, name: "control", requests: 100, acceptance_rate: 0.6, fallback_rate: 0.4, rating_mean: 3 },
    { ...variant, name: "flash", requests: 100, acceptance_rate: 0.85, fallback_rate: 0.15, rating_mean: 4,
      acceptance_vs_control: comparison, rating_vs_control: { ...comparison, difference: 1 },
      thumbs_up_vs_control: { difference: null, statistic: null, p_value: null, verdict: "not_enough_data" } },
  ],
};
const rule: RoutingRule = {
  id: "rule-0123456789ab", name: "cheap mornings", priority: 10, enabled: true, tasks: ["daily_message"], tiers: ["free"],
  contexts: ["background"], provider: "engine", model: "vigor-engine", created_at: "2026-11-01T00:00:00Z",
};

it("lists experiments with results against the control, stops one, and manages routing rules", async () => {
  const sent: { method: string; path: string; body: unknown }[] = [];
  const record = async (url: URL, r: Request) => {
    sent.push({ method: r.method, path: url.pathname, body: r.method === "GET" || r.method === "DELETE" ? null : await r.json().catch(() => null) });
  };
  stubFetch({
    "GET /api/admin/experiments": () => json([experiment]),
    "GET /api/admin/ai-providers": () => json([]),
    [`GET /api/admin/experiments/${experiment.id}/results`]: () => json(results),
    [`POST /api/admin/experiments/${experiment.id}/stop`]: async (u, r) => (await record(u, r), json({ ...experiment, status: "stopped" })),
    "POST /api/admin/experiments": async (u, r) => (await record(u, r), json({ title: "Invalid input", status: 422, detail: "The experiment cannot run as written.", errors: [{ field: "tiers", message: "free is in experiment exp-1" }] }, 422, { "Content-Type": "application/problem+json" })),
    "GET /api/admin/routing-rules": () => json([rule]),
    "POST /api/admin/routing-rules": async (u, r) => (await record(u, r), json(rule, 201)),
    [`DELETE /api/admin/routing-rules/${rule.id}`]: async (u, r) => (await record(u, r), new Response(null, { status: 204 })),
  });
  renderApp(<ExperimentsPanel />);
  expect(await screen.findByText("mini vs flash")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Results of mini vs flash" }));
  const table = await screen.findByRole("region", { name: "Experiment results" });
  expect(within(table).getByText("85%")).toBeInTheDocument();
  expect(within(table).getByText("significant (+0.25, p=0.000)")).toBeInTheDocument();
  expect(within(table).getByText("not enough data")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Stop mini vs flash" }));
  await waitFor(() => expect(sent.some((s) => s.path.endsWith("/stop"))).toBe(true));

  await userEvent.type(screen.getByRole("textbox", { name: "Name" }), "overlap");
  const form = screen.getByRole("form", { name: "New experiment" });
  const ends = form.querySelectorAll("input[type=datetime-local]")[1] as HTMLInputElement;
  await userEvent.type(ends, "2030-01-01T10:00");
  await userEvent.click(screen.getByRole("button", { name: "Start experiment" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("tiers: free is in experiment exp-1");
  const created = sent.find((s) => s.method === "POST" && s.path === "/api/admin/experiments")?.body as { variants: { weight: number }[]; ends_at: string };
  expect(created.variants.map((v) => v.weight)).toEqual([50, 50]);
  expect(created.ends_at).toMatch(/^2030-01-01T\d\d:00:00\.000Z$/);

  expect(await screen.findByText("cheap mornings")).toBeInTheDocument();
  await userEvent.type(screen.getByRole("textbox", { name: "Rule name" }), "cheap chats");
  await userEvent.click(screen.getByRole("checkbox", { name: "Coach chat" }));
  await userEvent.click(screen.getByRole("button", { name: "Add rule" }));
  await waitFor(() => expect(sent.some((s) => s.method === "POST" && s.path === "/api/admin/routing-rules")).toBe(true));
  const ruleBody = sent.find((s) => s.path === "/api/admin/routing-rules")?.body as { name: string; tasks: string[] };
  expect(ruleBody).toMatchObject({ name: "cheap chats", tasks: ["chat"], provider: "engine", model: "vigor-engine" });
  await userEvent.click(screen.getByRole("button", { name: "Delete cheap mornings" }));
  await waitFor(() => expect(sent.some((s) => s.method === "DELETE")).toBe(true));
}, 30_000);

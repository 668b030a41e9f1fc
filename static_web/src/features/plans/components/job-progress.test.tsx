import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { json, renderApp, stubFetch } from "@/testing/render";
import { JobProgress } from "./job-progress";

const job = (status: string, extra: Record<string, unknown> = {}) => ({ id: "j1", kind: "plan", status, created_at: "2026-12-02T07:00:00Z", ...extra });

it("shows the engine's plan at once while a slow AI writes, then offers the AI's plan: see it, or keep this one", async () => {
  let state = job("running", { progress: { phase: "engine_plan_ready", done: 1, total: 1, unit: "plans", plan_id: "j1-engine" } });
  const activated: string[] = [];
  stubFetch({
    "GET /api/jobs/j1": () => json(state),
    "GET /api/workouts": () => json({ items: [], next_cursor: null }),
    "POST /api/workouts/j1-engine/activate": () => (activated.push("j1-engine"), json({})),
  });
  const shown: string[] = [];
  const done = vi.fn();
  renderApp(<JobProgress jobId="j1" onDone={done} onPlan={(id) => shown.push(id)} interimAfterMs={0} />);
  expect(await screen.findByText("Here is Vigor's plan while the AI coach finishes its own…", {}, { timeout: 5000 })).toBeInTheDocument();
  expect(shown).toEqual(["j1-engine"]);
  state = job("succeeded", { result: { plan_id: "j1", interim_plan_id: "j1-engine", provider: "openai" } });
  expect(await screen.findByText("A plan from the AI coach is ready.", {}, { timeout: 5000 })).toBeInTheDocument();
  expect(shown).toEqual(["j1-engine"]); // not swapped in under the user's eyes
  await userEvent.click(screen.getByRole("button", { name: "Keep this one" }));
  await vi.waitFor(() => expect(done).toHaveBeenCalled());
  expect(activated).toEqual(["j1-engine"]);
}, 20_000);

it("shows the AI's plan itself when it comes within the wait, and a plan made without an interim one", async () => {
  stubFetch({
    "GET /api/jobs/j1": () => json(job("succeeded", { result: { plan_id: "j1", interim_plan_id: "j1-engine", provider: "openai" } })),
    "GET /api/workouts": () => json({ items: [], next_cursor: null }),
  });
  const shown: string[] = [];
  renderApp(<JobProgress jobId="j1" onDone={() => {}} onPlan={(id) => shown.push(id)} />);
  expect(await screen.findByText("Your new plan is ready.", {}, { timeout: 5000 })).toBeInTheDocument();
  expect(shown).toEqual(["j1"]);
  expect(screen.queryByRole("button", { name: "See it" })).not.toBeInTheDocument();
}, 20_000);

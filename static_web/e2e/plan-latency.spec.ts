/**
 * Time to a plan (issue 22, item 4): from the tap on "Generate plan" to the new plan on screen, on the local
 * host (embedded store and queue, the engine writing the plans). The product spec asks for under 3 s at the
 * 95th percentile. Each figure includes the queue's pickup, the engine, the web app's polling of the job and
 * the plan list's refresh and render. Written to test-artifacts/plan-latency.json for docs/benchmarks.md.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, readyUser, test } from "./fixtures";

const USERS = 1;
const PLANS_PER_USER = 8; // the free tier's 10 AI requests a day, with room to spare

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

test("a plan is on screen within 3 s of the request (p95 over 8 plans)", async ({ page }) => {
  test.setTimeout(400_000);
  const timings: number[] = [];
  for (let u = 0; u < USERS; u++) {
    await page.context().clearCookies();
    await readyUser(page, `latency${u}`);
    await page.goto("/plan");
    for (let i = 0; i < PLANS_PER_USER; i++) {
      // Different lengths, so no plan comes from the answer cache.
      await page.getByLabel("Minutes per session (optional)").fill(String(20 + 5 * i + u));
      const done = page.waitForResponse(async (r) => /\/api\/jobs\/[^/]+$/.test(new URL(r.url()).pathname) && ((await r.json()) as { status: string }).status === "succeeded");
      const started = Date.now();
      await page.getByRole("button", { name: "Generate plan" }).click();
      const planId = (((await (await done).json()) as { result: { plan_id: string } }).result).plan_id;
      await expect(page.locator(`[data-plan-id="${planId}"]`).getByRole("heading", { level: 3 })).toBeVisible({ timeout: 15_000 });
      timings.push(Date.now() - started);
      await page.getByRole("button", { name: "Dismiss" }).click();
    }
  }
  const figures = { plans: timings.length, p50_ms: percentile(timings, 50), p95_ms: percentile(timings, 95), max_ms: Math.max(...timings), timings_ms: timings };
  writeFileSync(resolve(import.meta.dirname, "../../test-artifacts/plan-latency.json"), JSON.stringify(figures, null, 2));
  test.info().annotations.push({ type: "plan-latency", description: `request to plan on screen: p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, max ${figures.max_ms} ms over ${figures.plans} plans` });
  expect(figures.p95_ms, "the spec's 3 s").toBeLessThan(3_000);
});

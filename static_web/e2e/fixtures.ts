/** Shared e2e helpers: the base URL from global-setup, users, axe checks and screenshots. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";
import { closeSync, existsSync, openSync, readFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
export { totp } from "./totp";

export const SCREENSHOTS = resolve(import.meta.dirname, "../../test-artifacts/screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, "../openapi.json"), "utf8")) as {
  paths: Record<string, Record<string, unknown>>;
};

/** Whether the backend's schema (as committed in static_web/openapi.json) has this operation. */
export function hasRoute(method: string, path: string): boolean {
  return !!schema.paths[path]?.[method.toLowerCase()];
}

export interface TestUser {
  email: string;
  password: string;
  name: string;
}

let counter = 0;
export function newUser(prefix = "user"): TestUser {
  const id = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { email: `${prefix}-${id}@e2e.vigor.test`, password: `long enough passphrase ${id}`, name: `${prefix} ${id.slice(-4)}` };
}

export const test = base.extend<{ baseURL: string }>({
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error("E2E_BASE_URL is not set: global-setup did not run");
    await use(url);
  },
});
export { expect };

/**
 * Resolves once no finite animation or transition is running (a dialog fading in, a toast sliding
 * out): contrast measured mid-fade depends on timing, not on the page. Infinite ones (spinners) are
 * ignored; they never settle.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity),
  );
}

/** Toasts come and go on their own timer, so page scans leave them out; src/app/theme.test.ts checks their colours. */
const TRANSIENT = '[data-scope="toast"]';

/** No serious or critical axe violations on the page once it has settled (toasts excluded, see TRANSIENT). */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude(TRANSIENT).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")}: ${n.html.slice(0, 160)} ${n.failureSummary ?? ""}`).slice(0, 5).join("\n    ")}`);
  expect(report, `axe on ${screen}`).toEqual([]);
}

/**
 * Clicks `control` and resolves with the first write (POST, PUT, PATCH, DELETE) to /api it sends:
 * tests check what was saved, not a toast that may already be gone.
 */
export async function submitted(page: Page, click: () => Promise<void>): Promise<{ status: number }> {
  const response = page.waitForResponse((r) => r.url().includes("/api/") && r.request().method() !== "GET");
  await click();
  const res = await response;
  return { status: res.status() };
}

export async function snap(page: Page, name: string, project: string): Promise<void> {
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${project}.png`), fullPage: true });
}

export async function signUp(page: Page, user: TestUser): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Display name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByText(/I agree that Vigor stores my health data/).click(); // the label (Chakra hides the input)
  await expect(page.getByRole("checkbox", { name: /stores my health data/ })).toBeChecked();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** One of the admin's recovery codes (global-setup) no other sign-in has taken: each signs in once, and
 * parallel workers or retries must not race for the same one (a lock file per code). */
function nextAdminCode(): string {
  const dir = process.env.E2E_DATA_DIR!;
  const codes = JSON.parse(readFileSync(resolve(dir, "e2e-admin-codes.json"), "utf8")) as string[];
  for (const [i, code] of codes.entries()) {
    try {
      closeSync(openSync(resolve(dir, `e2e-admin-code-${i}.taken`), "wx"));
      return code;
    } catch {
      // taken by another sign-in
    }
  }
  throw new Error("the e2e admin's recovery codes are used up");
}

/** The admin signs in as an admin must: password, then a second factor (a recovery code here). */
export async function signInAdmin(page: Page): Promise<void> {
  await signIn(page, process.env.E2E_ADMIN_EMAIL!, process.env.E2E_ADMIN_PASSWORD!);
  await page.getByLabel("Code from your authenticator app").fill(nextAdminCode());
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** Answers every PAR-Q question on the page: "Yes" to those matching `yes`, "No" to the rest (none is preset). */
export async function answerParQ(page: Page, yes: RegExp[] = []): Promise<void> {
  const groups = page.getByRole("radiogroup");
  await expect(groups).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    const group = groups.nth(i);
    const name = (await group.getAttribute("aria-label")) ?? (await group.textContent()) ?? "";
    await group.getByText(yes.some((r) => r.test(name)) ? "Yes" : "No", { exact: true }).click();
  }
}

/** Onboarding step by step: a birth year, one goal (none is preselected), the defaults, and "No" to the PAR-Q. */
export async function onboard(page: Page, birthYear = "1990"): Promise<void> {
  await page.getByLabel("Birth year").fill(birthYear); // needed: Vigor is for people 16 and over
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText("General fitness", { exact: true }).click();
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Next" }).click();
  await answerParQ(page);
  await page.getByRole("button", { name: "Finish setup" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

/** A signed-in, onboarded user made through the API (fast), then the app loaded. */
export async function readyUser(page: Page, prefix = "user"): Promise<TestUser> {
  const user = newUser(prefix);
  const res = await page.request.post("/api/auth/register", { data: { email: user.email, password: user.password, display_name: user.name, consent_health_data: true } });
  expect(res.status()).toBe(201);
  const { access_token } = (await res.json()) as { access_token: string };
  const profile = await page.request.put("/api/users/profile", {
    headers: { Authorization: `Bearer ${access_token}` },
    data: { display_name: user.name, birth_year: 1990, units: "metric", fitness_level: "beginner", goals: ["strength"], equipment: ["dumbbells", "bench"], days_per_week: 3, session_minutes: 45, timezone: "UTC", daily_message_hour: 8, coach_tone: "encouraging" },
  });
  expect(profile.status()).toBe(200);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  return user;
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}

/** A hand-made plan through POST /api/workouts (the route exists before AI generation does): day 1 is the
 * goblet squat and dumbbell bench press, 3 x 8-10 (rest 5 s), unless `exercises` ([id, name]) says otherwise. */
export async function createPlan(page: Page, token: string, exercises: [string, string][] = [["goblet-squat-dumbbell", "Goblet squat"], ["dumbbell-bench-press", "Dumbbell bench press"]]): Promise<string> {
  const ex = (exercise_id: string, name: string) => ({ exercise_id, name, sets: 3, reps_min: 8, reps_max: 10, target_rpe: 7, rest_seconds: 5, notes: "" });
  const res = await page.request.post("/api/workouts", {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      name: "E2E strength plan",
      goal: "strength",
      split: "full_body",
      days: [
        { day_index: 0, name: "Full body A", focus: "legs and push", estimated_minutes: 45, exercises: exercises.map(([id, name]) => ex(id, name)) },
      ],
      warmup: [],
      cooldown: [],
      progression: { summary: "Add reps, then load.", load_step_pct_min: 2.5, load_step_pct_max: 5, deload_every_weeks: 6, deload_guidance: "Halve the sets." },
      rationale: "A short plan for the end-to-end tests.",
      safety_notes: [],
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** A fresh access token for the page's signed-in user (refresh cookie → token). */
export async function accessToken(page: Page): Promise<string> {
  const res = await page.request.post("/api/auth/refresh");
  expect(res.status()).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

/** The account email the local host "sent" to `to` (its outbox file), oldest first. */
export function outbox(to: string): OutboxMessage[] {
  const file = resolve(process.env.E2E_DATA_DIR ?? "", "outbox.jsonl");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OutboxMessage)
    .filter((m) => m.to.toLowerCase() === to.toLowerCase());
}

/** Waits for the newest emailed link of `kind` to `to` other than `seen`, and returns its path with the fragment. */
export async function emailedLink(to: string, kind: string, seen: string[] = []): Promise<string> {
  let link = "";
  await expect
    .poll(() => {
      const found = outbox(to)
        .filter((m) => m.kind === kind)
        .map((m) => /https?:\/\/[^/\s]+(\/[^\s]+#token=[\w-]+)/.exec(m.text)?.[1] ?? "")
        .filter((l) => l && !seen.includes(l));
      link = found.at(-1) ?? "";
      return link;
    }, { message: `a ${kind} email to ${to}`, timeout: 30_000 })
    .not.toBe("");
  return link;
}

/**
 * The workout screen (issue 19), at 375 px and on desktop: a workout in progress survives a reload and
 * a trip to another screen, only ticked sets are saved, the finish sheet asks RPE and energy, editing
 * keeps them, deleting asks first, and a planned session takes at most 15 taps.
 */
import type { Page } from "@playwright/test";
import { accessToken, createPlan, expect, expectAccessible, mainNav, readyUser, settled, snap, test } from "./fixtures";

interface SentSet {
  reps: number;
  weight_kg?: number;
  completed: boolean;
}
interface SentSession {
  exercises: { exercise_id: string; sets: SentSet[] }[];
  session_rpe: number | null;
  energy: number | null;
  notes: string;
}

/**
 * The app sends its requests as streamed Request objects, whose bodies Playwright cannot read, so the
 * page keeps a copy of each session write's JSON body (an observer around fetch; the request itself
 * goes out unchanged).
 */
async function recordSessionWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { sessionWrites: unknown[] };
    w.sessionWrites = [];
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (input instanceof Request && ["POST", "PUT"].includes(input.method) && /\/api\/workouts\/(.+\/log|sessions\/[^/]+)$/.test(new URL(input.url).pathname))
        void input.clone().text().then((text) => w.sessionWrites.push(JSON.parse(text)));
      return original(input, init);
    };
  });
}

/** Resolves with the JSON body of the next session write (POST .../log or PUT .../sessions/{id}) once the API accepted it. */
async function sessionWrite(page: Page, method: "POST" | "PUT", act: () => Promise<void>): Promise<SentSession> {
  const before = await page.evaluate(() => (window as unknown as { sessionWrites: unknown[] }).sessionWrites.length);
  const answered = page.waitForResponse((r) => r.request().method() === method && /\/api\/workouts\/(.+\/log|sessions\/[^/]+)$/.test(new URL(r.url()).pathname));
  await act();
  expect((await answered).status()).toBeLessThan(300);
  await expect.poll(() => page.evaluate(() => (window as unknown as { sessionWrites: unknown[] }).sessionWrites.length)).toBe(before + 1);
  return page.evaluate((i) => (window as unknown as { sessionWrites: SentSession[] }).sessionWrites[i]!, before);
}

test("a workout in progress survives a reload and a trip to Coach; only ticked sets are saved, with RPE and energy; editing keeps them; deleting asks", async ({ page }) => {
  await recordSessionWrites(page);
  await readyUser(page, "inprogress");
  await createPlan(page, await accessToken(page)); // Goblet squat 3 x 8-10, Dumbbell bench press 3 x 8-10, rest 5 s
  await page.goto("/log");
  await page.getByLabel("Goblet squat set 1 weight (kg)").fill("24");
  await page.getByLabel("Goblet squat set 1 reps").fill("9");
  await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
  const timer = page.getByRole("timer", { name: "Rest timer" });
  await expect(timer).toContainText(/Rest 0:0\d/); // the plan item's 5 s, not a fixed 90 s
  await page.getByRole("button", { name: "Rest 15 seconds more" }).click();
  await expect(timer).toContainText(/Rest 0:(1\d|20)/);
  // The timer stays in sight while the user scrolls to the next exercise.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(timer).toBeInViewport();
  await page.getByLabel("Dumbbell bench press set 1 weight (kg)").fill("20");

  await page.reload();
  await expect(page.getByLabel("Goblet squat set 1 weight (kg)")).toHaveValue("24");
  await expect(page.getByLabel("Goblet squat set 1 reps")).toHaveValue("9");
  await expect(page.getByRole("button", { name: "Goblet squat set 1 done" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByLabel("Dumbbell bench press set 1 weight (kg)")).toHaveValue("20");

  await mainNav(page).getByRole("link", { name: "Coach" }).click();
  const bar = page.getByRole("complementary", { name: "Workout in progress" });
  await expect(bar).toContainText("1 of 6 sets done");
  await expectAccessible(page, "workout in progress bar");
  await snap(page, "workout-in-progress-bar", test.info().project.name);
  await bar.getByRole("link", { name: "Resume" }).click();
  await expect(page.getByLabel("Goblet squat set 1 weight (kg)")).toHaveValue("24");
  await expect(bar).toHaveCount(0);

  await expect(page.getByLabel("Goblet squat set 2 weight (kg)")).toHaveValue("24"); // carried from set 1
  await page.getByLabel("Goblet squat set 2 weight (kg)").fill(""); // a bodyweight set: weight left blank
  await page.getByRole("button", { name: "Goblet squat set 2 done" }).click();
  await page.getByRole("button", { name: "Finish workout" }).click();
  const sheet = page.getByRole("dialog", { name: "Finish workout" });
  await expect(sheet).toContainText("2 sets of 1 exercise done.");
  await sheet.getByRole("radiogroup", { name: /How hard/ }).getByText("8", { exact: true }).click();
  await sheet.getByRole("radiogroup", { name: /Energy/ }).getByText("4", { exact: true }).click();
  await sheet.getByLabel("Notes (optional)").fill("Felt strong");
  await expectAccessible(page, "finish workout sheet");
  await snap(page, "workout-finish-sheet", test.info().project.name);
  const logged = await sessionWrite(page, "POST", () => sheet.getByRole("button", { name: "Save workout" }).click());
  // One exercise, two sets: the four sets never ticked and the untouched bench press are not stored.
  expect(logged.exercises).toHaveLength(1);
  expect(logged.exercises[0]!.sets).toEqual([
    { reps: 9, weight_kg: 24, rpe: null, completed: true, set_type: "normal" },
    { reps: 10, rpe: null, completed: true, set_type: "normal" }, // blank weight: no weight, not 0 kg
  ]);
  expect(logged).toMatchObject({ session_rpe: 8, energy: 4, notes: "Felt strong" });

  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history).toContainText("RPE 8 · energy 4/5");
  // Finishing cleared the workout in progress: a reload starts fresh, and other screens show no bar.
  await page.reload();
  await expect(page.getByRole("button", { name: "Goblet squat set 1 done" })).toHaveAttribute("aria-pressed", "false");
  await mainNav(page).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Workout in progress" })).toHaveCount(0);
  await mainNav(page).getByRole("link", { name: "Log", exact: true }).click();

  // Editing sends every field back: the notes, RPE and energy survive a change of reps.
  await page.getByRole("button", { name: /^Edit workout of/ }).click();
  await page.getByLabel("Goblet squat set 1 reps").fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(sheet.getByLabel("Notes (optional)")).toHaveValue("Felt strong");
  const edited = await sessionWrite(page, "PUT", () => sheet.getByRole("button", { name: "Save workout" }).click());
  expect(edited).toMatchObject({ session_rpe: 8, energy: 4, notes: "Felt strong" });
  expect(edited.exercises[0]!.sets[0]).toMatchObject({ reps: 12, weight_kg: 24 });
  await expect(history).toContainText("RPE 8 · energy 4/5");

  // Deleting asks first; Cancel keeps the workout.
  await history.getByRole("button", { name: /^Delete workout of/ }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this workout?" });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, "delete workout confirmation");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await history.getByRole("button", { name: /^Delete workout of/ }).click();
  await confirm.getByRole("button", { name: "Delete workout" }).click();
  await expect(page.getByText("No workouts logged yet")).toBeVisible();
});

test("discarding a workout in progress asks, then clears it", async ({ page }) => {
  await readyUser(page, "discard");
  await createPlan(page, await accessToken(page));
  await page.goto("/log");
  await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
  await page.getByRole("button", { name: "Discard workout" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Discard this workout?" });
  await confirm.getByRole("button", { name: "Discard workout" }).click();
  await expect(page.getByRole("button", { name: "Goblet squat set 1 done" })).toHaveAttribute("aria-pressed", "false");
  await page.reload();
  await expect(page.getByRole("button", { name: "Goblet squat set 1 done" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("button", { name: "Discard workout" })).toHaveCount(0);
});

test("a workout in progress leaves the browser with its account: the next person to sign in never sees it", async ({ page }) => {
  // A new user's review: after signing out (or deleting the account), the next sign-up was offered the last
  // person's workout, their loads included.
  await readyUser(page, "shared-a");
  await createPlan(page, await accessToken(page));
  await page.goto("/log");
  await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
  await expect(page.getByRole("button", { name: "Goblet squat set 1 done" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Sign out", exact: true }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  await readyUser(page, "shared-b");
  await createPlan(page, await accessToken(page));
  await page.goto("/log");
  await expect(page.getByRole("button", { name: "Goblet squat set 1 done" })).toHaveAttribute("aria-pressed", "false");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Workout in progress" })).toHaveCount(0);
});

const PLANNED: [string, string, number][] = [
  ["goblet-squat-dumbbell", "Goblet squat", 3],
  ["dumbbell-bench-press", "Dumbbell bench press", 3],
  ["dumbbell-row", "One-arm dumbbell row", 2],
  ["dumbbell-rdl", "Dumbbell Romanian deadlift", 2],
  ["dumbbell-shoulder-press", "Dumbbell shoulder press", 2],
];

test("a planned 12-set, 5-exercise session done as planned takes at most 15 taps and keystrokes", async ({ page }) => {
  await recordSessionWrites(page);
  await readyUser(page, "fifteen");
  const token = await accessToken(page);
  const auth = { Authorization: `Bearer ${token}` };
  const plan = await page.request.post("/api/workouts", {
    headers: auth,
    data: {
      name: "Five lifts",
      goal: "strength",
      split: "full_body",
      days: [{ day_index: 0, name: "Full body", focus: "everything", estimated_minutes: 45,
        exercises: PLANNED.map(([exercise_id, name, sets]) => ({ exercise_id, name, sets, reps_min: 8, reps_max: 10, target_rpe: 7, rest_seconds: 60, notes: "" })) }],
      warmup: [], cooldown: [],
      progression: { summary: "Add reps, then load.", load_step_pct_min: 2.5, load_step_pct_max: 5, deload_every_weeks: 6, deload_guidance: "Halve the sets." },
      rationale: "Five lifts for the interaction count.", safety_notes: [],
    },
  });
  expect(plan.status()).toBe(201);
  const planId = ((await plan.json()) as { id: string }).id;
  // Last week's session, so the coach has targets (load and reps) to prefill.
  const lastWeek = await page.request.post(`/api/workouts/${planId}/log`, {
    headers: auth,
    data: { day_index: 0, started_at: new Date(Date.now() - 7 * 86_400_000).toISOString(), duration_minutes: 45,
      exercises: PLANNED.map(([exercise_id, name, sets]) => ({ exercise_id, name, sets: Array.from({ length: sets }, () => ({ reps: 8, weight_kg: 20, rpe: 7, completed: true })) })) },
  });
  expect(lastWeek.status()).toBe(201);

  await page.goto("/log");
  await expect(page.getByRole("button", { name: "Dumbbell shoulder press set 2 done" })).toBeVisible();
  // Every trusted tap and key press from here on is counted in the page.
  await page.evaluate(() => {
    const w = window as unknown as { interactions: number };
    w.interactions = 0;
    for (const type of ["pointerdown", "keydown"]) window.addEventListener(type, (e) => e.isTrusted && (w.interactions += 1), true);
  });
  for (const [, name, sets] of PLANNED)
    for (let i = 1; i <= sets; i++) await page.getByRole("button", { name: `${name} set ${i} done` }).click();
  await page.getByRole("button", { name: "Finish workout" }).click();
  const sent = await sessionWrite(page, "POST", () => page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click());
  const interactions = await page.evaluate(() => (window as unknown as { interactions: number }).interactions);
  expect(interactions, "12 ticks, Finish and Save are counted").toBeGreaterThanOrEqual(14);
  expect(interactions).toBeLessThanOrEqual(15);
  expect(sent.exercises.map((e) => e.sets.length)).toEqual([3, 3, 2, 2, 2]);
  // Each set was prefilled with a load and reps from the coach's targets or last time.
  for (const set of sent.exercises.flatMap((e) => e.sets)) {
    expect(set.weight_kg).toBeGreaterThan(0);
    expect(set.reps).toBeGreaterThan(0);
  }
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem")).toHaveCount(2);
});

test("a user swaps an exercise for today only: done sets stay, the rest move to a replacement that fits their equipment", async ({ page }) => {
  await readyUser(page, "swaptoday");
  const token = await accessToken(page);
  await createPlan(page, token);
  await page.goto("/log");
  await page.getByRole("button", { name: "Goblet squat set 1 done" }).click();
  await page.getByRole("button", { name: "Swap Goblet squat today" }).click();
  const dialog = page.getByRole("dialog", { name: "Swap Goblet squat today" });
  const use = dialog.getByRole("button", { name: /^Do .+ instead$/ }).first();
  await expect(use).toBeVisible();
  await expectAccessible(page, "swap in workout");
  const replacement = ((await use.getAttribute("aria-label")) ?? "").replace(/^Do (.+) instead$/, "$1");
  await use.click();
  await expect(dialog).toHaveCount(0);
  await page.reload(); // the swap is part of the workout in progress
  await expect(page.getByRole("button", { name: "Goblet squat set 1 done" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Goblet squat set 2 done" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `${replacement} set 2 done` })).toBeVisible();
  // The plan keeps its goblet squat.
  const plans = await page.request.get("/api/workouts", { headers: { Authorization: `Bearer ${token}` } });
  expect(JSON.stringify(await plans.json())).toContain("goblet-squat-dumbbell");
});

test("the plate calculator loads each side from the user's own bar and plates, kept for next time", async ({ page }) => {
  await readyUser(page, "plates");
  await createPlan(page, await accessToken(page), [["barbell-back-squat", "Barbell back squat"], ["goblet-squat-dumbbell", "Goblet squat"]]);
  await page.goto("/log");
  await page.getByLabel("Barbell back squat set 1 weight (kg)").fill("102.5");
  // Plates go on a barbell: the goblet squat (a dumbbell) offers no calculator.
  await expect(page.getByRole("heading", { name: "Goblet squat", level: 3 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Plate calculator for Goblet squat" })).toHaveCount(0);
  await page.getByRole("button", { name: "Plate calculator for Barbell back squat" }).click();
  const dialog = page.getByRole("dialog", { name: "Plates for Barbell back squat" });
  await expect(dialog.getByRole("status")).toContainText("Each side: 25 + 15 + 1.25 kg");
  await expectAccessible(page, "plate calculator");
  // A home gym with no 25s: the calculator uses what there is.
  await dialog.getByLabel("Pairs of 25 kg").fill("0");
  await expect(dialog.getByRole("status")).toContainText("Each side: 20 + 20 + 1.25 kg");
  await dialog.getByRole("button", { name: "Done" }).click();
  await page.reload();
  await page.getByRole("button", { name: "Plate calculator for Barbell back squat" }).click();
  await expect(dialog.getByLabel("Pairs of 25 kg")).toHaveValue("0");
});

/** A plan written by Vigor's engine for the user (POST /api/ai/generate-workout, then the job), as the API returns it. */
async function generatedPlan(page: Page, auth: Record<string, string>): Promise<{ id: string; days: { day_index: number; exercises: { exercise_id: string; name: string; sets: number; warmup_sets?: number; duration_seconds?: number | null; distance_m?: number | null }[] }[] }> {
  const accepted = await page.request.post("/api/ai/generate-workout", { headers: auth, data: {} });
  expect(accepted.status()).toBe(202);
  const { status_url } = (await accepted.json()) as { status_url: string };
  let planId = "";
  await expect.poll(async () => {
    const job = (await (await page.request.get(status_url, { headers: auth })).json()) as { status: string; result?: { plan_id: string } };
    planId = job.result?.plan_id ?? "";
    return job.status;
  }, { timeout: 30_000 }).toBe("succeeded");
  return (await (await page.request.get(`/api/workouts/${planId}`, { headers: auth })).json()) as Awaited<ReturnType<typeof generatedPlan>>;
}

test("a real plan's longest day, done as planned, takes one tap a set plus Finish and Save; its W rows are there to tick, never stored untouched", async ({ page }) => {
  await recordSessionWrites(page);
  await readyUser(page, "realplan"); // beginner, strength, dumbbells and a bench, 3 x 45 min
  const auth = { Authorization: `Bearer ${await accessToken(page)}` };
  const plan = await generatedPlan(page, auth);
  const lifting = (d: (typeof plan.days)[number]) => d.exercises.every((e) => !e.duration_seconds && !e.distance_m);
  // The day with the most working sets (the engine's week shapes change as its rules do; a full session is the point).
  const setsOf = (d: (typeof plan.days)[number]) => d.exercises.reduce((n, e) => n + e.sets, 0);
  const day = plan.days.filter(lifting).sort((a, b) => setsOf(b) - setsOf(a))[0];
  expect(day && day.exercises.length >= 4 && setsOf(day) >= 9, `a full lifting day in ${JSON.stringify(plan.days.map((d) => d.exercises.map((e) => `${e.exercise_id} x${e.sets}`)))}`).toBe(true);
  const sets = setsOf(day!);
  const ramped = day!.exercises.filter((e) => e.warmup_sets);
  expect(ramped.length, "the engine ramps up the day's main lifts").toBeGreaterThan(0);
  // Last week's session of that day, so the coach has loads to prefill (a first session types its weights).
  const lastWeek = await page.request.post(`/api/workouts/${plan.id}/log`, {
    headers: auth,
    data: { day_index: day!.day_index, started_at: new Date(Date.now() - 7 * 86_400_000).toISOString(), duration_minutes: 45,
      exercises: day!.exercises.map((e) => ({ exercise_id: e.exercise_id, name: e.name, sets: Array.from({ length: e.sets }, () => ({ reps: 8, weight_kg: 20, rpe: 7, completed: true })) })) },
  });
  expect(lastWeek.status()).toBe(201);

  await page.goto(`/log?day=${plan.days.indexOf(day!)}`); // the day's place in the plan, as "Start this workout" links it
  const first = ramped[0]!;
  await expect(page.getByRole("button", { name: `${first.name} warm-up 1: warm-up. Change set type` })).toHaveText("W");
  await expect(page.getByLabel(`${first.name} warm-up 1 weight (kg)`)).not.toHaveValue("");
  await expectAccessible(page, "log with ramp-up sets");
  await snap(page, "log-real-plan-ramp-up", test.info().project.name);
  await page.evaluate(() => {
    const w = window as unknown as { interactions: number };
    w.interactions = 0;
    for (const type of ["pointerdown", "keydown"]) window.addEventListener(type, (e) => e.isTrusted && (w.interactions += 1), true);
  });
  for (const e of day!.exercises) for (let i = 1; i <= e.sets; i++) await page.getByRole("button", { name: `${e.name} set ${i} done` }).click();
  await page.getByRole("button", { name: "Finish workout" }).click();
  const sent = await sessionWrite(page, "POST", () => page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click());
  const interactions = await page.evaluate(() => (window as unknown as { interactions: number }).interactions);
  expect(interactions, `${sets} ticks, Finish and Save (and one spare)`).toBeLessThanOrEqual(sets + 3);
  expect(sent.exercises.map((e) => e.sets.length)).toEqual(day!.exercises.map((e) => e.sets)); // no W row was ticked, none stored
  for (const set of sent.exercises.flatMap((e) => e.sets)) expect(set.weight_kg).toBeGreaterThan(0);
});

test("the Swap dialog fits a 375 px screen: no sideways scroll, every option inside it", async ({ page }) => {
  await readyUser(page, "swapfits");
  await generatedPlan(page, { Authorization: `Bearer ${await accessToken(page)}` });
  await page.goto("/plan");
  await page.getByRole("button", { name: /^Swap / }).first().click();
  const dialog = page.getByRole("dialog", { name: /^Swap / });
  await expect(dialog.getByRole("button").nth(1)).toBeVisible();
  await settled(page);
  await snap(page, "swap-dialog", test.info().project.name);
  const width = page.viewportSize()!.width;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scroll").toBeLessThanOrEqual(0);
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  for (const button of await dialog.getByRole("button").all()) {
    const b = (await button.boundingBox())!;
    expect(b.x + b.width, `${await button.textContent()} inside the dialog`).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  // The dialog's own content does not scroll sideways either.
  expect(await dialog.evaluate((el) => Array.from(el.querySelectorAll("*")).filter((n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX !== "visible").length)).toBe(0);
  await expectAccessible(page, "swap dialog");
});

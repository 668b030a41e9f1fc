/**
 * Custom exercises (issue 20): the Log's picker finds the user's own exercises by name (marked "custom") and
 * logs them; the Account screen renames one and merges it into a catalogue exercise, and the history follows.
 */
import { accessToken, createPlan, expect, expectAccessible, mainNav, readyUser, test } from "./fixtures";

test("a custom exercise is found in the Log's picker, logged, renamed and merged into the catalogue", async ({ page }) => {
  test.slow(); // a workout, two screens and a merge on a loaded machine
  await readyUser(page, "custom");
  const token = await accessToken(page);
  await createPlan(page, token);
  const made = await page.request.post("/api/exercises/custom", { headers: { Authorization: `Bearer ${token}` }, data: { name: "Sandbag shouldering", load_type: "weight" } });
  expect(made.status(), await made.text()).toBe(201);

  await page.goto("/log");
  await page.getByLabel("Search the catalogue").fill("sandbag");
  const mine = page.getByRole("list", { name: "Your exercises" });
  await expect(mine).toContainText(/Sandbag shouldering\s*custom/);
  await mine.getByRole("button", { name: "Add Sandbag shouldering (custom)" }).click();
  await page.getByLabel("Sandbag shouldering set 1 reps").fill("5");
  await page.getByLabel("Sandbag shouldering set 1 weight (kg)").fill("40");
  await page.getByRole("button", { name: "Sandbag shouldering set 1 done" }).click();
  await page.getByRole("button", { name: "Finish workout" }).click();
  await page.getByRole("dialog", { name: "Finish workout" }).getByRole("button", { name: "Save workout" }).click();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(1);

  await mainNav(page).getByRole("link", { name: "Account" }).click();
  const yours = page.getByRole("list", { name: "Your exercises" });
  await yours.getByRole("button", { name: "Rename Sandbag shouldering" }).click();
  await page.getByLabel("New name for Sandbag shouldering").fill("Sandbag to shoulder");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(yours).toContainText("Sandbag to shoulder");
  await expectAccessible(page, "account: your exercises");

  await yours.getByRole("button", { name: "Merge Sandbag to shoulder into a catalogue exercise" }).click();
  await page.getByLabel("Catalogue exercise to merge Sandbag to shoulder into").fill("deadlift");
  await page.getByRole("list", { name: "Catalogue matches" }).getByRole("button").first().click();
  const confirm = page.getByRole("alertdialog", { name: /^Merge Sandbag to shoulder into / });
  const into = ((await confirm.getByRole("heading").textContent()) ?? "").replace(/^Merge Sandbag to shoulder into (.+)\?$/, "$1");
  await confirm.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByText("None yet.")).toBeVisible();

  // The logged set now belongs to the catalogue exercise.
  const sessions = await page.request.get("/api/workouts/sessions", { headers: { Authorization: `Bearer ${token}` } });
  const logged = ((await sessions.json()) as { items: { exercises: { exercise_id: string; name?: string }[] }[] }).items[0]!.exercises;
  expect(logged.map((e) => e.exercise_id)).not.toContain("custom:sandbag-shouldering");
  expect(logged.length).toBe(1);
  expect(into.length).toBeGreaterThan(0);
});

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { accessToken, expect, expectAccessible, readyUser, test } from "./fixtures";

const EXPORT = resolve(import.meta.dirname, "files/strong-export.csv");

test("a user reviews a Strong export, corrects a mapping, imports it once, and exports CSV", async ({ page }) => {
  await readyUser(page, "history-import");
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Import history" });
  await expect(section.getByLabel("Export file (CSV)")).toBeVisible(); // the lazy chunk loaded

  await section.getByLabel("Export file (CSV)").setInputFiles(EXPORT);
  await section.getByRole("button", { name: "Review import" }).click();
  await expect(section.getByText("A Strong export: 2 workouts with 5 sets. 2 new workouts.")).toBeVisible();
  const table = section.getByRole("region", { name: "Exercises in the file" });
  await expect(section.getByLabel("Import Bench Press (Barbell) as")).toHaveValue("barbell-bench-press");
  await expect(section.getByLabel("Import Zottman Curl as")).toHaveValue("custom:zottman-curl");
  await expect(table.getByText("new exercise of your own")).toBeVisible();
  await expect(section.getByRole("list", { name: "Import warnings" })).toContainText("Line 6: reps 500");
  await expectAccessible(page, "import review");

  // Plank (held 60 s) is corrected to a side plank; nothing is written before Import.
  await section.getByLabel("Import Plank as").selectOption("side-plank");
  const token = await accessToken(page);
  const auth = { headers: { Authorization: `Bearer ${token}` } };
  expect(((await (await page.request.get("/api/workouts/sessions", auth)).json()) as { items: unknown[] }).items).toHaveLength(0);

  await section.getByRole("button", { name: "Import 2 workouts" }).click();
  await expect(section.getByText("Imported 2 new workouts (5 sets).")).toBeVisible();
  const sessions = (await (await page.request.get("/api/workouts/sessions", auth)).json()) as {
    items: { exercises: { exercise_id: string }[] }[];
  };
  const ids = sessions.items.flatMap((s) => s.exercises.map((e) => e.exercise_id));
  expect(ids.sort()).toEqual(["barbell-back-squat", "barbell-bench-press", "custom:zottman-curl", "side-plank"]);

  // The same file again: nothing new, and the correction is remembered.
  await section.getByLabel("Export file (CSV)").setInputFiles(EXPORT);
  await section.getByRole("button", { name: "Review import" }).click();
  await expect(section.getByText(/2 workouts already in Vigor/)).toBeVisible();
  await expect(section.getByLabel("Import Plank as")).toHaveValue("side-plank");
  await expect(section.getByRole("button", { name: "Nothing new to import" })).toBeDisabled();

  const download = page.waitForEvent("download");
  await section.getByRole("button", { name: "Export CSV" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv).toContain("Zottman Curl");
  expect(csv.split("\n")[0]).toContain("Exercise Name");
  expect(csv).toContain("Upper A"); // the workouts keep their names

  await page.goto("/log");
  await expect(page.getByText(/^Lower A · /)).toBeVisible();
  await expect(page.getByText(/^Upper A · /)).toBeVisible();
});

import { readFileSync } from "node:fs";
import { expect, expectAccessible, readyUser, signIn, submitted, test } from "./fixtures";

test("a user edits the profile, downloads the export, and deletes the account", async ({ page }) => {
  const user = await readyUser(page, "account");
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
  await expect(page.getByText(/AI requests today/)).toBeVisible();
  await expectAccessible(page, "account");

  // Units change what is shown; the API keeps SI.
  await page.getByLabel("Units").selectOption("imperial");
  await page.getByLabel("Weight (lb)").fill("176");
  const save = await submitted(page, () => page.getByRole("button", { name: "Save profile" }).click());
  expect(save.status).toBe(200);
  await page.reload();
  await expect(page.getByLabel("Weight (lb)")).toHaveValue("176");

  await page.getByRole("button", { name: "Request upgrade" }).click();
  // The request stays on screen (the toast that also says so goes away on its own).
  await expect(page.getByRole("region", { name: "Tier and usage" }).getByText("You asked for the premium tier; an admin will review it.")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8")) as unknown;
  expect(JSON.stringify(exported)).toContain(user.email);

  await page.getByRole("button", { name: "Delete account" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "delete account dialog");
  // The password proves it is the owner: a wrong one is named at its field and deletes nothing.
  await dialog.getByLabel("Your password").fill("not my password at all");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByText("is not your current password")).toBeVisible();
  await dialog.getByLabel("Your password").fill(user.password);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, user.email, user.password);
  await expect(page.getByRole("alert")).toContainText("not correct");
});

import { expect } from "@playwright/test";
import { expectAccessible, newUser, signUp, test } from "./fixtures";

// An operator made admin before onboarding reaches the two-step sign-in that admin work needs without filling in
// a fitness profile (a new user's review: /admin said "turn it on under Account", and Account led to "About you").
test("sign-in and security settings need no fitness profile", async ({ page }) => {
  await signUp(page, newUser("operator"));
  await page.goto("/account/security");
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole("heading", { name: "Sign-in and security", level: 1 })).toBeVisible();
  await expect(page.getByRole("form", { name: "Start two-step sign-in" })).toBeVisible();
  await expectAccessible(page, "sign-in and security without a profile");
});

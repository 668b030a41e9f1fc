import { expect } from "@playwright/test";
import { emailedLink, expectAccessible, newUser, signUp, test } from "./fixtures";

// An operator made admin before onboarding reaches the two-step sign-in that admin work needs without filling in
// a fitness profile (a new user's review: /admin said "turn it on under Account", and Account led to "About you").
test("sign-in and security settings need no fitness profile", async ({ page }) => {
  const operator = newUser("operator");
  await signUp(page, operator);
  await page.goto("/account/security");
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole("heading", { name: "Sign-in and security", level: 1 })).toBeVisible();
  // Two-step sign-in waits for a confirmed address (a squatter must not lock the owner out): confirm it first.
  await expect(page.getByText(/Confirm your email address first/)).toBeVisible();
  await page.goto(await emailedLink(operator.email, "verify_email"));
  await expect(page.getByRole("status")).toContainText("is confirmed");
  await page.goto("/account/security");
  await expect(page.getByRole("form", { name: "Start two-step sign-in" })).toBeVisible();
  await expectAccessible(page, "sign-in and security without a profile");
});

import { answerParQ, expect, expectAccessible, mainNav, newUser, onboard, signIn, signUp, test } from "./fixtures";

test("a new user signs up, onboards (PAR-Q notice) and lands on the dashboard", async ({ page }) => {
  const user = newUser("signup");
  await page.goto("/");
  await expect(page).toHaveURL(/\/welcome$/); // a first visit meets the landing page
  await page.getByRole("link", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in with Microsoft" })).toHaveCount(0);
  await expectAccessible(page, "sign-in");

  await page.getByRole("link", { name: "Create an account" }).click();
  await expectAccessible(page, "register");
  await signUp(page, user);

  // Step 1 .. 4, then the PAR-Q: one "yes" shows the physician notice.
  await expect(page.getByRole("heading", { name: "About you" })).toBeVisible();
  await expectAccessible(page, "onboarding");
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled(); // the birth year first
  await page.getByLabel("Birth year").fill("1990");
  await page.getByRole("button", { name: "Next" }).click();
  // No goal is chosen for the user.
  await expect(page.getByRole("checkbox", { name: "General fitness" })).not.toBeChecked();
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();
  await page.getByText("Strength", { exact: true }).click();
  await page.getByRole("button", { name: "Next" }).click();
  // A reload mid-way keeps the answers and the step.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Equipment and injuries" })).toBeVisible();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("checkbox", { name: "Strength" })).toBeChecked();
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: "Health check (PAR-Q)" })).toBeVisible();
  await expect(page.getByText("Talk to a doctor before you start")).toHaveCount(0);
  // Every question must be answered: nothing is preset to "No", and one left out is named.
  await expect(page.getByRole("radiogroup").getByRole("radio", { checked: true })).toHaveCount(0);
  await page.getByRole("radiogroup", { name: /joint problem/ }).getByText("Yes").click();
  await expect(page.getByText("Talk to a doctor before you start")).toBeVisible();
  await page.getByRole("button", { name: "Finish setup" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /^Answer question 1 / })).toBeVisible();
  await expectAccessible(page, "onboarding PAR-Q, a question left out");
  await answerParQ(page, [/joint problem/]);
  await expect(page.getByRole("alert").filter({ hasText: /^Answer question/ })).toHaveCount(0);
  await expectAccessible(page, "onboarding PAR-Q");
  await page.getByRole("button", { name: "Finish setup" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Talk to a doctor before you start")).toBeVisible();
  const nav = mainNav(page);
  for (const name of ["Dashboard", "Plan", "Log", "Progress", "Coach", "Account"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("the session survives a reload (silent refresh), and sign out / sign in work", async ({ page }) => {
  const user = newUser("session");
  await signUp(page, user);
  await onboard(page);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("not correct");

  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
});

test("signing in as someone without a profile leads to onboarding", async ({ page }) => {
  const user = newUser("noprofile");
  const res = await page.request.post("/api/auth/register", { data: { email: user.email, password: user.password, consent_health_data: true } });
  expect(res.status()).toBe(201);
  await page.context().clearCookies();
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/onboarding$/);
});

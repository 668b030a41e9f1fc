import { expect, emailedLink, expectAccessible, newUser, readyUser, signIn, test, totp } from "./fixtures";

test("a user confirms the email, changes the password and signs another device out", async ({ page, browser }) => {
  const user = await readyUser(page, "security");
  await page.goto("/account");
  const security = page.getByRole("region", { name: "Sign-in and security" });
  await expect(security.getByText("Not confirmed yet")).toBeVisible();
  await expectAccessible(page, "account security");

  // The confirmation link from the sign-up email (the local host's outbox stands in for a mailbox).
  await page.goto(await emailedLink(user.email, "verify_email"));
  await expect(page.getByRole("status")).toContainText("is confirmed");
  await page.goto("/account");
  await expect(security.getByText("Confirmed", { exact: true })).toBeVisible();

  // A second device signs in; this one lists it and signs it out.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await signIn(phone, user.email, user.password);
  await expect(phone.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.reload();
  const rows = security.getByRole("table", { name: "Signed-in devices" }).getByRole("row");
  await expect(rows).toHaveCount(3); // header + two sign-ins
  await security.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(rows).toHaveCount(2);
  await phone.reload();
  await expect(phone).toHaveURL(/\/sign-in/);
  await other.close();

  // A wrong current password is named at its field; the right one keeps this device signed in.
  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel("New password").fill(`${user.password} renewed`);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("is not your current password")).toBeVisible();
  await form.getByLabel("Current password").fill(user.password);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("Password changed");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
});

test("a user who forgot the password sets a new one from the emailed link", async ({ page, baseURL }) => {
  const user = newUser("forgot");
  // Registered elsewhere (not in this browser, which must start signed out).
  const res = await fetch(`${baseURL}/api/auth/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: user.email, password: user.password, consent_health_data: true }),
  });
  expect(res.status).toBe(201);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await expectAccessible(page, "forgot password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account has this address");

  const link = await emailedLink(user.email, "password_reset");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Set a new password" })).toBeVisible();
  await page.getByLabel("New password").fill("password123");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText(/too common/)).toBeVisible(); // the policy, and the link still works
  const fresh = `${user.password} after the reset`;
  await page.getByLabel("New password").fill(fresh);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status")).toContainText("Your new password is set");

  await page.goto("/sign-in");
  await page.goto(link); // the link worked once
  await page.getByLabel("New password").fill(`${fresh} again`);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("alert")).toContainText("not valid or has expired");

  await signIn(page, user.email, user.password);
  await expect(page.getByRole("alert")).toContainText("not correct");
  await signIn(page, user.email, fresh);
  await expect(page).toHaveURL(/\/onboarding$/);
});

test("a user withdraws the health-data consent, is asked again, and the AI opt-in stays theirs to give", async ({ page }) => {
  await readyUser(page, "consent");
  await page.goto("/account");
  const privacy = page.getByRole("region", { name: "Privacy and consent" });
  const health = privacy.getByRole("checkbox", { name: /store and use my health data/ });
  const ai = privacy.getByRole("checkbox", { name: /External AI providers/ });
  await expect(health).toBeChecked();
  await expect(ai).not.toBeChecked();
  await expect(privacy.getByText("Without this, your plans come from Vigor's own engine")).toBeVisible();
  await privacy.getByText(/External AI providers may read/).click();
  await expect(ai).toBeChecked();
  await privacy.getByText(/Vigor may store and use my health data/).click();
  // Without the consent no screen that stores health data opens: the app asks again at once.
  await expect(page).toHaveURL(/\/consent$/);
  await page.goto("/plan");
  await expect(page).toHaveURL(/\/consent$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await expectAccessible(page, "consent");
  await page.getByRole("button", { name: "I agree" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/account");
  await expect(health).toBeChecked();
  await expect(ai).not.toBeChecked(); // withdrawn with the health consent, and not given again by "I agree"
});

test("a user turns on two-step sign-in with an authenticator app and signs in with its code", async ({ page, context }) => {
  const user = await readyUser(page, "twostep");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // Until the address is confirmed the screen says so, and the server refuses it too.
  await page.goto("/account");
  await expect(page.getByText("Confirm your email address first", { exact: false })).toBeVisible();
  await page.goto(await emailedLink(user.email, "verify_email"));
  await expect(page.getByRole("status")).toContainText("is confirmed");
  await page.goto("/account");
  const start = page.getByRole("form", { name: "Start two-step sign-in" });
  await start.getByLabel("Current password").fill(user.password);
  await start.getByRole("button", { name: "Set up two-step sign-in" }).click();
  // The key as the app takes it; the test computes the app's code from it (RFC 6238).
  const key = (await page.getByLabel("Setup key").textContent())!.replace(/\s/g, "");
  // A QR code to scan, drawn once its encoder has loaded.
  await expect(page.getByRole("img", { name: "QR code to add Vigor to your authenticator app" })).toBeVisible();
  const confirm = page.getByRole("form", { name: "Confirm two-step sign-in" });
  await confirm.getByLabel("The 6-digit code the app shows").fill("000000");
  await confirm.getByRole("button", { name: "Turn on" }).click();
  await expect(confirm.getByText("is not the current code")).toBeVisible();
  await confirm.getByLabel("The 6-digit code the app shows").fill(totp(key));
  await confirm.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expectAccessible(page, "two-step recovery codes");
  // The codes can be copied, one a line.
  await page.getByRole("button", { name: "Copy the codes" }).click();
  await expect(page.getByText("Recovery codes copied")).toBeVisible();
  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split("\n");
  expect(copied).toEqual(await codes.allTextContents());
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByRole("form", { name: "Turn off two-step sign-in" })).toBeVisible();

  // Signing in now asks for a code after the password: the app's next code (a used step never counts twice).
  await page.getByRole("banner").getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, user.email, user.password);
  const code = page.getByLabel("Code from your authenticator app");
  await expect(code).toBeVisible();
  await code.fill(totp(key, Date.now() + 30_000));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

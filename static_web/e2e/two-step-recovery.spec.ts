/** Two-step recovery in Chromium (issue 17): a user who lost the authenticator app and the recovery codes asks from
 * the sign-in screen, uses the emailed link (the removal waits 72 hours), and the owner, signed in with a code,
 * cancels it. That the factor comes off after the wait, and an admin's new app, are tested over HTTP
 * (tests/integration/test_two_step_recovery.py): the browser cannot move the server's clock. */
import { emailedLink, expect, expectAccessible, newUser, outbox, test, totp } from "./fixtures";

test("lost both: ask from the sign-in screen, use the link, and the owner cancels it", async ({ page, baseURL }) => {
  const user = newUser("recover");
  const registered = await fetch(`${baseURL}/api/auth/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: user.email, password: user.password, consent_health_data: true }),
  });
  expect(registered.status).toBe(201);
  const auth = { "Content-Type": "application/json", Authorization: `Bearer ${((await registered.json()) as { access_token: string }).access_token}` };
  // Two-step sign-in waits for a confirmed address: the sign-up's link, opened signed in.
  const confirmLink = (await emailedLink(user.email, "verify_email")).split("#token=")[1];
  const verified = await fetch(`${baseURL}/api/auth/verify-email`, { method: "POST", headers: auth, body: JSON.stringify({ token: confirmLink }) });
  expect(verified.status).toBe(200);
  const started = await fetch(`${baseURL}/api/users/me/2fa/totp`, { method: "POST", headers: auth, body: JSON.stringify({ password: user.password }) });
  const { secret } = (await started.json()) as { secret: string };
  const confirmed = await fetch(`${baseURL}/api/users/me/2fa/totp/confirm`, { method: "POST", headers: auth, body: JSON.stringify({ code: totp(secret) }) });
  const { recovery_codes: codes } = (await confirmed.json()) as { recovery_codes: string[] };

  // The password is right, the code is asked for, and the app and the codes are gone.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Code from your authenticator app")).toBeVisible();
  await page.getByRole("link", { name: "Lost both?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Recover two-step sign-in" })).toBeVisible();
  await expectAccessible(page, "two-step recovery");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText("If this address belongs to an account");

  const link = await emailedLink(user.email, "two_factor_recovery");
  await page.goto(link);
  await expect(page.getByRole("status")).toContainText("Two-step sign-in comes off on");
  await expect.poll(() => outbox(user.email).map((m) => m.subject)).toContain("Two-step sign-in will be removed from your Vigor account");
  await page.goto("/sign-in");
  await page.goto(link); // the link works once
  await expect(page.getByRole("alert")).toContainText("not valid or has expired");

  // The owner, who still has a recovery code, signs in from the email's link and cancels the removal.
  await page.goto(`/sign-in?next=${encodeURIComponent("/two-step-recovery")}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Code from your authenticator app").fill(codes[0]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Two-step sign-in is set to come off on")).toBeVisible();
  await page.getByRole("button", { name: "Cancel the removal" }).click();
  await expect(page.getByRole("status")).toContainText("Cancelled: two-step sign-in stays on");
  await expect.poll(() => outbox(user.email).map((m) => m.subject)).toContain("The removal of two-step sign-in was cancelled");
  await page.reload();
  await expect(page.getByRole("status")).toContainText("No removal of two-step sign-in is waiting");
});

import { expect, expectAccessible, mainNav, readyUser, signInAdmin, test } from "./fixtures";

test("a non-admin cannot see or reach Admin", async ({ page }) => {
  await readyUser(page, "plain");
  await expect(mainNav(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Users" })).toHaveCount(0);
  // The API refuses too, not only the UI.
  const token = ((await (await page.request.post("/api/auth/refresh")).json()) as { access_token: string }).access_token;
  const res = await page.request.get("/api/admin/users", { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(403);
});

test("an admin finds a user, changes their tier, and sees it in the audit log", async ({ page, browser }) => {
  // A user to manage, in a separate browser context.
  const other = await browser.newContext({ baseURL: process.env.E2E_BASE_URL! });
  const target = await readyUser(await other.newPage(), "target");
  await other.close();

  await signInAdmin(page);
  // An admin without a profile lands on Admin (browser review D6), one with a profile on the Dashboard.
  await expect(
    page.getByRole("heading", { level: 1, name: "Dashboard" }).or(page.getByRole("heading", { level: 1, name: "Admin" })),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "About you" })).toHaveCount(0);
  await mainNav(page).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();

  await page.getByLabel("Search users").fill(target.email);
  const tier = page.getByLabel(`Tier for ${target.email}`);
  await expect(tier).toHaveValue("free");
  await expectAccessible(page, "admin users");
  await tier.selectOption("premium");
  await expect(tier).toHaveValue("premium");
  await page.reload();
  await page.getByLabel("Search users").fill(target.email);
  await expect(page.getByLabel(`Tier for ${target.email}`)).toHaveValue("premium");

  await page.getByRole("tab", { name: "Audit log" }).click();
  await expect(page.getByRole("cell", { name: /tier/ }).first()).toBeVisible();
  // People by name and email, not by id.
  await expect(page.getByRole("cell", { name: new RegExp(target.email.replace(/[.+]/g, "\\$&")) }).first()).toBeVisible();
  await expectAccessible(page, "admin audit log");
});

test("an admin changes an AI provider's priority order", async ({ page }) => {
  await signInAdmin(page);
  await expect(page).not.toHaveURL(/sign-in/);
  const token = ((await (await page.request.post("/api/auth/refresh")).json()) as { access_token: string }).access_token;
  const auth = { Authorization: `Bearer ${token}` };
  const base = { kind: "openai_compatible", base_url: "http://127.0.0.1:9/v1", api_key_ref: "", enabled: false };
  const res = await page.request.post("/api/admin/ai-providers", { headers: auth, data: { ...base, id: "e2e-first", model: "e2e-first-model", priority: 10 } });
  expect([200, 201, 409], await res.text()).toContain(res.status());
  await page.goto("/admin");
  await page.getByRole("tab", { name: "AI providers" }).click();
  // The second one through the form.
  await page.getByLabel("Provider id").fill("e2e-second");
  await page.getByRole("combobox", { name: "Kind" }).selectOption("openai_compatible");
  await page.getByRole("textbox", { name: "Model", exact: true }).fill("e2e-second-model");
  await page.getByLabel("Base URL (optional)").fill("http://127.0.0.1:9/v1");
  await page.getByLabel("Priority (lower runs first)").fill("20");
  await page.getByRole("button", { name: "Add provider" }).click();
  const items = page.getByRole("listitem").filter({ hasText: /e2e-(first|second)-model/ });
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText("e2e-first-model");
  await page.getByRole("button", { name: "Move e2e-second-model up" }).click();
  await expect(items.first()).toContainText("e2e-second-model");
  await page.reload();
  await page.getByRole("tab", { name: "AI providers" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: /e2e-(first|second)-model/ }).first()).toContainText("e2e-second-model");
  await expectAccessible(page, "admin providers");

  // A failed test says why in words (port 9 answers nothing), and deleting asks first.
  await page.getByRole("button", { name: "Test e2e-second-model" }).click();
  await expect(page.getByText(/e2e-second-model: test failed/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^(Could not reach the provider|No answer within|The provider)/).first()).toBeVisible();
  await page.getByRole("button", { name: "Delete e2e-second (e2e-second-model)" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this AI provider?" });
  await confirm.getByRole("button", { name: "Delete provider" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: /e2e-(first|second)-model/ })).toHaveCount(1);
});

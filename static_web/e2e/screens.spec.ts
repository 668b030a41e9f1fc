/**
 * Every screen at the project's viewport (desktop 1280 px, phone 375 px): loads, passes axe
 * (no serious/critical), and is saved as a screenshot under test-artifacts/screenshots.
 */
import { accessToken, createPlan, expect, expectAccessible, mainNav, newUser, readyUser, signInAdmin, snap, test } from "./fixtures";

test("public screens", async ({ page }, info) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page, "sign-in");
  await snap(page, "sign-in", info.project.name);
  await page.goto("/register");
  await expect(page.getByRole("button", { name: "Create account" })).toBeVisible();
  await snap(page, "register", info.project.name);

  const user = newUser("screens");
  const res = await page.request.post("/api/auth/register", { data: { email: user.email, password: user.password, consent_health_data: true } });
  expect(res.status()).toBe(201);
  await page.goto("/onboarding");
  await expect(page.getByRole("heading", { name: "About you" })).toBeVisible();
  await snap(page, "onboarding-1-about", info.project.name);
  await page.getByLabel("Birth year").fill("1990");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText("Strength", { exact: true }).click(); // no goal is preselected
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("radiogroup", { name: /chest/ }).first().getByText("Yes").click();
  await expectAccessible(page, "onboarding PAR-Q");
  await snap(page, "onboarding-5-parq", info.project.name);
});

const SCREENS = [
  { link: "Dashboard", heading: "Dashboard", file: "dashboard" },
  { link: "Plan", heading: "Plan", file: "plan" },
  { link: "Log", heading: "Log", file: "log" },
  { link: "Progress", heading: "Progress", file: "progress" },
  { link: "Coach", heading: "Coach", file: "coach" },
  { link: "Account", heading: "Account", file: "account" },
];

test("signed-in screens, light and dark", async ({ page }, info) => {
  test.setTimeout(180_000);
  await readyUser(page, "screens");
  await createPlan(page, await accessToken(page));
  await page.reload();
  for (const screen of SCREENS) {
    await mainNav(page).getByRole("link", { name: screen.link, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: screen.heading })).toBeVisible();
    // Let each section settle into data, empty or error state before checking.
    await expect(page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
    await expectAccessible(page, screen.file);
    await snap(page, screen.file, info.project.name);
    if (screen.file === "plan") {
      // The exercise details dialog, at this viewport too.
      await page.getByRole("button", { name: "Goblet squat details" }).first().click();
      await expect(page.getByRole("dialog", { name: "Goblet squat" }).getByRole("heading", { name: "Instructions" })).toBeVisible();
      await expectAccessible(page, "plan exercise details dialog");
      await snap(page, "plan-exercise-details", info.project.name);
      await page.getByRole("button", { name: "Close", exact: true }).click();
      await expect(page.getByRole("dialog")).toHaveCount(0);
    }
  }
  await page.getByRole("button", { name: "Switch to dark mode" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
  await expectAccessible(page, "dashboard (dark)");
  await snap(page, "dashboard-dark", info.project.name);
  await page.getByRole("button", { name: "Switch to light mode" }).click();
});

test("admin screens", async ({ page }, info) => {
  test.setTimeout(180_000);
  await signInAdmin(page);
  await expect(page).not.toHaveURL(/sign-in/);
  // Wait for where sign-in lands (the dashboard, or onboarding the first time), not for the URL alone.
  // An admin without a profile lands on Admin (browser review D6), one with a profile on the Dashboard.
  await expect(
    page.getByRole("heading", { level: 1, name: "Dashboard" }).or(page.getByRole("heading", { level: 1, name: "Admin" })),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "About you" })).toHaveCount(0);
  await mainNav(page).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  // Seven items (with Admin): the bar neither scrolls sideways nor cuts a label, at 375 px too.
  const bar = await mainNav(page).evaluate((nav) => {
    const list = nav.querySelector("ul")!;
    const links = Array.from(nav.querySelectorAll("a")).map((a) => {
      const r = a.getBoundingClientRect();
      return { text: a.textContent, cut: a.scrollWidth > a.clientWidth + 1, outside: r.left < 0 || r.right > window.innerWidth + 0.5 };
    });
    return { scrolls: list.scrollWidth > list.clientWidth + 1, links };
  });
  expect(bar.scrolls).toBe(false);
  expect(bar.links.filter((l) => l.cut || l.outside)).toEqual([]);
  for (const tab of ["Users", "Tier requests", "Tier limits", "AI providers", "Budget", "Prices", "Usage and cost", "Audit log"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
    await expectAccessible(page, `admin ${tab}`);
    await snap(page, `admin-${tab.toLowerCase().replace(/ /g, "-")}`, info.project.name);
  }
});

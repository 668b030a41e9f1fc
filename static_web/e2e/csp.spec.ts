/**
 * The local host does not send the Static Web App's headers, so this test adds the CSP from
 * staticwebapp.config.json to every document and checks that nothing the app needs is refused.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, mainNav, readyUser, test } from "./fixtures";

const config = JSON.parse(readFileSync(resolve(import.meta.dirname, "../public/staticwebapp.config.json"), "utf8")) as {
  globalHeaders: Record<string, string>;
};
const csp = config.globalHeaders["Content-Security-Policy"]!;

// The installed app's manifest and service worker are under the policy too (manifest-src, worker-src).
test.use({ serviceWorkers: "allow" });

test("the strict Content-Security-Policy does not break the app", async ({ page }) => {
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain("frame-ancestors 'none'");
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
  });
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": csp } });
  });
  await readyUser(page, "csp");
  for (const name of ["Plan", "Progress", "Coach", "Account"]) {
    await mainNav(page).getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  }
  await page.getByRole("button", { name: "Switch to dark mode" }).click();
  const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(worker).toMatch(/\/sw\.js$/);
  expect(violations).toEqual([]);
});

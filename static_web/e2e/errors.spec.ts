import { expect, readyUser, test } from "./fixtures";

test("a 429 says which limit was hit and when it resets; a failed request offers a retry", async ({ page }) => {
  // The first request for usage hits a (simulated) rate limit; the retry goes through.
  let calls = 0;
  await page.route("**/api/tiers/current", async (route) => {
    if (calls++ > 0) return route.continue();
    await route.fulfill({
      status: 429,
      headers: { "Content-Type": "application/problem+json", "Retry-After": "3600" },
      body: JSON.stringify({ type: "urn:vigor:problem:too-many-requests", title: "Too many requests", status: 429, limit: "requests_per_day", retry_after: 3600 }),
    });
  });
  await readyUser(page, "errors");
  // The section says it inline and stays (the app-wide toast that also says so goes away on its own).
  const section = page.getByRole("region", { name: "Your quotas" });
  await expect(section.getByRole("alert")).toContainText("Could not load quotas");
  await expect(section.getByRole("alert")).toContainText("You reached the requests per day limit; it resets in 1 h.");
  await section.getByRole("button", { name: "Try again" }).click();
  await expect(section.getByText("AI requests today")).toBeVisible();
});

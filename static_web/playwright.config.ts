import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end against the real local host (python -m shared.cli serve), started by
 * e2e/global-setup.ts on 127.0.0.1 and a free port with a throwaway data directory.
 * Browsers are not downloaded: Debian's Chromium at /usr/bin/chromium (LOCAL-SERVICES.md).
 */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  outputDir: "../test-artifacts/playwright",
  use: {
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // Each test's new context would install the service worker and download the whole precache (~1.3 MB) for
    // nothing: the specs about the installed app (offline, csp) allow it themselves.
    serviceWorkers: "block",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions } },
    {
      name: "phone",
      // 375 px wide, touch; Chromium (not WebKit) since that is the browser we have.
      use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, launchOptions },
      testMatch: /(screens|workout-screen|rough-edges|plan-days)\.spec\.ts/,
    },
  ],
});

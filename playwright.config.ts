import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets several checkouts run their suites side by side without reusing each other's server.
const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  reporter: 'list',
  // The suite builds fixture sites beside the browser tests on two cores; a part of the page that
  // loads on use can take longer than Playwright's default 5 s to arrive while a build runs.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Debian's Chromium: Playwright must not download a browser here.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // `npm run e2e` builds first; this serves the built site as a static host would.
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

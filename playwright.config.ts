import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  // Its own folder: Playwright empties it at start, and test-results/ also holds the Vitest report.
  outputDir: 'test-results/playwright-artifacts',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  // No retries: a flaky browser test is a bug to fix, not to hide.
  retries: 0,
  forbidOnly: true,
  // A test's whole budget, fixtures included: a new server and a signed-in owner can take 20 s
  // while the other worker runs a long flow on a two-core machine. Each expectation still fails
  // after its own 10 s, so a broken page fails fast whatever this is.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.ACCORD_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});

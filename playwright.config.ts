import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// TESSERA_E2E_PORT / TESSERA_DIST let several builds be tested side by side.
const PORT = Number(process.env.TESSERA_E2E_PORT ?? 4173)
const DIST = process.env.TESSERA_DIST ?? 'dist'
// Debian's Chromium when present (machines without Playwright's own browsers); Playwright's otherwise.
const systemChromium = process.env.TESSERA_CHROMIUM ?? '/usr/bin/chromium'
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    }
  : {}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 2 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})

// Screenshots of every route in light and dark, for review and the README.
// Usage: npm run build && npm run screenshots [-- outDir]   (ROUTES=name,name to take only some)
import { existsSync, mkdirSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'

const outDir = process.argv[2] ?? '.cache/screenshots'
const PORT = Number(process.env.TESSERA_SCREENSHOT_PORT ?? 4179)
const DIST = process.env.TESSERA_DIST ?? 'dist'
const base = `http://localhost:${PORT}`
const routes = [
  ['search', '/search'],
  ['search-query', '/search?q=sessions'],
  ['product', `/products/${encodeURIComponent('urn:tessera:product:playback.playback_sessions')}`],
  ['domains', '/domains'],
  ['domain', '/domains/playback'],
  ['coverage', '/coverage'],
  ['teams', '/teams'],
  ['team', '/teams/playback-data'],
  ['person', '/people/maya-chen'],
  ['not-found', '/nowhere'],
]

mkdirSync(outDir, { recursive: true })
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], { stdio: 'ignore' })
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(base).then(() => true, () => false)) break
    await new Promise((r) => setTimeout(r, 200))
  }
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 860 } })
    const page = await context.newPage()
    for (const [name, path] of routes.filter(([n]) => !process.env.ROUTES || process.env.ROUTES.split(',').includes(n))) {
      await page.goto(base + path)
      await page.locator('h1').first().waitFor()
      await page.waitForTimeout(150)
      await page.screenshot({ path: `${outDir}/${name}-${scheme}.png`, fullPage: process.env.FULL === '1' })
    }
    await context.close()
  }
  await browser.close()
} finally {
  server.kill()
}

import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
const PORT = 4181, base = `http://localhost:${PORT}`
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', cwd: '/work/main' })
for (let i = 0; i < 50; i++) { if (await fetch(base).then(() => true, () => false)) break; await new Promise((r) => setTimeout(r, 200)) }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
try {
  const mobile = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' })
  let page = await mobile.newPage()
  await page.goto(base + '/products/' + encodeURIComponent('urn:tessera:product:finance.content_roi_board_pack'))
  await page.locator('h1').waitFor(); await page.waitForTimeout(200)
  await page.screenshot({ path: '/tmp/shots/mobile-product.png' })
  await page.goto(base + '/coverage'); await page.locator('h1').waitFor(); await page.waitForTimeout(200)
  await page.screenshot({ path: '/tmp/shots/mobile-coverage.png' })
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 700 } })
  page = await ctx.newPage()
  await page.route('**/config.json', (r) => r.fulfill({ json: { backends: [{ type: 'rest', baseUrl: '/x-api' }] } }))
  await page.route('**/x-api/**', (r) => r.fulfill({ status: 500, body: '{}' }))
  await page.goto(base + '/domains'); await page.getByRole('alert').waitFor({ timeout: 20000 })
  await page.screenshot({ path: '/tmp/shots/error-500.png' })
  const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 700 }, colorScheme: 'dark' })
  page = await ctx2.newPage()
  await page.route('**/config.json', (r) => r.fulfill({ json: { backends: [{ type: 'datahub', url: 'x' }], extra: 1 } }))
  await page.goto(base + '/'); await page.getByRole('alert').waitFor()
  await page.screenshot({ path: '/tmp/shots/config-error.png' })
  const ctx3 = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await ctx3.newPage()
  await page.goto(base + '/products/' + encodeURIComponent('urn:tessera:product:playback.playback_sessions_legacy'))
  await page.locator('h1').waitFor(); await page.waitForTimeout(200)
  await page.screenshot({ path: '/tmp/shots/xss.png' })
} finally { await browser.close(); server.kill() }

// Screenshots of every route in light and dark, for review and the README.
// Usage: npm run build && npm run screenshots [-- outDir]   (ROUTES=name,name to take only some;
// WIDTHS=390,1440 for a phone's and a desktop's view, each file named with its width; FULL=1 for whole pages)
import { existsSync, mkdirSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'

const outDir = process.argv[2] ?? '.cache/screenshots'
const WIDTHS = (process.env.WIDTHS ?? process.env.WIDTH ?? '1280').split(',').map(Number)
const PORT = Number(process.env.TESSERA_SCREENSHOT_PORT ?? 4179)
const DIST = process.env.TESSERA_DIST ?? 'dist'
const base = `http://localhost:${PORT}`
// [name, path, who the visitor acts as in the demo (a person's id), if anyone]
const routes = [
  ['home', '/'],
  ['home-owner', '/', 'maya-chen'],
  ['search', '/search'],
  ['search-query', '/search?q=sessions'],
  ['product', `/products/${encodeURIComponent('urn:tessera:product:playback.playback_sessions')}`],
  ...['access', 'schema', 'contract', 'lineage', 'consumers', 'history'].map((tab) => [
    `product-${tab}`,
    `/products/${encodeURIComponent('urn:tessera:product:playback.playback_sessions')}?tab=${tab}`,
  ]),
  ['product-poor', `/products/${encodeURIComponent('urn:tessera:product:content.genres_taxonomy')}`],
  ['product-deprecated', `/products/${encodeURIComponent('urn:tessera:product:playback.playback_sessions_legacy')}`],
  ['product-deprecated-schema', `/products/${encodeURIComponent('urn:tessera:product:playback.playback_sessions_legacy')}?tab=schema`],
  ['product-not-found', `/products/${encodeURIComponent('urn:tessera:product:playback.playback_sesions')}`],
  ['domains', '/domains'],
  ['domain', '/domains/playback'],
  ['coverage', '/coverage'],
  ['lineage-focus', `/lineage?focus=${encodeURIComponent('urn:tessera:product:finance.content_roi_board_pack')}&expand=up:${encodeURIComponent('urn:tessera:product:content.content_performance')}&sel=${encodeURIComponent('urn:tessera:product:playback.viewing_time_daily')}&path=down`],
  ['lineage-mesh', '/lineage?mode=mesh'],
  ['lineage-mesh-grouped', '/lineage?mode=mesh&open=*&group=domain'],
  ['lineage-columns', `/lineage?focus=${encodeURIComponent('urn:tessera:product:content.content_performance')}&up=1&down=1&colUrn=${encodeURIComponent('urn:tessera:product:content.content_performance')}&colPort=performance-table&colName=total_watch_minutes`],
  ['lineage-start', '/lineage'],
  ...['source-aligned', 'consumer-aligned', 'owned', 'documented', 'under-contract', 'slos-met', 'active'].map((m) => [
    `coverage-${m}`,
    `/coverage?measure=${m}`,
  ]),
  ['coverage-matrix', '/coverage?view=matrix&measure=under-contract'],
  ['coverage-matrix-kinds', '/coverage?view=matrix'],
  ['coverage-topology', '/coverage?view=topology'],
  ['domain-licensing', '/domains/content-licensing'],
  ['teams', '/teams'],
  ['team', '/teams/playback-data'],
  ['person', '/people/maya-chen'],
  ['following', '/following', 'sam-okafor'],
  ['requests', '/requests', 'maya-chen'],
  ['sources', '/sources'],
  ['glossary', '/glossary'],
  ['glossary-term', '/glossary/Watch%20time'],
  ['not-found', '/nowhere'],
]

mkdirSync(outDir, { recursive: true })
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], { stdio: 'ignore', detached: true })
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
  const chosen = routes.filter(([n]) => !process.env.ROUTES || process.env.ROUTES.split(',').includes(n))
  for (const width of WIDTHS) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: width < 600 ? 844 : 860 } })
      const page = await context.newPage()
      await page.goto(base)
      for (const [name, path, personId] of chosen) {
        await page.evaluate((id) => (id ? localStorage.setItem('tessera.demo.identity', id) : localStorage.removeItem('tessera.demo.identity')), personId ?? null)
        await page.goto(base + path)
        await page.locator('h1').first().waitFor()
        // lazily loaded parts (graphs) show a loading state first
        await page.waitForFunction("!document.querySelector('.state-loading')", null, { timeout: 10_000 }).catch(() => {})
        await page.waitForTimeout(150)
        const file = WIDTHS.length > 1 ? `${name}-${width}-${scheme}` : `${name}-${scheme}`
        await page.screenshot({ path: `${outDir}/${file}.png`, fullPage: process.env.FULL === '1' })
      }
      await context.close()
    }
  }
  await browser.close()
} finally {
  try {
    process.kill(-server.pid)
  } catch {
    // already gone
  }
}

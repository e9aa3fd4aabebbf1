// bundle.search_route_js_gz: gzipped JavaScript the search route loads (budget 200 KB), and what the
// graph views add; sizes are of the built files, gzipped here, so they do not depend on the server.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const DEMO_SERVER = /\/assets\/(browser|demo-mesh|generate-mesh)-[\w-]+\.js$/

const routes = [
  ['search', '/search'],
  ['lineage', `/lineage?focus=${encodeURIComponent('urn:tessera:product:playback.playback_sessions')}`],
  ['coverage', '/coverage'],
]

export async function run({ browser, baseURL, report, outDir }) {
  for (const [name, path] of routes) {
    const context = await browser.newContext()
    const page = await context.newPage()
    const scripts = new Set()
    const workers = new Set()
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (!url.pathname.endsWith('.js') || url.pathname.endsWith('mockServiceWorker.js')) return
      ;(response.request().frame() ? scripts : workers).add(url.pathname)
    })
    await page.goto(baseURL + path)
    await page.locator('h1').first().waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    const gz = (paths) => [...paths].reduce((sum, p) => sum + gzipSync(readFileSync(join(outDir, p))).length, 0)
    // The demo's in-browser server (MSW and the demo mesh) ships only with the demo backend.
    const app = [...scripts].filter((p) => !DEMO_SERVER.test(p))
    report(`bundle.${name}_route_js_gz`, gz(app) / 1024, 'KB', app.length)
    report(`bundle.${name}_route_js_gz_with_demo_server`, gz(scripts) / 1024, 'KB', scripts.size)
    if (workers.size) report(`bundle.${name}_route_worker_js_gz`, gz(workers) / 1024, 'KB', workers.size)
    await context.close()
  }
}

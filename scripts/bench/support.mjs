// Shared by the benchmark's metric files.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export function launchChromium() {
  const executablePath = process.env.TESSERA_CHROMIUM ?? '/usr/bin/chromium'
  return chromium.launch({
    executablePath: existsSync(executablePath) ? executablePath : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-precise-memory-info',
      // performance.measureUserAgentSpecificMemory() answers at once instead of at the next garbage collection.
      '--enable-blink-features=ForceEagerMeasureMemory',
    ],
  })
}

/**
 * A page of the production app serving a generated mesh of `products` products (demo backend, `synthetic`);
 * `options` adds generator settings such as `{ domains: 500 }`; `initScript` runs in the page before its own.
 */
export async function openSyntheticMesh(browser, baseURL, products, path, options = {}, initScript) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  if (initScript) await context.addInitScript(initScript)
  await context.route('**/config.json', (route) =>
    route.fulfill({ json: { backends: [{ type: 'demo', synthetic: { products, seed: 7, ...options } }] } }),
  )
  const page = await context.newPage()
  await page.goto(baseURL + path)
  return { context, page }
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

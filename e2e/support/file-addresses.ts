import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import type { BrowserContext } from '@playwright/test'

/**
 * Files are served only where a relative address means them: beside the app. Anything else falls
 * through to the preview server, which answers with the app's HTML, as a real static host does.
 */
const ROOT = join(import.meta.dirname, '..', '..')
const SERVED: Record<string, string> = {
  'fixtures/dbt/': join(ROOT, 'src/backends/dbt/test-fixtures/'),
  'fixtures/export/': join(ROOT, 'src/backends/contracts/test-fixtures/dmm-export/'),
  'fixtures/contracts/': join(ROOT, 'src/backends/contracts/test-fixtures/'),
}

export async function serveBeside(context: BrowserContext, origin: string, base: string, config: unknown) {
  await context.route(`${origin}${base}config.json`, (route) => route.fulfill({ json: config }))
  const prefix = `${origin}${base}fixtures/`
  // context.route (not page.route) so the parsing workers' requests are served too.
  await context.route(
    (url) => url.href.startsWith(prefix),
    async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(base.length))
      const folder = Object.keys(SERVED).find((f) => path.startsWith(f))
      const file = folder ? normalize(join(SERVED[folder]!, path.slice(folder.length))) : ''
      if (!folder || !file.startsWith(SERVED[folder]!) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
      return route.fulfill({ body: await readFile(file), contentType: file.endsWith('.json') ? 'application/json' : 'text/yaml' })
    },
  )
}

export const DBT = { backends: [{ type: 'dbt', id: 'shop', label: 'Shop dbt project', projects: [{ manifestUrl: 'fixtures/dbt/shop-manifest.json', catalogUrl: 'fixtures/dbt/shop-catalog.json' }] }] }
export const EXPORT = { backends: [{ type: 'contracts', id: 'export', label: 'Data Mesh Manager export', index: 'fixtures/export/index.json' }] }
export const CONTRACTS = { backends: [{ type: 'contracts', id: 'contracts', label: 'Contract files', index: 'fixtures/contracts/index.json' }] }

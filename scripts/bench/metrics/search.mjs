// search.index_build, search.keystroke_to_results_p50/_p95 and search.heap_after_index, per mesh size.
import { openSyntheticMesh, percentile } from '../support.mjs'

// Realistic queries over the synthetic mesh's vocabulary: names, columns, owners, domains, typos, two words.
const QUERIES = [
  'orders', 'payments', 'customers', 'shipments', 'invoices', 'sessions', 'refunds', 'promotions', 'suppliers',
  'stock_levels', 'deliveries', 'tickets', 'campaigns', 'subscriptions', 'claims', 'transactions', 'ledger',
  'orders_daily', 'payments_events', 'customers_snapshot', 'shipments_weekly', 'returns_report', 'invoices_kpis',
  'order_id', 'customer_id', 'session_id', 'full_name', 'email', 'os_name', 'app_version', 'amount', 'currency',
  'Logistics', 'Supply chain', 'Fraud', 'Loyalty', 'Marketplace', 'Treasury', 'Warehousing',
  'Priya', 'Lars', 'Nadia', 'Chen',
  'paymnts', 'custmers', 'shipmnets', 'invocies', 'subscriptons', 'delivries',
  'orders daily', 'customer email', 'payments by region', 'fraud alerts', 'stock forecast', 'refunds monthly',
  'pii', 'gold', 'forecast', 'scorecard', 'enriched',
]

const RESULTS = '[data-results-for]'

export async function run({ browser, baseURL, sizes, report }) {
  for (const n of sizes) {
    const { context, page } = await openSyntheticMesh(browser, baseURL, n, '/search')
    try {
      await page.waitForSelector(`${RESULTS.slice(0, -1)}=""]`, { timeout: 15 * 60_000 })
      const build = await page.evaluate(() => {
        const [entry] = performance.getEntriesByName('search.index_build')
        return entry ? { total: entry.duration, worker: entry.detail?.buildMs } : undefined
      })
      if (build) {
        report('search.index_build', build.total, 'ms', n)
        report('search.index_build_in_worker', build.worker, 'ms', n)
      }
      const heap = await workerHeap(page)
      if (heap) report('search.heap_after_index', heap / 1e6, 'MB', n)
      const pageHeap = await page.evaluate(() => performance.memory?.usedJSHeapSize)
      if (pageHeap) report('search.page_heap_after_index', pageHeap / 1e6, 'MB', n)

      const box = page.getByRole('searchbox', { name: 'Search data products' })
      await page.evaluate(installProbe)
      const samples = []
      for (const query of QUERIES) {
        const prefix = query.slice(0, -1)
        await box.fill(prefix)
        await page.waitForSelector(`${RESULTS}[data-results-for="${prefix.trim()}"]`, { timeout: 60_000 })
        await page.evaluate((expected) => window.__tesseraBench.arm(expected), query)
        await box.press(query.at(-1))
        samples.push(await page.evaluate(() => window.__tesseraBench.result))
      }
      report('search.keystroke_to_results_p50', percentile(samples, 50), 'ms', n)
      report('search.keystroke_to_results_p95', percentile(samples, 95), 'ms', n)
      report('search.keystroke_to_results_max', Math.max(...samples), 'ms', n)
    } finally {
      await context.close()
    }
  }
}

// Runs in the page: from the key event to the first frame painted with the results for the new query.
function installProbe() {
  window.__tesseraBench = {
    arm(expected) {
      this.result = new Promise((resolve) => {
        let start
        document.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true })
        const check = () => {
          const answered = document.querySelector('[data-results-for]')?.getAttribute('data-results-for')
          if (start === undefined || answered !== expected) return
          observer.disconnect()
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
        }
        const observer = new MutationObserver(check)
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-results-for'] })
      })
    },
  }
}

async function workerHeap(page) {
  const worker = page.workers().find((w) => w.url().includes('search'))
  if (!worker) return undefined
  return worker.evaluate(() => self.performance?.memory?.usedJSHeapSize).catch(() => undefined)
}

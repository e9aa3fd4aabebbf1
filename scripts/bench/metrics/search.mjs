// Search as a user feels it, per mesh size: time to the first results and to searchable from navigation,
// index build, memory, and every keystroke of realistic queries typed one character at a time.
import { openSyntheticMesh, percentile } from '../support.mjs'

// Realistic queries over the synthetic mesh's vocabulary: names, columns, owners, domains, typos, several words.
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
/** Milliseconds between keys: a quick typist. */
const TYPING_DELAY = 110
const RESULTS = '[data-results-for]'

export async function run({ browser, baseURL, sizes, report }) {
  for (const n of sizes) {
    const { context, page } = await openSyntheticMesh(browser, baseURL, n, '/search', {}, installProbe)
    try {
      await page.waitForSelector(`${RESULTS}[data-results-for=""]`, { timeout: 15 * 60_000 })
      const timings = await page.evaluate(async () => {
        const firstResults = await window.__tesseraBench.firstResults
        const [entry] = performance.getEntriesByName('search.index_build')
        return { firstResults, build: entry && { total: entry.duration, worker: entry.detail?.buildMs, end: entry.startTime + entry.duration } }
      })
      report('search.first_results_ms', timings.firstResults, 'ms', n)
      if (timings.build) {
        report('search.searchable_ms', timings.build.end, 'ms', n)
        report('search.index_build', timings.build.total, 'ms', n)
        report('search.index_build_in_worker', timings.build.worker, 'ms', n)
      }
      const memory = await measureMemory(page)
      if (memory) {
        report('search.worker_memory', memory.worker / 1e6, 'MB', n)
        report('search.page_memory', memory.page / 1e6, 'MB', n)
      }

      const box = page.getByRole('searchbox', { name: 'Search data products' })
      const samples = []
      let unanswered = 0
      for (const query of QUERIES) {
        await box.fill('')
        await page.waitForSelector(`${RESULTS}[data-results-for=""]`, { timeout: 60_000 })
        await page.evaluate(() => window.__tesseraBench.start())
        await box.pressSequentially(query, { delay: TYPING_DELAY })
        await page.waitForSelector(`${RESULTS}[data-results-for="${query.trim()}"]`, { timeout: 60_000 })
        const { latencies, pending } = await page.evaluate(() => window.__tesseraBench.stop())
        samples.push(...latencies)
        unanswered += pending
      }
      report('search.keystrokes', samples.length, 'count', n)
      if (unanswered) report('search.keystrokes_never_answered', unanswered, 'count', n)
      report('search.keystroke_to_results_p50', percentile(samples, 50), 'ms', n)
      report('search.keystroke_to_results_p95', percentile(samples, 95), 'ms', n)
      report('search.keystroke_to_results_max', Math.max(...samples), 'ms', n)
    } finally {
      await context.close()
    }
  }
}

/**
 * Runs in the page before its scripts. Each keystroke is timed from its keydown's own `timeStamp` to the
 * frame that paints results for its query or a later one (a key whose search was superseded waits for that).
 */
function installProbe() {
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))
  const answered = () => document.querySelector('[data-results-for]')?.getAttribute('data-results-for')
  let keys = null
  let latencies = []
  let keydownAt
  const bench = {
    firstResults: new Promise((resolve) => {
      const check = () => {
        if (!document.querySelector('[data-results-for] [data-result-link]')) return
        first.disconnect()
        afterPaint().then(resolve)
      }
      const first = new MutationObserver(check)
      document.addEventListener('DOMContentLoaded', () => first.observe(document.body, { subtree: true, childList: true, attributes: true }))
    }),
    start() {
      keys = []
      latencies = []
    },
    stop() {
      const pending = keys?.length ?? 0
      keys = null
      return { latencies, pending }
    },
  }
  document.addEventListener('keydown', (event) => (keydownAt = event.timeStamp), { capture: true })
  document.addEventListener(
    'input',
    (event) => {
      if (!keys || !(event.target instanceof HTMLInputElement)) return
      const q = event.target.value.trim()
      // A key that leaves the query as it was (a space) starts no search.
      if (q === (keys.at(-1)?.q ?? answered())) return
      keys.push({ q, at: keydownAt ?? event.timeStamp })
    },
    { capture: true },
  )
  new MutationObserver(() => {
    if (!keys) return
    const now = answered()
    const upTo = keys.findLastIndex((k) => k.q === now)
    if (upTo < 0) return
    const done = keys.splice(0, upTo + 1)
    afterPaint().then((paintedAt) => latencies.push(...done.map((k) => paintedAt - k.at)))
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-results-for'] })
  window.__tesseraBench = bench
}

/** The page's and the search worker's memory, where the page is cross-origin isolated (the bench server is). */
async function measureMemory(page) {
  return page.evaluate(async () => {
    if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return undefined
    const result = await performance.measureUserAgentSpecificMemory()
    let worker = 0
    let pageBytes = 0
    for (const entry of result.breakdown) {
      if (entry.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope' && a.url.includes('search'))) worker += entry.bytes
      else if (entry.attribution.some((a) => a.scope === 'Window')) pageBytes += entry.bytes
    }
    return { worker, page: pageBytes }
  })
}

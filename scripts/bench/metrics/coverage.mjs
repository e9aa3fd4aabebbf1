// coverage.render_ms: from the click that opens the coverage map (catalogue already loaded) to the map painted,
// on a synthetic mesh of n products in 500 domains. Also the measure switch and the matrix, same budget (300 ms).
import { openSyntheticMesh, percentile } from '../support.mjs'

const DOMAINS = 500
const RUNS = 7
const MEASURES = ['under-contract', 'documented', 'owned', 'slos-met', 'active', 'consumer-aligned', 'kinds']

/** In the page: runs `act` (a function's source), then resolves with the ms until `done` (same) holds and the next frame has painted. */
const timeUntilPainted = (page, act, done) =>
  page.evaluate(
    ([actSource, doneSource]) =>
      new Promise((resolve, reject) => {
        const isDone = new Function(`return (${doneSource})()`)
        const started = performance.now()
        const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0))
        const observer = new MutationObserver(() => {
          if (!isDone()) return
          observer.disconnect()
          finish()
        })
        observer.observe(document.body, { subtree: true, childList: true, attributes: true })
        setTimeout(() => {
          observer.disconnect()
          reject(new Error(`timed out waiting for ${doneSource}`))
        }, 60_000)
        new Function(`return (${actSource})()`)()
      }),
    [act, done],
  )

const clickLink = (href) => `() => document.querySelector('a[href="${href}"]').click()`

export async function run({ browser, baseURL, sizes, report }) {
  for (const n of sizes) {
    const { context, page } = await openSyntheticMesh(browser, baseURL, n, '/domains', { domains: DOMAINS })
    await page.getByRole('heading', { level: 1, name: 'Domains' }).waitFor({ timeout: 180_000 })

    const mapTimes = []
    for (let i = 0; i < RUNS; i++) {
      mapTimes.push(
        await timeUntilPainted(page, clickLink('/coverage'), `() => Number(document.querySelector('.treemap')?.dataset.tiles ?? 0) > 0`),
      )
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Domains' }).click()
      await page.getByRole('heading', { level: 1, name: 'Domains' }).waitFor()
    }
    report('coverage.render_ms', percentile(mapTimes, 50), 'ms', n)
    report('coverage.render_ms.max', Math.max(...mapTimes), 'ms', n)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coverage' }).click()
    await page.locator('.treemap[data-tiles]').waitFor()
    const switchTimes = []
    for (const measure of MEASURES) {
      const act = `() => {
        const select = document.querySelector('select[name="measure"]')
        select.value = '${measure}'
        select.dispatchEvent(new Event('change', { bubbles: true }))
      }`
      switchTimes.push(await timeUntilPainted(page, act, `() => document.querySelector('.treemap')?.dataset.measure === '${measure}'`))
    }
    report('coverage.measure_switch_ms', percentile(switchTimes, 50), 'ms', n)
    report('coverage.measure_switch_ms.max', Math.max(...switchTimes), 'ms', n)

    const matrixTimes = []
    for (let i = 0; i < RUNS; i++) {
      const matrixHref = await page.getByRole('navigation', { name: 'Coverage views' }).getByRole('link', { name: 'Matrix' }).getAttribute('href')
      const mapHref = matrixHref.replace('view=matrix', 'view=map')
      matrixTimes.push(await timeUntilPainted(page, clickLink(matrixHref), `() => document.querySelector('[data-matrix-rows]') !== null`))
      await page.evaluate((href) => document.querySelector(`a[href="${href}"]`).click(), mapHref)
      await page.locator('.treemap[data-tiles]').waitFor()
    }
    report('coverage.matrix_render_ms', percentile(matrixTimes, 50), 'ms', n)
    report('coverage.matrix_render_ms.max', Math.max(...matrixTimes), 'ms', n)
    await context.close()
  }
}

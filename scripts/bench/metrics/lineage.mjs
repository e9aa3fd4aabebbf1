// Lineage graph on the whole-mesh view of generated meshes:
// - lineage.layout_ms: time the layout worker spent laying the graph out (n = nodes laid out);
//   lineage.layout_roundtrip_ms adds posting the graph, starting the worker and copying the result back.
// - lineage.first_render_ms: from navigation to the graph painted (catalogue load included); a big graph
//   fitted to the screen paints as its zoomed-out overview.
// - lineage.pan_fps: frames painted during a 2-second drag-pan, with the whole graph in view and zoomed in.
// - lineage.focus_ms: with the catalogue loaded, from following a link to one product's lineage to its
//   focused 2-hop view painted (n = products in the mesh).
// - lineage.longest_task_ms: the longest main-thread task (Long Tasks API) from pressing "Show all products"
//   on the collapsed mesh to every product drawn (n = products in the mesh).
// Meshes up to 5,000 products are shown with every domain open (one node per product); larger ones open
// with domains collapsed, as users see them. lineage.layout_ms.elk compares ELK `layered` where the app offers it.
// BENCH_SIZES picks mesh sizes (default 500, 2000, 10000 here).
import { openSyntheticMesh } from '../support.mjs'

const OPEN_ALL_UP_TO = 5000
const ELK_SIZE = 250

async function openLineage(browser, baseURL, products, query) {
  const { context, page } = await openSyntheticMesh(browser, baseURL, products, `/lineage?${query}`)
  await page.waitForSelector('.ln-status[data-layout-ms]', { timeout: 300_000 })
  await page.waitForFunction(() => document.querySelector('.ln-overview, .react-flow__node-product, .react-flow__node-domain'), null, {
    polling: 'raf',
    timeout: 120_000,
  })
  const firstRender = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))))
  const status = page.locator('.ln-status')
  return {
    context,
    page,
    firstRender,
    layoutMs: Number(await status.getAttribute('data-worker-ms')),
    roundTripMs: Number(await status.getAttribute('data-layout-ms')),
    nodes: Number(await status.getAttribute('data-node-count')),
    engine: await status.getAttribute('data-layout-engine'),
  }
}

/** Drags the pane for `ms`, counting animation frames painted meanwhile. */
async function panFps(page, ms = 2000) {
  const pane = await page.locator('.react-flow__pane').boundingBox()
  const cx = pane.x + pane.width / 2
  const cy = pane.y + pane.height / 2
  await page.evaluate(() => {
    window.__frames = 0
    window.__counting = true
    const tick = () => {
      if (!window.__counting) return
      window.__frames++
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    window.__panStart = performance.now()
  })
  await page.mouse.move(cx, cy)
  await page.mouse.down()
  const started = Date.now()
  let i = 0
  while (Date.now() - started < ms) {
    const t = i++ / 20
    await page.mouse.move(cx + Math.sin(t) * pane.width * 0.3, cy + Math.cos(t) * pane.height * 0.3)
  }
  await page.mouse.up()
  return page.evaluate(() => {
    window.__counting = false
    return (window.__frames * 1000) / (performance.now() - window.__panStart)
  })
}

async function zoomIn(page, times) {
  const button = page.getByRole('button', { name: 'Zoom In' })
  for (let i = 0; i < times; i++) if (await button.isEnabled()) await button.click()
  await page.waitForTimeout(300)
}

/** From a click on the start page's first product link to the focused view painted, the catalogue already loaded. */
async function focusMs(browser, baseURL, products) {
  const { context, page } = await openSyntheticMesh(browser, baseURL, products, '/lineage')
  const link = page.locator('.ln-start-list a').first()
  await link.waitFor({ timeout: 300_000 })
  await page.evaluate(() => {
    window.__focusStart = undefined
    document.addEventListener('click', () => (window.__focusStart = performance.now()), { capture: true, once: true })
  })
  await link.click()
  await page.waitForSelector('.react-flow__node-product', { timeout: 120_000 })
  const ms = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - window.__focusStart))))
  await context.close()
  return ms
}

/** The longest main-thread task while every domain of the collapsed mesh opens. */
async function longestTaskOpeningAll(browser, baseURL, products) {
  const view = await openLineage(browser, baseURL, products, 'mode=mesh')
  const { page } = view
  await page.evaluate(() => {
    window.__longest = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration)
    }).observe({ type: 'longtask' })
  })
  await page.getByRole('button', { name: 'Show all products' }).click()
  await page.waitForFunction(() => /collapsed domain/.test(document.querySelector('.ln-status')?.textContent ?? '') === false && document.querySelector('.ln-canvas[data-settled]'), null, {
    polling: 200,
    timeout: 300_000,
  })
  await page.waitForTimeout(500)
  const longest = await page.evaluate(() => window.__longest)
  await view.context.close()
  return longest
}

export async function run({ browser, baseURL, sizes, report }) {
  const meshSizes = process.env.BENCH_SIZES ? sizes : [500, 2000, 10000]
  for (const products of meshSizes) {
    const query = products <= OPEN_ALL_UP_TO ? 'mode=mesh&open=*' : 'mode=mesh'
    const view = await openLineage(browser, baseURL, products, query)
    report('lineage.layout_ms', view.layoutMs, 'ms', view.nodes)
    report('lineage.layout_roundtrip_ms', view.roundTripMs, 'ms', view.nodes)
    report('lineage.first_render_ms', view.firstRender, 'ms', products)
    report('lineage.pan_fps', await panFps(view.page), 'fps', view.nodes)
    await zoomIn(view.page, 6)
    report('lineage.pan_fps.zoomed', await panFps(view.page), 'fps', view.nodes)
    await view.context.close()
    report('lineage.focus_ms', await focusMs(browser, baseURL, products), 'ms', products)
    if (products > OPEN_ALL_UP_TO) report('lineage.longest_task_ms', await longestTaskOpeningAll(browser, baseURL, products), 'ms', products)
  }
  for (const engine of ['lanes', 'elk']) {
    const view = await openLineage(browser, baseURL, ELK_SIZE, `mode=mesh&open=*&layout=${engine}`)
    report(`lineage.layout_ms.${view.engine}`, view.layoutMs, 'ms', view.nodes)
    await view.context.close()
  }
}

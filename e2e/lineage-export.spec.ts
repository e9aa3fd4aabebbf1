import { readFile } from 'node:fs/promises'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { PNG } from 'pngjs'

const ROI = 'urn:tessera:product:finance.content_roi_board_pack'
const lineageUrl = (urn: string, extra = '') => `/lineage?focus=${encodeURIComponent(urn)}${extra}`
const CANVAS = '.ln-canvas .react-flow'

async function download(page: Page, button: Locator): Promise<Buffer> {
  const arrived = page.waitForEvent('download')
  await button.click()
  return readFile((await (await arrived).path())!)
}

/** What the canvas shows: product names, edges and node boxes inside the canvas, in canvas pixels. */
function onScreen(page: Page) {
  return page.evaluate((selector) => {
    const canvas = document.querySelector(selector)!.getBoundingClientRect()
    const inside = (r: DOMRect) => r.right > canvas.left && r.left < canvas.right && r.bottom > canvas.top && r.top < canvas.bottom
    const local = (r: DOMRect) => ({ x: r.left - canvas.left, y: r.top - canvas.top, width: r.width, height: r.height })
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-product, .react-flow__node-domain')].filter((e) => inside(e.getBoundingClientRect()))
    const edges = [...document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')].filter((e) => inside(e.getBoundingClientRect()))
    return {
      titles: [...document.querySelectorAll('.react-flow__node .ln-node-title')]
        .filter((t) => {
          const r = t.getBoundingClientRect()
          return r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom
        })
        .map((t) => t.textContent ?? ''),
      boxes: nodes.map((n) => local(n.getBoundingClientRect())),
      edgeCount: edges.length,
      edges: edges.map((e) => {
        const ctm = e.getScreenCTM()!
        const at = (f: number) => {
          const p = e.getPointAtLength(e.getTotalLength() * f)
          return { x: ctm.a * p.x + ctm.c * p.y + ctm.e - canvas.left, y: ctm.b * p.x + ctm.d * p.y + ctm.f - canvas.top }
        }
        return { points: [0.3, 0.4, 0.5, 0.6, 0.7].map(at), colour: getComputedStyle(e).stroke }
      }),
      width: canvas.width,
      height: canvas.height,
    }
  }, CANVAS)
}

function parseSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      error: doc.querySelector('parsererror')?.textContent ?? '',
      edgePaths: doc.querySelectorAll('path.edge').length,
      arrows: doc.querySelectorAll('polygon').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      foreign: doc.querySelectorAll('foreignObject, image, button').length,
    }
  }, svg)
}

const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number)

test('the exported SVG and PNG of a focused view hold every node, edge, arrow and label on screen, and no controls', async ({ page }) => {
  await page.goto(lineageUrl(ROI))
  await expect(page.locator('.ln-canvas[data-settled]')).toBeVisible()
  const screen = await onScreen(page)
  expect(screen.edgeCount).toBeGreaterThan(3)

  const exportButton = page.getByText('Export', { exact: true })
  await exportButton.click()
  const svgBytes = await download(page, page.getByRole('button', { name: 'Drawing (SVG)' }))
  await expect(page.getByRole('button', { name: 'Drawing (SVG)' })).toBeHidden()
  const svg = await parseSvg(page, svgBytes.toString('utf8'))
  expect(svg.error).toBe('')
  expect(svg.edgePaths).toBe(screen.edgeCount)
  expect(svg.arrows).toBeGreaterThanOrEqual(screen.edgeCount)
  expect(svg.foreign).toBe(0)
  const words = svg.texts.join(' ')
  for (const title of screen.titles) expect(words).toContain(title.slice(0, 20))
  // the +N expand buttons and the Cols toggles are controls, not part of the picture
  expect(svg.texts.filter((t) => /^\+\d+$|^Cols$|^−$/.test(t))).toEqual([])
  expect(svgBytes.length).toBeLessThan(100_000)

  await exportButton.click()
  const pngBytes = await download(page, page.getByRole('button', { name: 'Picture (PNG)' }))
  const png = PNG.sync.read(pngBytes)
  const ratio = png.width / screen.width
  expect(ratio).toBeCloseTo(2, 1)
  const pixel = (x: number, y: number) => {
    const i = (Math.round(y * ratio) * png.width + Math.round(x * ratio)) * 4
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]
  }
  const near = (a: number[], b: number[], tolerance: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance)
  const inNode = (p: { x: number; y: number }) => screen.boxes.some((b) => p.x >= b.x - 4 && p.x <= b.x + b.width + 4 && p.y >= b.y - 4 && p.y <= b.y + b.height + 4)
  // An edge point between two node boxes has the edge's colour in the picture (within a pixel of the line).
  let inked = 0
  let checked = 0
  for (const edge of screen.edges) {
    const colour = rgb(edge.colour)
    for (const p of edge.points.filter((q) => !inNode(q) && q.x > 2 && q.y > 2 && q.x < screen.width - 2 && q.y < screen.height - 2)) {
      checked++
      const around = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => pixel(p.x + dx * 0.5, p.y + dy * 0.5)))
      if (around.some((c) => near(c, colour, 40))) inked++
    }
  }
  expect(checked).toBeGreaterThan(5)
  expect(inked / checked).toBeGreaterThan(0.6)
})

test('the whole mesh with every product open exports as a small SVG with one path per edge on screen', async ({ page }) => {
  await page.goto('/lineage?mode=mesh&open=*')
  await expect(page.locator('.ln-canvas[data-settled]')).toBeVisible({ timeout: 20_000 })
  expect(await page.locator('.react-flow__node-product').count()).toBeGreaterThan(20)
  const screen = await onScreen(page)
  await page.getByText('Export', { exact: true }).click()
  const bytes = await download(page, page.getByRole('button', { name: 'Drawing (SVG)' }))
  const svg = await parseSvg(page, bytes.toString('utf8'))
  expect(svg.error).toBe('')
  expect(svg.edgePaths).toBe(screen.edgeCount)
  // under 300 KB per hundred nodes
  expect(bytes.length).toBeLessThan(300_000 * Math.max(1, screen.titles.length / 100))
})

test('the Export and Filters menus close on Escape and on a click outside, giving focus back to their button', async ({ page }) => {
  await page.goto(lineageUrl(ROI))
  await expect(page.locator('.react-flow__node-product').first()).toBeVisible()
  const exportButton = page.getByText('Export', { exact: true })
  await exportButton.click()
  await expect(page.getByRole('button', { name: 'Drawing (SVG)' })).toBeVisible()
  await page.getByRole('button', { name: 'Drawing (SVG)' }).focus()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Drawing (SVG)' })).toBeHidden()
  await expect(exportButton).toBeFocused()

  const filters = page.getByText('Filters', { exact: true })
  await filters.click()
  await expect(page.getByRole('checkbox', { name: 'Consumer-aligned' })).toBeVisible()
  await page.getByRole('checkbox', { name: 'Consumer-aligned' }).focus()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('checkbox', { name: 'Consumer-aligned' })).toBeHidden()
  await expect(filters).toBeFocused()

  await filters.click()
  await expect(page.getByRole('checkbox', { name: 'Consumer-aligned' })).toBeVisible()
  await page.getByRole('heading', { level: 1 }).click()
  await expect(page.getByRole('checkbox', { name: 'Consumer-aligned' })).toBeHidden()
  await exportButton.click()
  await page.locator('.ln-status').click()
  await expect(page.getByRole('button', { name: 'Drawing (SVG)' })).toBeHidden()
})

test('the mesh topology and the coverage map export as SVG with their edges and names, and as PNG', async ({ page }) => {
  await page.goto('/coverage?view=topology')
  await expect(page.locator('.topology .react-flow__node').first()).toBeVisible()
  const topology = await page.evaluate(() => ({
    edges: document.querySelectorAll('.topology .react-flow__edge-path').length,
    names: [...document.querySelectorAll('.topology .react-flow__node a')].map((a) => a.textContent ?? ''),
  }))
  const svg = await parseSvg(page, (await download(page, page.getByRole('button', { name: 'Download SVG' }))).toString('utf8'))
  expect(svg.error).toBe('')
  expect(svg.edgePaths).toBe(topology.edges)
  const words = svg.texts.join(' ')
  for (const name of topology.names) expect(words).toContain(name.slice(0, 16))
  const png = PNG.sync.read(await download(page, page.getByRole('button', { name: 'Download PNG' })))
  expect(png.width).toBeGreaterThan(400)

  await page.goto('/coverage')
  await expect(page.locator('.treemap-tile').first()).toBeVisible()
  const tileNames = await page.locator('.treemap-frame .treemap-name').allTextContents()
  const map = await parseSvg(page, (await download(page, page.getByRole('button', { name: 'Download SVG' }))).toString('utf8'))
  expect(map.error).toBe('')
  for (const name of tileNames) expect(map.texts.join(' ')).toContain(name.slice(0, 8))
})

import { expect, test, type Page } from '@playwright/test'

const ROI = 'urn:tessera:product:finance.content_roi_board_pack'
const lineageUrl = (urn: string, extra = '') => `/lineage?focus=${encodeURIComponent(urn)}${extra}`

test.use({ viewport: { width: 1440, height: 900 } })

type Rect = { left: number; top: number; right: number; bottom: number }
const overlap = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top

function measure(page: Page) {
  return page.evaluate(() => {
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect()
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    }
    const canvas = document.querySelector('.ln-canvas .react-flow')!.getBoundingClientRect()
    const visible = (r: Rect) => r.right > canvas.left && r.left < canvas.right && r.bottom > canvas.top && r.top < canvas.bottom
    const zoom = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1])
    const titles = [...document.querySelectorAll<HTMLElement>('.react-flow__node-product .ln-node-title')].map((t) => {
      const style = getComputedStyle(t)
      return {
        text: t.textContent ?? '',
        px: parseFloat(style.fontSize) * zoom,
        lines: Math.round(t.clientHeight / parseFloat(style.lineHeight)),
        cut: t.scrollHeight > t.clientHeight + 1,
      }
    })
    return {
      zoom,
      titles,
      nodes: [...document.querySelectorAll('.react-flow__node-product, .react-flow__node-domain')].map(rect).filter(visible),
      labels: [...document.querySelectorAll('.react-flow__edge-textwrapper')].map(rect).filter(visible),
      minimap: document.querySelector('.react-flow__minimap') ? rect(document.querySelector('.react-flow__minimap')!) : undefined,
    }
  })
}

test('a focused view opens with names of at least 11 px, whole or on two lines, and edge labels clear of every node', async ({ page }) => {
  await page.goto(lineageUrl(ROI))
  await expect(page.locator('.ln-canvas[data-settled]')).toBeVisible()
  const view = await measure(page)
  expect(view.titles.length).toBeGreaterThan(5)
  for (const title of view.titles) {
    expect(title.px, title.text).toBeGreaterThanOrEqual(11)
    // a name is cut only once it fills two lines
    if (title.cut) expect(title.lines, title.text).toBe(2)
  }
  expect(view.labels.length).toBeGreaterThan(0)
  for (const label of view.labels) for (const node of view.nodes) expect(overlap(label, node)).toBe(false)
  // nine products: no minimap to cover them
  expect(view.minimap).toBeUndefined()
  await expect(page.getByRole('status').filter({ hasText: 'links' })).not.toContainText(' ms')
})

test('in the whole mesh with every product open, the minimap covers no node after the fit', async ({ page }) => {
  await page.goto('/lineage?mode=mesh&open=*')
  await expect(page.locator('.ln-canvas[data-settled]')).toBeVisible({ timeout: 20_000 })
  const view = await measure(page)
  expect(view.minimap).toBeDefined()
  expect(view.nodes.length).toBeGreaterThan(20)
  for (const node of view.nodes) expect(overlap(view.minimap!, node)).toBe(false)
  await page.getByRole('button', { name: 'Hide the overview map' }).click()
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0)
})

test('Find lists every product matching a word, with domain and kind, and moves between them', async ({ page }) => {
  await page.goto('/lineage?mode=mesh')
  await expect(page.locator('.ln-canvas[data-settled]')).toBeVisible()
  await page.getByRole('combobox', { name: 'Find a product in the graph' }).fill('daily')
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  const list = page.getByRole('list', { name: 'Products matching daily' })
  await expect(list).toBeVisible()
  const count = await list.getByRole('listitem').count()
  expect(count).toBeGreaterThan(2)
  await expect(list.getByRole('listitem').first()).toContainText(/ · (Source-aligned|Aggregate|Consumer-aligned)/)
  const first = await page.getByRole('heading', { level: 2 }).first().textContent()
  await page.getByRole('button', { name: 'Next match' }).click()
  await expect(page.getByRole('status').filter({ hasText: `match 2 of ${count}` })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2 }).first()).not.toHaveText(first ?? '')
  await list.getByRole('button').nth(count - 1).click()
  await expect(page.getByRole('status').filter({ hasText: `match ${count} of ${count}` })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()
})

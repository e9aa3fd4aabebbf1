import { expect, test, type Locator, type Page } from '@playwright/test'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]

const descriptionBox = (page: Page) => page.getByRole('textbox', { name: 'Description (Markdown)' })
const top = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().top)

async function openAsOwner(page: Page, size: { width: number; height: number }) {
  await page.goto(productUrl(SESSIONS_URN))
  await actAs(page, 'Maya Chen')
  await page.setViewportSize(size)
}

for (const size of SIZES) {
  test(`at ${size.width} px the unsaved-changes bar never covers the text area while typing at the end of a long text`, async ({ page }) => {
    await openAsOwner(page, size)
    await page.getByRole('button', { name: 'Edit description' }).click()
    const box = descriptionBox(page)
    await box.fill(Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of a long description.`).join('\n'))
    const bar = page.getByRole('region', { name: 'Unsaved changes' })
    await expect(bar).toBeVisible()
    // The owner scrolls so the foot of the text area sits at the bottom of the screen, under the bar.
    await box.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 12))
    await box.focus()
    await box.press('Control+End')
    for (const word of [' And', ' one', ' more', ' line.']) {
      await page.keyboard.type(word)
      const field = (await box.boundingBox())!
      const covering = (await bar.boundingBox())!
      expect(field.y + field.height, `text area ends above the bar after typing “${word}”`).toBeLessThanOrEqual(covering.y)
      expect(field.y, 'and starts below the header').toBeGreaterThanOrEqual((await page.locator('.app-header').boundingBox())!.height)
    }
    await expect(box).toHaveValue(/line\.$/)
  })

  test(`at ${size.width} px opening the description editor and saving move neither its heading nor its text`, async ({ page }) => {
    await openAsOwner(page, size)
    const section = page.getByRole('region', { name: 'Description' })
    const heading = section.getByRole('heading', { name: 'Description' })
    const firstLine = section.locator('.markdown > :first-child')
    await heading.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 120))
    const before = { heading: await top(heading), text: await top(firstLine), scroll: await page.evaluate(() => window.scrollY) }

    await section.getByRole('button', { name: 'Edit description' }).click()
    await expect(descriptionBox(page)).toBeFocused()
    expect(Math.abs((await top(heading)) - before.heading), 'heading moved on opening').toBeLessThanOrEqual(0.5)
    expect(await page.evaluate(() => window.scrollY)).toBe(before.scroll)

    await descriptionBox(page).press('Control+End')
    await page.keyboard.type(' Edited.')
    // The owner scrolls down to Save, just above the unsaved-changes bar.
    const save = section.getByRole('button', { name: 'Save', exact: true })
    const bar = page.getByRole('region', { name: 'Unsaved changes' })
    const gap = (await bar.boundingBox())!.y - ((await save.boundingBox())!.y + (await save.boundingBox())!.height)
    await page.evaluate((by) => window.scrollBy(0, by), 10 - gap)
    const atSave = await top(heading)
    await save.click()
    await expect(section.getByText('Saved.')).toBeVisible()
    await expect(section.getByRole('button', { name: 'Edit description' })).toBeFocused()
    expect(Math.abs((await top(heading)) - atSave), 'heading moved on saving').toBeLessThanOrEqual(0.5)
    expect(Math.abs((await top(firstLine)) - (await top(heading)) - (before.text - before.heading)), 'text not back in its place').toBeLessThanOrEqual(0.5)

    // “Saved.” is said once by the page's status region and goes from the screen after its time, keeping its place.
    await expect(page.getByRole('status').filter({ hasText: 'Description saved.' })).toHaveCount(1)
    const links = page.getByRole('heading', { name: 'Links' })
    const linksAt = await top(links)
    const saved = section.getByText('Saved.')
    await saved.evaluate((element) => element.closest('p')!.getAnimations().forEach((animation) => (animation.currentTime = 8_000)))
    await expect(saved).toBeHidden()
    expect(await top(links)).toBe(linksAt)
  })
}

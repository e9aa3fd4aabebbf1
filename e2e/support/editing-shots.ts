import type { Locator, Page } from '@playwright/test'

/**
 * Screenshots of editing states, light and dark, when EDITING_SHOTS names a folder; a no-op
 * otherwise. Editing states need a journey to reach, so the journeys take them.
 */
export async function snap(page: Page, name: string, focus?: Locator): Promise<void> {
  const folder = process.env.EDITING_SHOTS
  if (!folder) return
  const size = page.viewportSize()
  await page.setViewportSize({ width: 1280, height: 900 })
  // The page is scrolled so the state shown sits under the sticky header, as a user would see it.
  if (focus) await focus.evaluate((element) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 80 }))
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.waitForTimeout(150)
    await page.screenshot({ path: `${folder}/${name}-${colorScheme}.png` })
  }
  await page.emulateMedia({ colorScheme: null })
  if (size) await page.setViewportSize(size)
}

import type { Locator, Page } from '@playwright/test'

/** A laptop's screen and a phone's; the phone's shots are named `…-390-light.png`. */
const SCREENS = [
  { width: 1440, height: 900, suffix: '' },
  { width: 390, height: 844, suffix: '-390' },
]

/**
 * Screenshots of editing states, light and dark, on a laptop and a phone, when EDITING_SHOTS
 * names a folder; a no-op otherwise. Editing states need a journey to reach, so the journeys take them.
 */
export async function snap(page: Page, name: string, focus?: Locator): Promise<void> {
  const folder = process.env.EDITING_SHOTS
  if (!folder) return
  const size = page.viewportSize()
  for (const screen of SCREENS) {
    await page.setViewportSize(screen)
    await page.waitForTimeout(150)
    // The page is scrolled so the state shown sits under the sticky header, as a user would see it.
    if (focus) await focus.evaluate((element) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 80, behavior: 'instant' }))
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await page.waitForTimeout(150)
      await page.screenshot({ path: `${folder}/${name}${screen.suffix}-${colorScheme}.png` })
    }
  }
  await page.emulateMedia({ colorScheme: null })
  if (size) await page.setViewportSize(size)
}

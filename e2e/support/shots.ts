import type { Locator, Page } from '@playwright/test'

const SHOTS = process.env.TESSERA_SHOTS

/** Light and dark screenshots of the page (or of the screen from `at` down) when TESSERA_SHOTS names a folder. */
export async function shoot(page: Page, name: string, at?: Locator) {
  if (!SHOTS) return
  if (at) await at.evaluate((element) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 80 }))
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png`, fullPage: !at })
  }
  await page.emulateMedia({ colorScheme: null })
}

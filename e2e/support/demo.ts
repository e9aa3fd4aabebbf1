import { expect, type Page } from '@playwright/test'

export const SESSIONS_URN = 'urn:tessera:product:playback.playback_sessions'
export const productUrl = (urn: string) => `/products/${encodeURIComponent(urn)}`

/** Picks who the visitor acts as in the demo's switcher. */
export async function actAs(page: Page, name: RegExp | string): Promise<void> {
  const select = page.getByLabel('Act as')
  const option = select.locator('option', { hasText: name })
  await expect(option).toHaveCount(1)
  await select.selectOption({ value: (await option.getAttribute('value')) ?? '' })
}

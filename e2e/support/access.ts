import { expect, type Page } from '@playwright/test'

/** Asks for access to the output port whose card is named `portName`, on the Access tab the page shows. */
export async function requestAccess(page: Page, portName: RegExp, purpose: string, duration: string): Promise<void> {
  const card = page.getByRole('region', { name: portName })
  await card.getByRole('button', { name: /^Request access/ }).click()
  await card.getByLabel('What do you need it for?').fill(purpose)
  await card.getByLabel('For how long').selectOption({ label: duration })
  await card.getByRole('button', { name: 'Send request' }).click()
  await expect(card.getByRole('region', { name: 'Your access request' })).toContainText('Pending')
}

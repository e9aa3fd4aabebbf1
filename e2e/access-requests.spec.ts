import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations } from './support/axe'
import { requestAccess } from './support/access'
import { actAs, productUrl, SESSIONS_URN } from './support/demo'

const accessTab = `${productUrl(SESSIONS_URN)}?tab=access`
const port = (page: Page, name: RegExp) => page.getByRole('region', { name })

test('an analyst asks for access, the owner approves one request and rejects another, and the analyst sees both', async ({ page }) => {
  await page.goto(accessTab)
  await expect(page.getByText('Choose who you act as (top right) to request access here.').first()).toBeVisible()
  await actAs(page, 'Sam Okafor')
  await requestAccess(page, /^Sessions table/, 'Churn model for the retention team', '30 days')
  await requestAccess(page, /^Session started topic/, 'Live dashboard of starts', 'Until revoked')

  await actAs(page, 'Maya Chen')
  await expect(page.getByRole('status').filter({ hasText: '2 access requests wait for your decision' })).toBeVisible()
  await page.goto('/requests')
  const waiting = page.getByRole('list', { name: 'Requests waiting for your decision' })
  await expect(waiting.getByRole('listitem')).toHaveCount(2)
  await expectNoSeriousA11yViolations(page)
  const churn = waiting.getByRole('listitem').filter({ hasText: 'Churn model' })
  await churn.getByLabel(/Message to Sam Okafor/).fill('Granted: use the retention schema only')
  await churn.getByRole('button', { name: /^Approve/ }).click()
  await expect(waiting.getByRole('listitem')).toHaveCount(1)
  const live = waiting.getByRole('listitem').filter({ hasText: 'Live dashboard' })
  await live.getByRole('button', { name: /^Reject/ }).click()
  await expect(live.getByRole('alert')).toHaveText('Say why, so Sam Okafor knows what to do instead.')
  await live.getByLabel(/Message to Sam Okafor/).fill('Read the reconciled table instead; the topic is for services')
  await live.getByRole('button', { name: /^Reject/ }).click()
  await expect(page.getByText('Nothing waits for you.')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Requests decided on your products' }).getByRole('listitem')).toHaveCount(2)

  await actAs(page, 'Sam Okafor')
  await page.goto(accessTab)
  const table = port(page, /^Sessions table/)
  const granted = table.getByRole('region', { name: 'Your access request' })
  await expect(granted).toContainText('Granted by Maya Chen')
  await expect(granted).toContainText('Granted: use the retention schema only')
  await expect(granted).toContainText('Connect with the steps below.')
  await expect(table.getByRole('code').filter({ hasText: 'select * from lumen_prod.playback.sessions' })).toBeVisible()
  const rejected = port(page, /^Session started topic/).getByRole('region', { name: 'Your access request' })
  await expect(rejected).toContainText('Rejected by Maya Chen')
  await expect(rejected).toContainText('Read the reconciled table instead; the topic is for services')
  await rejected.getByText('History (2)').click()
  await expect(rejected.getByRole('listitem')).toHaveText([/Sam Okafor asked/, /Maya Chen rejected/])

  await page.reload()
  await expect(port(page, /^Sessions table/).getByRole('region', { name: 'Your access request' })).toContainText('Granted')
})

test('a catalogue configured with a request address opens it with the request filled in', async ({ page, context }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        backends: [
          { type: 'demo', accessRequest: { url: 'https://tickets.lumen.example/new?summary=Access+to+{product}&port={portId}&why={purpose}&by={requester}&days={days}' } },
        ],
      },
    }),
  )
  await context.route('https://tickets.lumen.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>New ticket</title>' }))
  await page.goto(accessTab)
  await actAs(page, 'Sam Okafor')
  await expect(page.getByRole('link', { name: 'Requests' })).toHaveCount(0)
  const card = port(page, /^Sessions table/)
  await card.getByRole('button', { name: /^Request access/ }).click()
  await card.getByLabel('What do you need it for?').fill('Churn & retention #7')
  await card.getByLabel('For how long').selectOption({ label: '30 days' })
  await expectNoSeriousA11yViolations(page)
  const popup = page.waitForEvent('popup')
  await card.getByRole('link', { name: /Open tickets\.lumen\.example/ }).click()
  const params = new URL((await popup).url()).searchParams
  expect(Object.fromEntries(params)).toEqual({
    summary: 'Access to Playback sessions',
    port: 'sessions-table',
    why: 'Churn & retention #7',
    by: 'Sam Okafor',
    days: '30',
  })
})

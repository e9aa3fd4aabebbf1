import type { DataProduct } from '../../model/types'
import { col, key, undocumented } from './build-columns'
import { file, table } from './build-ports'
import {
  completeness,
  derived,
  external,
  freshness,
  product,
  productOwner,
  reads,
  steward,
  technicalOwner,
} from './build-product'
import { countryCode, currency, money, titleId } from './common-columns'

const licensingOwners = [productOwner('grace-liu', 'licensing-data'), technicalOwner('licensing-data')]

export const contentLicensingProducts: DataProduct[] = [
  product({
    domainId: 'content-licensing',
    name: 'licence_agreements',
    title: 'Licence agreements',
    kind: 'source-aligned',
    version: '1.5.0',
    description: `Agreements with studios and distributors: parties, term, exclusivity and the titles covered.

**Confidential**: commercial terms are visible to Content Acquisition and Finance only.`,
    tags: ['finance', 'confidential'],
    glossaryTerms: ['Licence agreement'],
    owners: [...licensingOwners, steward('lena-fischer')],
    inputPorts: [external('Rights management system (RightsLine)', 'rightsline')],
    outputPorts: [
      table({ id: 'agreements-table', location: 'lumen_prod.content_licensing.agreements', columns: [
        key('agreement_id', 'string', 'Agreement id in RightsLine.'), col('licensor', 'string', 'Studio or distributor.'),
        col('starts_on', 'date', 'Start of term.'), col('ends_on', 'date', 'End of term.'),
        col('exclusivity', 'string', '`exclusive`, `non_exclusive`, `holdback`.'),
        col('title_ids', 'array<string>', 'Titles covered.'),
        col('minimum_guarantee', 'decimal(18,2)', 'Guaranteed payment.', { classification: 'restricted', tags: ['finance'] }),
        currency(), col('signed_at', 'timestamp', 'Countersignature time.'),
      ] }),
    ],
    contract: '1.5.0',
    slos: [freshness('Synced nightly', 'met')],
    updatedAt: '2026-02-11T09:45:00Z',
  }),
  product({
    domainId: 'content-licensing',
    name: 'availability_windows',
    title: 'Availability windows',
    kind: 'source-aligned',
    version: '2.0.0',
    description: `When and where each title may be streamed: one row per title, territory and window.

## Rules
1. A title is *available* in a territory when today is within \`[window_start, window_end)\`.
2. Overlapping windows are merged by RightsLine before export.`,
    tags: ['reference', 'gold'],
    glossaryTerms: ['Availability window'],
    owners: [...licensingOwners],
    inputPorts: [external('Rights management system (RightsLine)', 'rightsline')],
    outputPorts: [
      table({ id: 'windows-table', location: 'lumen_prod.content_licensing.availability_windows', columns: [
        titleId(), col('agreement_id', 'string', 'Agreement that grants the window.'), countryCode(),
        col('window_start', 'date', 'First day available.'), col('window_end', 'date', 'First day no longer available.'),
        col('tier', 'string', 'Plans that may stream it: `all`, `ad_free_only`.'), col('download_allowed', 'boolean', 'Offline downloads allowed.'),
      ] }),
    ],
    contract: '2.0.0',
    slos: [freshness('Synced hourly', 'met', '38 min'), completeness('Every available title has a window', 'met', '100%')],
    updatedAt: '2026-04-02T13:05:00Z',
  }),
  product({
    domainId: 'content-licensing',
    name: 'licence_costs',
    title: 'Licence costs',
    kind: 'source-aligned',
    description: 'Licence fees per agreement and period as invoiced by licensors, in original currency.',
    tags: ['finance'],
    owners: [...licensingOwners],
    inputPorts: [external('Rights management system (RightsLine)', 'rightsline'), external('Accounts payable (NetSuite)', 'netsuite')],
    outputPorts: [
      file({ id: 'costs-files', location: 's3://lumen-lake/content-licensing/costs/', columns: [
        col('agreement_id', 'string', 'Agreement.'), col('period_start', 'date', 'Billing period start.'),
        money('fee_amount', 'Licence fee for the period.'), currency(),
        ...undocumented('invoice_ref string', 'cost_centre string', 'fx_rate_to_usd decimal(18,6)'),
      ] }),
    ],
    slos: [freshness('Monthly by the 3rd working day', 'unknown')],
    updatedAt: '2026-01-08T17:20:00Z',
  }),
  product({
    domainId: 'content-licensing',
    name: 'rights_expiry_outlook',
    title: 'Rights expiry outlook',
    kind: 'aggregate',
    description: 'Titles whose last availability window in a territory ends within the next 180 days.',
    tags: ['planning'],
    glossaryTerms: ['Availability window'],
    owners: [...licensingOwners],
    inputPorts: [
      reads('content-licensing.availability_windows', 'windows-table'),
      reads('content-licensing.licence_agreements', 'agreements-table'),
    ],
    outputPorts: [
      table({ id: 'expiry-table', location: 'lumen_prod.content_licensing.rights_expiry_outlook', columns: [
        titleId(), countryCode(), col('expires_on', 'date', 'Last day available.'), col('licensor', 'string', 'Licensor.'),
        col('renewal_status', 'string', '`not_started`, `negotiating`, `renewed`, `letting_lapse`.'),
      ] }),
    ],
    slos: [freshness('Daily by 06:00 UTC', 'met')],
    columnLineage: [derived('expiry-table', 'expires_on', ['content-licensing.availability_windows', 'windows-table', 'window_end'])],
    updatedAt: '2026-03-13T06:30:00Z',
  }),
  product({
    domainId: 'content-licensing',
    name: 'licence_utilisation',
    title: 'Licence utilisation',
    kind: 'aggregate',
    description: `Watch time per licence agreement against its cost: which deals earn their keep.

> Costs are converted to USD at the month-end rate.`,
    tags: ['finance', 'kpi'],
    glossaryTerms: ['Watch time', 'Licence agreement'],
    owners: [...licensingOwners],
    inputPorts: [
      reads('content-licensing.licence_costs', 'costs-files'),
      reads('content-licensing.licence_agreements', 'agreements-table'),
      reads('playback.viewing_time_daily', 'daily-table'),
    ],
    outputPorts: [
      table({ id: 'utilisation-table', location: 'lumen_prod.content_licensing.licence_utilisation', columns: [
        col('agreement_id', 'string', 'Agreement.'), col('month', 'date', 'First day of the month.'),
        col('watch_minutes', 'decimal(18,2)', 'Minutes watched on titles of the agreement.'),
        money('cost_usd', 'Licence cost in USD.'), col('cost_per_watch_hour_usd', 'decimal(18,4)', 'Cost per hour watched.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('Monthly by the 5th working day', 'breached', 'April not published')],
    columnLineage: [derived('utilisation-table', 'watch_minutes', ['playback.viewing_time_daily', 'daily-table', 'watch_minutes'])],
    updatedAt: '2026-05-09T11:15:00Z',
  }),
]

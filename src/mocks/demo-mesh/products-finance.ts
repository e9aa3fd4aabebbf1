import type { DataProduct } from '../../model/types'
import { col, key, undocumented } from './build-columns'
import { file, table, view } from './build-ports'
import {
  completeness,
  dashboard,
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

const financeOwners = [productOwner('charlotte-evans', 'finance-data'), technicalOwner('finance-data')]

export const financeProducts: DataProduct[] = [
  product({
    domainId: 'finance',
    name: 'general_ledger',
    title: 'General ledger',
    kind: 'source-aligned',
    version: '1.2.0',
    description: `Journal lines from the ERP for every legal entity, after period close.

Open periods are **not** included; they appear after close on working day 5.`,
    tags: ['finance', 'sox'],
    glossaryTerms: ['Period close'],
    owners: [...financeOwners, steward('nora-kelly')],
    inputPorts: [external('ERP (NetSuite)', 'netsuite')],
    outputPorts: [
      file({ id: 'gl-files', location: 's3://lumen-lake/finance/gl/', format: 'delta', columns: [
        key('journal_line_id', 'string', 'Journal line.'), col('entity', 'string', 'Legal entity.'),
        col('period_month', 'date', 'Accounting period.'), col('gl_account', 'string', 'Account code.'),
        money('debit', 'Debit amount.'), money('credit', 'Credit amount.'), currency(),
        col('cost_centre', 'string', 'Cost centre.'), col('memo', 'string'),
      ] }),
    ],
    contract: '1.2.0',
    slos: [freshness('Working day 5 after period end', 'met')],
    updatedAt: '2026-02-06T17:00:00Z',
  }),
  product({
    domainId: 'finance',
    name: 'revenue_recognised',
    title: 'Recognised revenue',
    kind: 'aggregate',
    version: '3.0.0',
    description: `Revenue recognised per month, stream, entity and country under IFRS 15.

## Streams
- **Subscription**: recognised daily over the service period
- **Advertising**: recognised on delivery
- **Other**: partner bundles, merchandise

Figures are final after period close and tie out to the general ledger.`,
    tags: ['finance', 'gold', 'sox', 'kpi'],
    glossaryTerms: ['Recognised revenue', 'Period close'],
    owners: [...financeOwners, steward('lena-fischer')],
    inputPorts: [
      reads('subscriptions-billing.invoices', 'invoices-table'),
      reads('subscriptions-billing.payments', 'payments-table'),
      reads('advertising.ad_revenue_daily', 'revenue-table'),
      reads('finance.general_ledger', 'gl-files'),
    ],
    outputPorts: [
      file({ id: 'revenue-files', location: 's3://lumen-lake/finance/revenue/', format: 'delta', columns: [
        col('period_month', 'date', 'Accounting period.'), col('revenue_stream', 'string', '`subscription`, `advertising`, `other`.'),
        col('entity', 'string', 'Legal entity.'), countryCode(),
        money('recognised_amount_usd', 'Revenue recognised in the period, USD.'),
        money('deferred_amount_usd', 'Deferred revenue at period end, USD.'), col('gl_account', 'string', 'Revenue account.'),
      ] }),
      view({ id: 'revenue-view', location: 'lumen_prod.finance.revenue_recognised', columns: [
        col('period_month', 'date', 'Accounting period.'), col('revenue_stream', 'string', 'Stream.'),
        col('entity', 'string', 'Legal entity.'), countryCode(),
        money('recognised_amount_usd', 'Revenue recognised, USD.'),
      ] }),
    ],
    contract: '3.0.0',
    slos: [
      freshness('Working day 6 after period end', 'met'),
      completeness('Ties out to the general ledger to the cent', 'met', '0.00 difference'),
    ],
    columnLineage: [
      derived('revenue-files', 'recognised_amount_usd',
        ['subscriptions-billing.invoices', 'invoices-table', 'amount'],
        ['advertising.ad_revenue_daily', 'revenue-table', 'gross_revenue_usd']),
    ],
    updatedAt: '2026-05-08T18:00:00Z',
  }),
  product({
    domainId: 'finance',
    name: 'content_amortisation',
    title: 'Content amortisation',
    kind: 'aggregate',
    description: 'Monthly amortisation of licensed and produced content per title, with remaining book value.',
    tags: ['finance'],
    owners: [...financeOwners],
    inputPorts: [
      reads('content-licensing.licence_costs', 'costs-files'),
      reads('content-licensing.licence_agreements', 'agreements-table'),
      reads('finance.general_ledger', 'gl-files'),
    ],
    outputPorts: [
      table({ id: 'amortisation-table', location: 'lumen_prod.finance.content_amortisation', columns: [
        titleId(), col('month', 'date', 'Month.'), money('amortised_cost_usd', 'Amortisation charged in the month.'),
        col('method', 'string', '`straight_line` or `accelerated`.'), money('remaining_book_value_usd', 'Book value at month end.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('Working day 6', 'met')],
    updatedAt: '2026-02-10T12:30:00Z',
  }),
  product({
    domainId: 'finance',
    name: 'content_cost_per_viewing_hour',
    title: 'Content cost per viewing hour',
    kind: 'aggregate',
    version: '1.1.0',
    description: `Amortised cost divided by hours watched, per title and month. The basis of content ROI.

\`\`\`
cost_per_viewing_hour_usd = amortised_cost_usd / viewing_hours
\`\`\``,
    tags: ['finance', 'kpi'],
    glossaryTerms: ['Watch time', 'Cost per viewing hour'],
    owners: [...financeOwners, steward('lena-fischer')],
    inputPorts: [
      reads('finance.content_amortisation', 'amortisation-table'),
      reads('content.content_performance', 'performance-table'),
    ],
    outputPorts: [
      table({ id: 'cost-per-hour-table', location: 'lumen_prod.finance.content_cost_per_viewing_hour', columns: [
        titleId(), col('month', 'date', 'Month.'), money('amortised_cost_usd', 'Amortisation in the month.'),
        col('viewing_hours', 'decimal(18,2)', 'Hours watched in the month.'),
        col('cost_per_viewing_hour_usd', 'decimal(18,4)', 'Cost per hour watched.', { tags: ['kpi'] }),
      ] }),
    ],
    contract: '1.1.0',
    slos: [freshness('Working day 7', 'met'), completeness('All amortised titles present', 'breached', '18 titles without views')],
    columnLineage: [
      derived('cost-per-hour-table', 'viewing_hours', ['content.content_performance', 'performance-table', 'total_watch_minutes']),
      derived('cost-per-hour-table', 'amortised_cost_usd', ['finance.content_amortisation', 'amortisation-table', 'amortised_cost_usd']),
    ],
    updatedAt: '2026-05-12T15:45:00Z',
  }),
  product({
    domainId: 'finance',
    name: 'content_roi_board_pack',
    title: 'Content return on investment board pack: quarterly by region, genre and licence type',
    kind: 'consumer-aligned',
    description: `The content section of the quarterly board pack.

| section | content |
| --- | --- |
| 1 | Spend and amortisation against budget |
| 2 | Cost per viewing hour by genre and licence type |
| 3 | Originals versus licensed |`,
    tags: ['finance', 'kpi', 'board'],
    glossaryTerms: ['Cost per viewing hour', 'Recognised revenue'],
    owners: [...financeOwners],
    inputPorts: [
      reads('finance.content_cost_per_viewing_hour', 'cost-per-hour-table'),
      reads('finance.revenue_recognised', 'revenue-files'),
    ],
    outputPorts: [
      view({ id: 'roi-view', location: 'lumen_prod.finance.content_roi_quarterly', columns: [
        col('quarter', 'string', 'Fiscal quarter, e.g. `2026-Q1`.'), col('region', 'string', 'Region.'),
        col('genre', 'string', 'Genre.'), col('licence_type', 'string', 'Licence type.'),
        col('titles_count', 'int', 'Titles.'), col('viewing_hours', 'decimal(18,2)', 'Hours watched.'),
        money('cost_usd', 'Amortised cost.'), col('cost_per_viewing_hour_usd', 'decimal(18,4)', 'Cost per hour watched.'),
        money('attributed_revenue_usd', 'Revenue attributed by watch-time share.'), col('roi', 'double', 'Revenue over cost.'),
      ] }),
    ],
    slos: [freshness('Quarterly, 10 working days after close', 'met')],
    columnLineage: [
      derived('roi-view', 'cost_per_viewing_hour_usd', ['finance.content_cost_per_viewing_hour', 'cost-per-hour-table', 'cost_per_viewing_hour_usd']),
      derived('roi-view', 'viewing_hours', ['finance.content_cost_per_viewing_hour', 'cost-per-hour-table', 'viewing_hours']),
    ],
    extraLinks: [dashboard('Board pack', 'board-pack')],
    updatedAt: '2026-04-17T10:00:00Z',
  }),
  product({
    domainId: 'finance',
    name: 'kpi_monthly_board_report',
    title: 'Monthly KPI report',
    kind: 'consumer-aligned',
    version: '2.0.0',
    description: `Company KPIs for the monthly business review: active subscribers, MRR, churn, revenue.

All figures use the glossary definitions; ask #team-finance-data before quoting anything else.`,
    tags: ['kpi', 'finance', 'gold', 'board'],
    glossaryTerms: ['Active subscriber', 'MRR', 'Churn', 'Recognised revenue'],
    owners: [...financeOwners, steward('nora-kelly')],
    inputPorts: [
      reads('finance.revenue_recognised', 'revenue-view'),
      reads('subscriptions-billing.mrr_by_plan_monthly', 'mrr-table'),
      reads('subscriptions-billing.churn_events', 'churn-table'),
      reads('subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table'),
    ],
    outputPorts: [
      view({ id: 'kpi-view', location: 'lumen_prod.finance.kpi_monthly', columns: [
        col('month', 'date', 'Month.'), col('region', 'string', 'Region.'),
        col('active_subscribers', 'bigint', 'Active subscribers at month end.'), money('mrr_usd', 'MRR at month end.'),
        col('churn_rate', 'double', 'Churned over opening subscribers.'), money('revenue_usd', 'Recognised revenue.'),
      ] }),
    ],
    contract: '2.0.0',
    slos: [freshness('Working day 6', 'met'), completeness('All regions present', 'met')],
    columnLineage: [
      derived('kpi-view', 'mrr_usd', ['subscriptions-billing.mrr_by_plan_monthly', 'mrr-table', 'mrr_usd']),
      derived('kpi-view', 'active_subscribers', ['subscriptions-billing.mrr_by_plan_monthly', 'mrr-table', 'active_subscribers']),
      derived('kpi-view', 'revenue_usd', ['finance.revenue_recognised', 'revenue-view', 'recognised_amount_usd']),
    ],
    updatedAt: '2026-05-07T09:30:00Z',
  }),
  product({
    domainId: 'finance',
    name: 'tax_by_jurisdiction',
    title: 'Tax by jurisdiction',
    kind: 'consumer-aligned',
    description: '',
    tags: ['finance', 'tax'],
    owners: [...financeOwners],
    inputPorts: [reads('subscriptions-billing.invoices', 'invoices-table')],
    outputPorts: [
      table({ id: 'tax-table', location: 'lumen_prod.finance.tax_by_jurisdiction', columns: [
        col('period_month', 'date'), countryCode(), ...undocumented('region_code string', 'tax_type string'),
        money('taxable_amount', 'Taxable amount.'), money('tax_amount', 'Tax collected.'), currency(),
      ] }),
    ],
    slos: [freshness('Monthly', 'unknown')],
    updatedAt: '2026-03-06T10:10:00Z',
  }),
  product({
    domainId: 'finance',
    name: 'revenue_forecast',
    title: 'Revenue forecast',
    kind: 'aggregate',
    lifecycle: 'draft',
    version: '0.3.0',
    description: 'Rolling 18-month revenue forecast by stream. **Draft**: figures are not yet reviewed by FP&A.',
    tags: ['finance', 'forecast'],
    owners: [productOwner('charlotte-evans', 'finance-data')],
    inputPorts: [
      reads('subscriptions-billing.mrr_by_plan_monthly', 'mrr-table'),
      reads('advertising.ad_revenue_daily', 'revenue-table'),
    ],
    outputPorts: [
      table({ id: 'forecast-table', location: 'lumen_dev.finance.revenue_forecast', columns: [
        col('month', 'date', 'Forecast month.'), col('revenue_stream', 'string', 'Stream.'),
        money('forecast_usd', 'Point forecast.'), money('low_usd', '10th percentile.'), money('high_usd', '90th percentile.'),
        col('scenario', 'string', '`base`, `bear`, `bull`.'),
      ] }),
    ],
    links: [],
    updatedAt: '2026-06-10T16:00:00Z',
  }),
  product({
    domainId: 'finance',
    name: 'revenue_monthly_spreadsheet',
    title: 'Monthly revenue spreadsheet',
    kind: 'source-aligned',
    lifecycle: 'retired',
    replacedBy: 'finance.revenue_recognised',
    version: '1.0.0',
    description: 'The hand-maintained revenue workbook used until 2025. Retired; kept for audit trail only.',
    tags: ['legacy', 'finance'],
    owners: [technicalOwner('finance-data')],
    inputPorts: [external('Finance shared drive', 'sharepoint')],
    outputPorts: [
      file({ id: 'workbook-files', location: 's3://lumen-lake/finance/archive/revenue-workbooks/', format: 'xlsx', access: false,
        columns: undocumented('Month string', 'Stream string', 'Country string', 'Revenue string', 'Notes string') }),
    ],
    links: [],
    updatedAt: '2026-01-02T09:00:00Z',
    updatedBy: 'leila-nasser',
  }),
]

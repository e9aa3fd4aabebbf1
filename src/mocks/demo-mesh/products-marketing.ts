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
import { accountId, countryCode, currency, email, eventId, eventTime, money } from './common-columns'

const marketingOwners = [productOwner('isabel-garcia', 'marketing-analytics'), technicalOwner('marketing-analytics')]

export const marketingProducts: DataProduct[] = [
  product({
    domainId: 'marketing',
    name: 'campaign_touchpoints',
    title: 'Campaign touchpoints',
    kind: 'source-aligned',
    description: 'E-mails, pushes and in-app messages sent, opened and clicked, from the marketing automation platform.',
    tags: ['events', 'pii'],
    owners: [...marketingOwners, technicalOwner('growth-engineering')],
    inputPorts: [external('Marketing automation (Braze)', 'braze', 'Currents export every 10 minutes.')],
    outputPorts: [
      table({ id: 'touchpoints-table', location: 'lumen_prod.marketing.touchpoints', columns: [
        eventId(), eventTime(), accountId(), email('Recipient address.'),
        col('channel', 'string', '`email`, `push`, `in_app`.'), col('campaign_id', 'string', 'Campaign.'),
        col('event_type', 'string', '`sent`, `delivered`, `opened`, `clicked`, `unsubscribed`.'),
        ...undocumented('variant_id string', 'canvas_step string'),
      ] }),
    ],
    slos: [freshness('Within 1 hour', 'met')],
    updatedAt: '2026-02-02T11:00:00Z',
  }),
  product({
    domainId: 'marketing',
    name: 'paid_media_spend',
    title: 'Paid media spend',
    kind: 'source-aligned',
    description: `Daily spend, impressions and clicks per campaign from every ad platform we buy on.

| platform | delay |
| --- | --- |
| Google Ads | 1 day |
| Meta | 1 day |
| TikTok | 2 days |`,
    tags: ['finance', 'marketing'],
    owners: [...marketingOwners],
    inputPorts: [external('Ad platforms (Google Ads, Meta, TikTok)', 'fivetran')],
    outputPorts: [
      table({ id: 'spend-table', location: 'lumen_prod.marketing.paid_media_spend', columns: [
        col('spend_date', 'date', 'Date of spend.'), col('platform', 'string', 'Ad platform.'),
        col('campaign_id', 'string', 'Platform campaign id.'), countryCode(), money('spend', 'Spend in the account currency.'),
        currency(), col('impressions', 'bigint', 'Impressions bought.'), col('clicks', 'bigint', 'Clicks.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('D+1 by 10:00 UTC (TikTok D+2)', 'breached', 'Meta missing for 2026-05-29')],
    updatedAt: '2026-05-30T10:30:00Z',
  }),
  product({
    domainId: 'marketing',
    name: 'attribution_touches',
    title: 'Attribution touches',
    kind: 'aggregate',
    description: 'Every marketing touch before a sign-up within the 30-day lookback, with position weights.',
    tags: ['marketing'],
    glossaryTerms: ['Attribution'],
    owners: [...marketingOwners],
    inputPorts: [
      reads('marketing.campaign_touchpoints', 'touchpoints-table'),
      reads('identity.accounts', 'accounts-table'),
      reads('subscriptions-billing.subscriptions', 'subscriptions-table'),
    ],
    outputPorts: [
      table({ id: 'touches-table', location: 'lumen_prod.marketing.attribution_touches', columns: [
        accountId(), col('signup_at', 'timestamp', 'Sign-up time.'), col('touch_at', 'timestamp', 'Touch time.'),
        col('channel', 'string', 'Channel.'), col('campaign_id', 'string', 'Campaign.'),
        col('position_weight', 'double', 'Weight under the position-based model.'),
      ] }),
    ],
    updatedAt: '2026-03-04T13:20:00Z',
  }),
  product({
    domainId: 'marketing',
    name: 'marketing_attribution_daily',
    title: 'Marketing attribution, daily',
    kind: 'aggregate',
    version: '2.0.0',
    description: `Sign-ups and spend per channel and campaign per day, under three attribution models.

## Models
1. Last touch
2. First touch
3. Position-based (40/20/40)`,
    tags: ['marketing', 'kpi'],
    glossaryTerms: ['Attribution', 'CAC'],
    owners: [...marketingOwners, steward('nora-kelly')],
    inputPorts: [reads('marketing.attribution_touches', 'touches-table'), reads('marketing.paid_media_spend', 'spend-table')],
    outputPorts: [
      table({ id: 'attribution-table', location: 'lumen_prod.marketing.attribution_daily', columns: [
        col('activity_date', 'date', 'Date.'), col('channel', 'string', 'Channel.'), col('campaign_id', 'string', 'Campaign.'),
        countryCode(), col('model', 'string', 'Attribution model.'), col('signups', 'double', 'Attributed sign-ups.'),
        money('spend_usd', 'Spend in USD.'), money('cac_usd', 'Cost per acquired customer.'),
      ] }),
    ],
    contract: '2.0.0',
    slos: [freshness('By 11:00 UTC', 'met'), completeness('Spend reconciles with platforms', 'unknown')],
    updatedAt: '2026-04-10T11:20:00Z',
  }),
  product({
    domainId: 'marketing',
    name: 'acquisition_funnel',
    title: 'Acquisition funnel',
    kind: 'consumer-aligned',
    description: 'Visits, sign-ups, trial starts and first payments per channel: the weekly growth review.',
    tags: ['kpi', 'marketing'],
    glossaryTerms: ['Active subscriber', 'CAC'],
    owners: [...marketingOwners],
    inputPorts: [
      reads('marketing.marketing_attribution_daily', 'attribution-table'),
      reads('subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table'),
    ],
    outputPorts: [
      view({ id: 'funnel-view', location: 'lumen_prod.marketing.acquisition_funnel', columns: [
        col('week_start', 'date', 'Week.'), col('channel', 'string', 'Channel.'), countryCode(),
        col('signups', 'bigint', 'Sign-ups.'), col('trial_starts', 'bigint', 'Trials started.'),
        col('first_payments', 'bigint', 'Trials converted.'), col('conversion_rate', 'double', 'First payments over sign-ups.'),
      ] }),
    ],
    slos: [freshness('Weekly by Monday 09:00 UTC', 'met')],
    extraLinks: [dashboard('Growth review', 'growth-review')],
    updatedAt: '2026-05-11T09:00:00Z',
  }),
  product({
    domainId: 'marketing',
    name: 'email_audience_exports',
    title: 'E-mail audience exports',
    kind: 'consumer-aligned',
    description: `Audiences exported to the e-mail platform. Only accounts with \`marketing_email\` consent are included.`,
    tags: ['pii', 'gdpr', 'marketing'],
    glossaryTerms: ['Consent'],
    owners: [...marketingOwners, steward('lena-fischer')],
    inputPorts: [reads('customer.customer_360', 'customer-table'), reads('customer.customer_segments', 'segments-table')],
    outputPorts: [
      file({ id: 'audience-files', location: 's3://lumen-lake/marketing/audiences/', format: 'csv', columns: [
        key('audience_id', 'string', 'Audience.'), accountId(), email('Address to send to.'),
        col('lifecycle_segment', 'string', 'Segment.'), col('exported_at', 'timestamp', 'Export time.'),
      ] }),
    ],
    contract: '1.1.0',
    slos: [freshness('Daily by 07:00 UTC', 'met')],
    columnLineage: [
      derived('audience-files', 'email', ['customer.customer_360', 'customer-table', 'email']),
      derived('audience-files', 'lifecycle_segment', ['customer.customer_segments', 'segments-table', 'lifecycle_segment']),
    ],
    updatedAt: '2026-04-25T07:30:00Z',
  }),
  product({
    domainId: 'marketing',
    name: 'campaign_calendar',
    title: 'Campaign calendar',
    kind: 'source-aligned',
    lifecycle: 'draft',
    version: '0.2.0',
    description: 'Planned campaigns with dates, markets and budgets. Draft: the planning tool integration is not live yet.',
    tags: ['marketing'],
    owners: [productOwner('isabel-garcia', 'marketing-analytics')],
    inputPorts: [external('Campaign planning tool (Airtable)', 'airtable')],
    outputPorts: [
      table({ id: 'calendar-table', location: 'lumen_dev.marketing.campaign_calendar', access: false, columns: undocumented(
        'campaign_id string', 'name string', 'starts_on date', 'ends_on date', 'markets array<string>', 'budget_usd decimal(18,2)',
      ) }),
    ],
    links: [],
    updatedAt: '2026-06-05T14:45:00Z',
  }),
  product({
    domainId: 'marketing',
    name: 'campaign_performance_v1',
    title: 'Campaign performance v1',
    kind: 'aggregate',
    lifecycle: 'deprecated',
    replacedBy: 'marketing.marketing_attribution_daily',
    version: '1.0.0',
    description: 'Last-touch campaign report from 2024. Nobody owns it since the reorganisation; use *Marketing attribution, daily*.',
    tags: ['legacy'],
    inputPorts: [reads('marketing.campaign_touchpoints', 'touchpoints-table'), reads('marketing.paid_media_spend', 'spend-table')],
    outputPorts: [
      view({ id: 'performance-view', location: 'lumen_prod.marketing.campaign_performance_v1', access: false, columns: undocumented(
        'campaign_id string', 'day date', 'sends bigint', 'clicks bigint', 'signups bigint', 'spend decimal(18,2)',
      ) }),
    ],
    links: [],
    updatedAt: '2026-01-20T08:00:00Z',
    updatedBy: 'liam-oconnor',
  }),
]

import type { DataProduct } from '../../model/types'
import { col, key, struct, undocumented } from './build-columns'
import { api, table, topic } from './build-ports'
import {
  availability,
  derived,
  external,
  freshness,
  product,
  productOwner,
  reads,
  technicalOwner,
} from './build-product'
import { countryCode, currency, device, eventId, eventTime, ipAddress, money, profileId, titleId } from './common-columns'

const adsOwners = [productOwner('victor-dubois', 'ads-data'), technicalOwner('ads-data')]
const adServer = external('Ad server (FreeWheel)', 'freewheel', 'Log-level data via the FreeWheel data feed.')

export const advertisingProducts: DataProduct[] = [
  product({
    domainId: 'advertising',
    name: 'ad_requests',
    title: 'Ad requests',
    kind: 'source-aligned',
    description: '',
    tags: ['events', 'pii'],
    owners: [...adsOwners],
    inputPorts: [adServer],
    outputPorts: [
      topic({ id: 'requests-topic', location: 'kafka://events.advertising.ad-request.v1', columns: [
        eventId(), eventTime(), col('ad_break_id', 'string'), col('slot_count', 'int'), col('break_position', 'string'),
        profileId(), titleId(), device(), ipAddress(), countryCode(),
      ] }),
    ],
    slos: [availability('Topic 99.9%', 'met')],
    updatedAt: '2026-02-09T12:00:00Z',
  }),
  product({
    domainId: 'advertising',
    name: 'ad_impressions',
    title: 'Ad impressions',
    kind: 'source-aligned',
    version: '2.0.0',
    description: `Ads actually played to viewers on the ad-supported plan, one row per impression.

## Counting rules
- An impression counts when the **first frame** of the ad renders (IAB guideline).
- Quartiles (\`25%\`, \`50%\`, \`75%\`, \`complete\`) are tracked separately.`,
    tags: ['events', 'pii', 'gold'],
    glossaryTerms: ['Ad impression'],
    owners: [...adsOwners],
    inputPorts: [adServer],
    outputPorts: [
      table({ id: 'impressions-table', location: 'lumen_prod.advertising.ad_impressions', columns: [
        key('impression_id', 'string', 'Impression id.'), eventTime(), col('ad_break_id', 'string', 'Ad break.'),
        col('creative_id', 'string', 'Creative played.'), col('campaign_id', 'string', 'Advertiser campaign.'),
        profileId(), titleId(), device(), ipAddress(), countryCode(),
        col('completed_quartile', 'int', '0 to 4.'), col('revenue_micros', 'bigint', 'Revenue in micros of `currency`.'), currency(),
      ] }),
      topic({ id: 'impressions-topic', location: 'kafka://events.advertising.impression.v2',
        columns: [key('impression_id', 'string', 'Impression id.'), eventTime(), col('campaign_id', 'string', 'Campaign.'), titleId(), countryCode()] }),
    ],
    contract: '2.0.0',
    slos: [freshness('Hourly within 45 minutes', 'met', '31 min'), availability('Topic 99.9%', 'met')],
    updatedAt: '2026-03-16T16:00:00Z',
  }),
  product({
    domainId: 'advertising',
    name: 'advertiser_campaigns',
    title: 'Advertiser campaigns',
    kind: 'source-aligned',
    description: 'Campaigns sold to advertisers: flight dates, targeting, booked impressions and CPM.',
    tags: ['reference', 'finance'],
    owners: [...adsOwners],
    inputPorts: [external('Ad sales CRM (Salesforce)', 'salesforce')],
    outputPorts: [
      table({ id: 'campaigns-table', location: 'lumen_prod.advertising.campaigns', columns: [
        key('campaign_id', 'string', 'Campaign.'), col('advertiser', 'string', 'Advertiser name.'),
        col('flight_start', 'date', 'Start.'), col('flight_end', 'date', 'End.'),
        col('booked_impressions', 'bigint', 'Impressions sold.'), money('cpm', 'Price per thousand impressions.'), currency(),
        struct('targeting', [col('countries', 'array<string>', 'Countries.'), col('genres', 'array<string>', 'Genres.'),
          col('age_bands', 'array<string>', 'Age bands.')], 'Targeting rules.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('Synced every 4 hours', 'unknown')],
    updatedAt: '2026-01-23T09:30:00Z',
  }),
  product({
    domainId: 'advertising',
    name: 'ad_inventory_forecast',
    title: 'Ad inventory forecast',
    kind: 'aggregate',
    description: 'Forecast of sellable ad impressions per country and genre for the next 13 weeks.',
    tags: ['forecast'],
    owners: [...adsOwners],
    inputPorts: [
      reads('advertising.ad_requests', 'requests-topic'),
      reads('playback.concurrent_streams_minutely', 'concurrency-table'),
    ],
    outputPorts: [
      table({ id: 'forecast-table', location: 'lumen_prod.advertising.inventory_forecast', columns: [
        col('week_start', 'date', 'Week.'), countryCode(), col('genre', 'string', 'Genre.'),
        col('forecast_impressions', 'bigint', 'Expected sellable impressions.'),
        ...undocumented('p10 bigint', 'p90 bigint', 'model_run_id string'),
      ] }),
    ],
    slos: [freshness('Weekly', 'met')],
    updatedAt: '2026-04-13T08:00:00Z',
  }),
  product({
    domainId: 'advertising',
    name: 'ad_revenue_daily',
    title: 'Ad revenue, daily',
    kind: 'aggregate',
    version: '1.1.0',
    description: 'Gross ad revenue and delivered impressions per campaign, country and day, in USD.',
    tags: ['finance', 'kpi'],
    glossaryTerms: ['Ad impression'],
    owners: [...adsOwners],
    inputPorts: [reads('advertising.ad_impressions', 'impressions-table'), reads('advertising.advertiser_campaigns', 'campaigns-table')],
    outputPorts: [
      table({ id: 'revenue-table', location: 'lumen_prod.advertising.revenue_daily', columns: [
        col('activity_date', 'date', 'Date.'), col('campaign_id', 'string', 'Campaign.'), countryCode(),
        col('impressions', 'bigint', 'Delivered impressions.'), money('gross_revenue_usd', 'Gross revenue in USD.'),
        col('delivery_ratio', 'double', 'Delivered over booked, to date.'),
      ] }),
    ],
    contract: '1.1.0',
    slos: [freshness('By 06:00 UTC', 'met'), availability('Queryable 99.5%', 'met')],
    columnLineage: [
      derived('revenue-table', 'gross_revenue_usd', ['advertising.ad_impressions', 'impressions-table', 'revenue_micros']),
      derived('revenue-table', 'impressions', ['advertising.ad_impressions', 'impressions-table', 'impression_id']),
    ],
    updatedAt: '2026-04-29T06:15:00Z',
  }),
  product({
    domainId: 'advertising',
    name: 'advertiser_reporting_api',
    title: 'Advertiser reporting API',
    kind: 'consumer-aligned',
    description: `Delivery and reach reports for advertisers and agencies, through the partner portal and its API.

Aggregates below **50 viewers** are suppressed to protect privacy.`,
    tags: ['api', 'partners'],
    owners: [...adsOwners],
    inputPorts: [reads('advertising.ad_revenue_daily', 'revenue-table'), reads('advertising.ad_impressions', 'impressions-table')],
    outputPorts: [
      api({ id: 'reporting-api', location: 'https://api.lumen.example/ads/reporting/v1', columns: [
        col('campaign_id', 'string', 'Campaign.'), col('report_date', 'date', 'Date.'), countryCode(),
        col('impressions', 'bigint', 'Impressions.'), col('unique_reach', 'bigint', 'Distinct profiles reached.'),
        col('completion_rate', 'double', 'Share of ads played to the end.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [availability('99.9% monthly', 'met', '99.94%'), freshness('D+1 by 08:00 UTC', 'breached', '11:20 UTC on 2026-05-20')],
    updatedAt: '2026-05-20T11:30:00Z',
  }),
  product({
    domainId: 'advertising',
    name: 'ad_impressions_v1',
    title: 'Ad impressions v1',
    kind: 'source-aligned',
    lifecycle: 'deprecated',
    replacedBy: 'advertising.ad_impressions',
    version: '1.3.0',
    description: 'First version of the impressions feed from the pilot ad server. Frozen in March 2026.',
    tags: ['legacy'],
    inputPorts: [external('Pilot ad server (Google Ad Manager)', 'gam')],
    outputPorts: [
      table({ id: 'impressions-v1-table', location: 'lumen_prod.advertising.ad_impressions_v1', access: false,
        columns: undocumented('imp_id string', 'ts timestamp', 'line_item bigint', 'creative bigint', 'country string', 'rev_usd double') }),
    ],
    links: [],
    updatedAt: '2026-03-01T00:00:00Z',
    updatedBy: 'hana-suzuki',
  }),
]

import type { Column, DataProduct } from '../../model/types'
import { arrayOfStruct, col, key, pii, struct, undocumented } from './build-columns'
import { table, view } from './build-ports'
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
import { accountId, countryCode, email, money } from './common-columns'

const customerOwners = [productOwner('fatima-zahra', 'customer-data'), technicalOwner('customer-data')]

const customer360Columns: Column[] = [
  key('account_id', 'string', 'Lumen account id.'),
  email(),
  pii('phone_number', 'string', 'Phone number, if given.'),
  col('signup_date', 'date', 'Date of sign-up.'),
  col('signup_country', 'string', 'Country at sign-up.'),
  countryCode(),
  col('preferred_language', 'string', 'Interface language of the main profile.'),
  col('profiles_count', 'int', 'Profiles on the account.'),
  col('has_kids_profile', 'boolean', 'At least one kids profile.'),
  col('plan_id', 'string', 'Current plan.'),
  col('tier', 'string', 'Current tier.'),
  col('is_active_subscriber', 'boolean', 'Active subscriber today.'),
  col('tenure_days', 'int', 'Days as a paying subscriber.'),
  money('mrr_usd', 'Current MRR in USD.'),
  money('lifetime_revenue_usd', 'Revenue to date in USD.'),
  col('payment_method_type', 'string', 'Current payment method type.'),
  col('failed_payments_90d', 'int', 'Failed payments in the last 90 days.'),
  col('watch_minutes_28d', 'decimal(18,2)', 'Minutes watched in the last 28 days.'),
  col('active_days_28d', 'int', 'Days with any viewing in the last 28 days.'),
  col('titles_started_28d', 'int', 'Distinct titles started.'),
  col('favourite_genre', 'string', 'Genre with most watch time in 90 days.'),
  col('primary_device_type', 'string', 'Device family with most watch time.'),
  col('devices_count', 'int', 'Devices used in 90 days.'),
  col('last_watched_at', 'timestamp', 'Most recent session end.'),
  struct('consents', [
    col('marketing_email', 'boolean', 'May receive marketing e-mail.'),
    col('marketing_push', 'boolean', 'May receive marketing push.'),
    col('personalised_ads', 'boolean', 'May see personalised ads.'),
    col('analytics', 'boolean', 'May be included in analytics cookies.'),
  ], 'Current consents, see *Customer consents*.'),
  arrayOfStruct('support_contacts_90d', undocumented('channel string', 'topic string', 'contacted_at timestamp')),
  col('segment', 'string', 'Lifecycle segment, see *Customer segments*.'),
  col('churn_risk', 'double', 'Probability of churn in 30 days.'),
  col('referral_code', 'string'),
  col('is_employee', 'boolean', 'Lumen staff account; exclude from KPIs.'),
  col('updated_at', 'timestamp', 'When the row was rebuilt.'),
]

export const customerProducts: DataProduct[] = [
  product({
    domainId: 'customer',
    name: 'customer_preferences',
    title: 'Customer preferences',
    kind: 'source-aligned',
    description: 'Communication and content preferences set in the account settings.',
    tags: ['pii'],
    owners: [...customerOwners],
    inputPorts: [external('Preferences service', 'preferences-service')],
    outputPorts: [
      table({ id: 'preferences-table', location: 'lumen_prod.customer.preferences', columns: [
        accountId(), col('newsletter_frequency', 'string', '`weekly`, `monthly`, `never`.'),
        col('favourite_genres', 'array<string>', 'Genres picked at onboarding.'), col('updated_at', 'timestamp', 'Last change.'),
        ...undocumented('onboarding_version string', 'dismissed_prompts array<string>'),
      ] }),
    ],
    slos: [freshness('Hourly', 'met')],
    updatedAt: '2026-01-14T11:30:00Z',
  }),
  product({
    domainId: 'customer',
    name: 'customer_consents',
    title: 'Customer consents',
    kind: 'source-aligned',
    version: '2.0.0',
    description: `The consent state per account and purpose, with full history, from the consent platform.

## Purposes
- \`marketing_email\`, \`marketing_push\`
- \`personalised_ads\`
- \`analytics\`

**Always** filter on the latest record per purpose before using an audience.`,
    tags: ['gdpr', 'pii', 'gold'],
    glossaryTerms: ['Consent'],
    owners: [...customerOwners, steward('lena-fischer')],
    inputPorts: [external('Consent management platform (OneTrust)', 'onetrust')],
    outputPorts: [
      table({ id: 'consents-table', location: 'lumen_prod.customer.consents', columns: [
        accountId(), col('purpose', 'string', 'Consent purpose.'), col('granted', 'boolean', 'Consent given.'),
        col('recorded_at', 'timestamp', 'When the choice was made.'), col('source', 'string', '`web`, `app`, `support`.'),
        pii('ip_address', 'string', 'IP address at the time of consent, kept as proof.', 'restricted'),
      ] }),
    ],
    contract: '2.0.0',
    slos: [freshness('Within 15 minutes', 'met', '4 min'), completeness('All accounts have a record per purpose', 'met')],
    updatedAt: '2026-03-11T09:00:00Z',
  }),
  product({
    domainId: 'customer',
    name: 'gdpr_erasure_requests',
    title: 'GDPR erasure requests',
    kind: 'source-aligned',
    description: 'Right-to-erasure requests and their progress through every domain that holds personal data.',
    tags: ['gdpr'],
    owners: [productOwner('fatima-zahra', 'customer-data'), technicalOwner('data-governance'), steward('thomas-muller')],
    inputPorts: [external('Privacy request portal', 'privacy-portal')],
    outputPorts: [
      table({ id: 'erasure-table', location: 'lumen_prod.customer.erasure_requests', columns: [
        key('request_id', 'string', 'Request id.'), accountId('Account to erase; blanked once erased.'),
        col('received_at', 'timestamp', 'When the request arrived.'), col('due_at', 'timestamp', 'Legal deadline.'),
        col('status', 'string', '`open`, `in_progress`, `done`, `rejected`.'),
        arrayOfStruct('domain_progress', [col('domain_id', 'string', 'Domain.'), col('erased_at', 'timestamp', 'Done at.')], 'Per-domain progress.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('Within 1 hour', 'met')],
    updatedAt: '2026-02-05T15:15:00Z',
  }),
  product({
    domainId: 'customer',
    name: 'customer_360',
    title: 'Customer 360',
    kind: 'aggregate',
    version: '5.1.0',
    description: `One row per account with everything we know: identity, subscription, payments, viewing, consents and segment.

## When to use it
- Audience building (**respect \`consents\`**)
- Customer-level analysis

## When not to
- Counting subscribers: use *Subscriber daily snapshot*.
- Anything real-time: the table is rebuilt nightly.`,
    tags: ['gold', 'pii', 'gdpr'],
    glossaryTerms: ['Account', 'Active subscriber', 'Consent'],
    owners: [...customerOwners, steward('lena-fischer')],
    inputPorts: [
      reads('identity.accounts', 'accounts-table'),
      reads('identity.profiles', 'profiles-table'),
      reads('subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table'),
      reads('subscriptions-billing.payments', 'payments-table'),
      reads('playback.viewing_history', 'history-table'),
      reads('customer.customer_consents', 'consents-table'),
      reads('customer.customer_preferences', 'preferences-table'),
    ],
    outputPorts: [
      table({ id: 'customer-table', location: 'lumen_prod.customer.customer_360', columns: customer360Columns }),
      view({ id: 'customer-masked-view', location: 'lumen_prod.customer.customer_360_masked', name: 'Masked view',
        description: 'Same rows with personal columns removed; open to all analysts.',
        columns: customer360Columns.filter((column) => column.pii !== true) }),
    ],
    contract: '5.0.0',
    slos: [
      freshness('Rebuilt by 07:00 UTC', 'met', '06:48 UTC'),
      completeness('Every active subscriber present', 'met', '100%'),
    ],
    columnLineage: [
      derived('customer-table', 'email', ['identity.accounts', 'accounts-table', 'email']),
      derived('customer-table', 'is_active_subscriber',
        ['subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table', 'is_active_subscriber']),
      derived('customer-table', 'mrr_usd', ['subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table', 'mrr_usd']),
    ],
    updatedAt: '2026-04-16T07:05:00Z',
  }),
  product({
    domainId: 'customer',
    name: 'customer_segments',
    title: 'Customer segments',
    kind: 'aggregate',
    description: 'Lifecycle and taste segments per account, rebuilt weekly. Definitions live in the segment catalogue.',
    tags: ['marketing'],
    owners: [...customerOwners],
    inputPorts: [reads('customer.customer_360', 'customer-table')],
    outputPorts: [
      table({ id: 'segments-table', location: 'lumen_prod.customer.segments', columns: [
        accountId(), col('lifecycle_segment', 'string', '`new`, `engaged`, `at_risk`, `dormant`, `win_back`.'),
        col('taste_cluster', 'int', 'Taste cluster from viewing.'), col('value_band', 'string', '`low`, `mid`, `high`.'),
        col('valid_from', 'date', 'Week the segment applies from.'),
      ] }),
    ],
    slos: [freshness('Weekly by Monday 06:00 UTC', 'met')],
    updatedAt: '2026-03-30T06:20:00Z',
  }),
  product({
    domainId: 'customer',
    name: 'customer_lifetime_value',
    title: 'Customer lifetime value',
    kind: 'consumer-aligned',
    description: `Predicted 24-month lifetime value per account, for acquisition bidding and retention offers.

Model card: [clv-v4](https://ml.lumen.example/models/clv-v4).`,
    tags: ['ml', 'finance'],
    glossaryTerms: ['Customer lifetime value'],
    owners: [productOwner('fatima-zahra', 'customer-data'), technicalOwner('recs-ml')],
    inputPorts: [reads('customer.customer_360', 'customer-table'), reads('subscriptions-billing.mrr_by_plan_monthly', 'mrr-table')],
    outputPorts: [
      view({ id: 'clv-view', location: 'lumen_prod.customer.lifetime_value', columns: [
        accountId(), money('predicted_clv_usd', 'Predicted 24-month value.'), col('model_version', 'string', 'Model version.'),
        col('scored_at', 'timestamp', 'Scoring time.'), col('confidence', 'double', 'Model confidence.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('Scored weekly', 'unknown')],
    updatedAt: '2026-05-14T13:00:00Z',
  }),
  product({
    domainId: 'customer',
    name: 'customer_master_legacy',
    title: 'Customer master (legacy)',
    kind: 'aggregate',
    lifecycle: 'deprecated',
    replacedBy: 'customer.customer_360',
    version: '1.9.0',
    description: 'The pre-mesh customer table. Frozen; migrate to *Customer 360* before 2026-09-30.',
    tags: ['legacy', 'pii'],
    owners: [technicalOwner('customer-data')],
    inputPorts: [reads('identity.accounts', 'accounts-table'), reads('subscriptions-billing.subscriptions', 'subscriptions-table')],
    outputPorts: [
      table({ id: 'master-table', location: 'lumen_legacy.dw.d_customer', access: false, columns: [
        ...undocumented('cust_key bigint', 'account_id string', 'country string', 'plan string', 'active_flag string', 'load_dt date'),
        pii('email_address', 'string'),
      ] }),
    ],
    slos: [freshness('Daily', 'breached', 'frozen since 2026-02-01')],
    updatedAt: '2026-02-01T09:00:00Z',
    updatedBy: 'william-jones',
  }),
]

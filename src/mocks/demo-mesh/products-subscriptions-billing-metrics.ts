import type { DataProduct } from '../../model/types'
import { col, key } from './build-columns'
import { table, view } from './build-ports'
import {
  completeness,
  dashboard,
  derived,
  freshness,
  product,
  productOwner,
  reads,
  steward,
  technicalOwner,
} from './build-product'
import { subscriberSnapshotTerms } from './contract-terms'
import { accountId, countryCode, currency, email, money } from './common-columns'

const billingOwners = [productOwner('ben-carter', 'billing-data'), technicalOwner('billing-data')]

export const subscriberMetricsProducts: DataProduct[] = [
  product({
    domainId: 'subscriptions-billing',
    name: 'subscriber_daily_snapshot',
    title: 'Subscriber daily snapshot',
    kind: 'aggregate',
    version: '2.4.0',
    description: `One row per subscription per day with its state at the end of the day (UTC). **The** definition of an *Active subscriber*.

## Active subscriber
A subscription is active on a day when, at 23:59:59 UTC:
- its status is \`active\` or \`in_trial\`, **or** it is \`cancelled\` but \`current_period_end\` has not passed;
- it is not paused.

\`\`\`sql
select snapshot_date, count(*) from lumen_prod.billing.subscriber_daily_snapshot
where is_active_subscriber group by 1
\`\`\``,
    tags: ['gold', 'kpi', 'finance'],
    glossaryTerms: ['Active subscriber', 'MRR'],
    owners: [...billingOwners, steward('lena-fischer')],
    inputPorts: [
      reads('subscriptions-billing.subscriptions', 'subscriptions-table'),
      reads('subscriptions-billing.subscription_events', 'changes-topic'),
      reads('subscriptions-billing.plan_catalogue', 'plans-table'),
    ],
    outputPorts: [
      table({ id: 'snapshot-table', location: 'lumen_prod.billing.subscriber_daily_snapshot', columns: [
        col('snapshot_date', 'date', 'Day of the snapshot.'), key('subscription_id', 'string', 'Subscription.'), accountId(),
        col('plan_id', 'string', 'Plan at end of day.'), col('tier', 'string', 'Plan tier.'), countryCode(),
        col('is_active_subscriber', 'boolean', 'Counts as an *Active subscriber* that day.', { tags: ['kpi'] }),
        col('is_paying', 'boolean', 'Active and not in trial.'), col('tenure_days', 'int', 'Days since the first paid period.'),
        money('mrr_local', 'Monthly recurring revenue in local currency.'), currency(),
        money('mrr_usd', 'Monthly recurring revenue in USD at the budget rate.'),
      ] }),
    ],
    contract: '2.4.0',
    contractTerms: subscriberSnapshotTerms,
    slos: [
      freshness("Yesterday's snapshot by 05:00 UTC", 'met', '04:32 UTC'),
      completeness('One row per live subscription', 'met', '100%'),
    ],
    columnLineage: [
      derived('snapshot-table', 'is_active_subscriber', ['subscriptions-billing.subscriptions', 'subscriptions-table', 'status']),
      derived('snapshot-table', 'plan_id', ['subscriptions-billing.subscriptions', 'subscriptions-table', 'plan_id']),
      derived('snapshot-table', 'mrr_usd', ['subscriptions-billing.plan_catalogue', 'plans-table', 'price']),
    ],
    extraLinks: [dashboard('Subscribers', 'subscribers')],
    updatedAt: '2026-04-28T06:10:00Z',
  }),
  product({
    domainId: 'subscriptions-billing',
    name: 'churn_events',
    title: 'Churn events',
    kind: 'aggregate',
    description: `A row each time a subscription stops being active, classified as **voluntary** (cancelled) or **involuntary** (payment failed).`,
    tags: ['kpi'],
    glossaryTerms: ['Churn', 'Involuntary churn'],
    owners: [...billingOwners],
    inputPorts: [
      reads('subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table'),
      reads('subscriptions-billing.subscription_events', 'changes-topic'),
      reads('subscriptions-billing.payments', 'payments-table'),
    ],
    outputPorts: [
      table({ id: 'churn-table', location: 'lumen_prod.billing.churn_events', columns: [
        accountId(), col('subscription_id', 'string', 'Subscription.'), col('churned_on', 'date', 'First inactive day.'),
        col('churn_type', 'string', '`voluntary` or `involuntary`.'), col('tenure_days', 'int', 'Tenure at churn.'),
        col('last_plan_id', 'string', 'Plan before churn.'), col('reason', 'string', 'Cancel-flow reason or payment failure code.'),
      ] }),
    ],
    contract: '1.1.0',
    slos: [freshness('By 06:00 UTC', 'met'), completeness('Matches snapshot transitions', 'unknown')],
    updatedAt: '2026-03-20T07:25:00Z',
  }),
  product({
    domainId: 'subscriptions-billing',
    name: 'mrr_by_plan_monthly',
    title: 'MRR by plan, monthly',
    kind: 'aggregate',
    version: '1.2.0',
    description: `Monthly recurring revenue by plan and country, with its movements.

- **New MRR**: from subscriptions that started in the month
- **Expansion / contraction**: plan changes
- **Churned MRR**: from churn events`,
    tags: ['finance', 'kpi', 'gold'],
    glossaryTerms: ['MRR', 'Active subscriber'],
    owners: [...billingOwners, steward('nora-kelly')],
    inputPorts: [
      reads('subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table'),
      reads('subscriptions-billing.churn_events', 'churn-table'),
    ],
    outputPorts: [
      table({ id: 'mrr-table', location: 'lumen_prod.billing.mrr_by_plan_monthly', columns: [
        col('month', 'date', 'First day of the month.'), col('plan_id', 'string', 'Plan.'), col('tier', 'string', 'Tier.'), countryCode(),
        col('active_subscribers', 'bigint', 'Active subscribers on the last day.'), money('mrr_usd', 'MRR at month end, USD.'),
        money('new_mrr_usd', 'New MRR.'), money('churned_mrr_usd', 'Churned MRR.'), money('net_new_mrr_usd', 'Net new MRR.'),
      ] }),
    ],
    contract: '1.2.0',
    slos: [freshness('By the 2nd of the month, 08:00 UTC', 'met')],
    columnLineage: [
      derived('mrr-table', 'mrr_usd', ['subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table', 'mrr_usd']),
      derived('mrr-table', 'active_subscribers', ['subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table', 'is_active_subscriber']),
    ],
    updatedAt: '2026-05-02T08:05:00Z',
  }),
  product({
    domainId: 'subscriptions-billing',
    name: 'failed_payments_dunning',
    title: 'Failed payments for dunning',
    kind: 'consumer-aligned',
    description: `Accounts with an unpaid invoice and where they are in the dunning sequence, for the collections team and the retry scheduler.`,
    tags: ['pii', 'operations'],
    glossaryTerms: ['Involuntary churn'],
    owners: [productOwner('ben-carter', 'billing-data'), technicalOwner('payments-platform')],
    inputPorts: [
      reads('subscriptions-billing.payments', 'payments-table'),
      reads('subscriptions-billing.invoices', 'invoices-table'),
      reads('subscriptions-billing.subscriptions', 'subscriptions-table'),
    ],
    outputPorts: [
      view({ id: 'dunning-view', location: 'lumen_prod.billing.dunning_queue', columns: [
        accountId(), col('invoice_id', 'string', 'Unpaid invoice.'), col('failed_attempts', 'int', 'Failed attempts so far.'),
        col('last_failure_code', 'string', 'Latest refusal code.'), money('amount_due', 'Amount due.'), currency(),
        col('next_retry_at', 'timestamp', 'Next automatic retry.'), col('dunning_stage', 'string', '`soft`, `grace`, `suspended`.'), email(),
      ] }),
    ],
    slos: [freshness('Refreshed every 15 minutes', 'breached', '47 min behind')],
    updatedAt: '2026-05-27T12:40:00Z',
  }),
]

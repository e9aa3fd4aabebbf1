import type { DataProduct } from '../../model/types'
import { arrayOfStruct, col, key, pii, struct, undocumented } from './build-columns'
import { file, table, topic } from './build-ports'
import {
  availability,
  completeness,
  external,
  freshness,
  product,
  productOwner,
  steward,
  technicalOwner,
} from './build-product'
import { accountId, currency, email, eventId, eventTime, ipAddress, money } from './common-columns'

const billingOwners = [productOwner('ben-carter', 'billing-data'), technicalOwner('billing-data')]
const zuora = external('Billing system (Zuora)', 'zuora', 'Nightly Zuora AQuA export plus change events.')

const subscriptionColumns = [
  key('subscription_id', 'string', 'Zuora subscription number.'),
  accountId(),
  col('plan_id', 'string', 'Plan, see *Plan catalogue*.'),
  col('status', 'string', '`in_trial`, `active`, `paused`, `cancelled`, `expired`.'),
  col('started_at', 'timestamp', 'Start of the first paid or trial period.'),
  col('current_period_end', 'timestamp', 'When the current billing period ends.'),
  col('cancelled_at', 'timestamp', 'When cancellation was requested; the subscription runs to period end.'),
  col('cancellation_reason', 'string', 'Reason picked in the cancel flow.'),
  col('billing_country', 'string', 'ISO country of the billing address.'),
  currency(),
  money('price', 'Recurring price per period, tax included.'),
  col('is_trial', 'boolean', 'Currently in a free trial.'),
  email('Billing e-mail address.'),
]

export const subscriptionsBillingProducts: DataProduct[] = [
  product({
    domainId: 'subscriptions-billing',
    name: 'subscriptions',
    title: 'Subscriptions',
    kind: 'source-aligned',
    version: '3.1.0',
    description: `Every Lumen subscription, current state, as held by the billing system.

## Statuses
- \`in_trial\` → \`active\` on the first successful charge
- \`active\` → \`cancelled\` when the customer cancels (access continues until \`current_period_end\`)
- \`cancelled\` → \`expired\` at period end

For who counts as a subscriber on a given day, use *Subscriber daily snapshot*.`,
    tags: ['gold', 'pii', 'finance'],
    glossaryTerms: ['Subscription', 'Active subscriber'],
    owners: [...billingOwners, steward('lena-fischer')],
    inputPorts: [zuora],
    outputPorts: [table({ id: 'subscriptions-table', location: 'lumen_prod.billing.subscriptions', columns: subscriptionColumns })],
    contract: '3.0.0',
    slos: [
      freshness('Nightly load by 04:00 UTC', 'met', '03:41 UTC'),
      completeness('Row count within 0.1% of Zuora', 'met', '0.00%'),
    ],
    updatedAt: '2026-02-24T10:30:00Z',
  }),
  product({
    domainId: 'subscriptions-billing',
    name: 'subscription_events',
    title: 'Subscription change events',
    kind: 'source-aligned',
    description: 'Every change to a subscription as it happens: creation, renewal, plan change, pause, cancellation.',
    tags: ['events'],
    glossaryTerms: ['Subscription'],
    owners: [...billingOwners],
    inputPorts: [zuora],
    outputPorts: [
      topic({ id: 'changes-topic', location: 'kafka://events.billing.subscription-changed.v1', columns: [
        eventId(), eventTime(), col('event_type', 'string', '`created`, `renewed`, `plan_changed`, `paused`, `resumed`, `cancelled`.'),
        col('subscription_id', 'string', 'Subscription.'), accountId(), col('previous_plan_id', 'string', 'Plan before a change.'),
        col('plan_id', 'string', 'Plan after the event.'), col('reason', 'string', 'Free-text reason, if any.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [availability('Topic available 99.9% of each month', 'met')],
    updatedAt: '2026-01-19T15:00:00Z',
  }),
  product({
    domainId: 'subscriptions-billing',
    name: 'invoices',
    title: 'Invoices',
    kind: 'source-aligned',
    description: 'Invoices with their lines and taxes, one row per invoice.',
    tags: ['finance', 'pii'],
    glossaryTerms: ['Invoice'],
    owners: [...billingOwners],
    inputPorts: [zuora],
    outputPorts: [
      table({ id: 'invoices-table', location: 'lumen_prod.billing.invoices', columns: [
        key('invoice_id', 'string', 'Invoice number.'), accountId(), col('subscription_id', 'string', 'Subscription billed.'),
        col('issued_on', 'date', 'Invoice date.'), money('amount', 'Total including tax.'), money('tax_amount', 'Tax included in the total.'),
        currency(), col('status', 'string', '`posted`, `paid`, `written_off`.'),
        arrayOfStruct('lines', [
          col('description', 'string', 'Line text.'), money('amount', 'Line amount.'), col('tax_code', 'string', 'Tax code.'),
        ], 'Invoice lines.'),
        struct('billing_address', [
          pii('street', 'string', 'Street and number.'), pii('postcode', 'string', 'Postal code.'),
          col('city', 'string', 'City.'), col('country', 'string', 'ISO country.'),
        ], 'Address on the invoice.', { pii: true, classification: 'confidential' }),
      ] }),
    ],
    contract: '2.2.0',
    slos: [freshness('Nightly load by 04:00 UTC', 'met'), completeness('Totals match the Zuora ledger', 'unknown')],
    updatedAt: '2026-03-05T09:10:00Z',
  }),
  product({
    domainId: 'subscriptions-billing',
    name: 'payments',
    title: 'Payments',
    kind: 'source-aligned',
    version: '2.0.3',
    description: `Every payment attempt with its outcome. Card data is **tokenised**: only the BIN and last four digits are kept.

### Access
Restricted to Payments, Billing Data and Finance. Requests need a PCI justification.`,
    tags: ['finance', 'pii', 'pci'],
    glossaryTerms: ['Involuntary churn'],
    owners: [productOwner('ben-carter', 'billing-data'), technicalOwner('payments-platform'), steward('lena-fischer')],
    inputPorts: [external('Payment gateway (Adyen)', 'adyen'), zuora],
    outputPorts: [
      table({ id: 'payments-table', location: 'lumen_prod.billing.payments', columns: [
        key('payment_id', 'string', 'Gateway payment reference.'), col('invoice_id', 'string', 'Invoice paid.'), accountId(),
        money('amount', 'Amount attempted.'), currency(), col('status', 'string', '`authorised`, `refused`, `refunded`, `chargeback`.'),
        col('failure_code', 'string', 'Gateway refusal code.'), col('attempted_at', 'timestamp', 'Attempt time.'),
        struct('payment_method', [
          col('type', 'string', '`card`, `paypal`, `sepa`, `carrier_billing`.'), col('card_brand', 'string', 'Card scheme.'),
          pii('card_bin', 'string', 'First six digits.', 'restricted'), pii('card_last4', 'string', 'Last four digits.', 'restricted'),
          col('expiry_month', 'int'), col('expiry_year', 'int'),
        ], 'How the customer paid.', { classification: 'restricted' }),
        ipAddress(),
      ] }),
    ],
    contract: '2.0.0',
    slos: [freshness('Within 1 hour', 'met', '12 min'), completeness('Reconciled with Adyen settlement', 'breached', '41 unmatched on 2026-05-30')],
    updatedAt: '2026-05-31T08:20:00Z',
  }),
  product({
    domainId: 'subscriptions-billing',
    name: 'plan_catalogue',
    title: 'Plan catalogue',
    kind: 'source-aligned',
    description: `Plans and prices per country, with their validity periods.

| tier | streams | resolution |
| --- | --- | --- |
| \`basic_with_ads\` | 1 | HD |
| \`standard\` | 2 | HD |
| \`premium\` | 4 | UHD |`,
    tags: ['reference'],
    owners: [...billingOwners],
    inputPorts: [zuora],
    outputPorts: [
      table({ id: 'plans-table', location: 'lumen_prod.billing.plans', columns: [
        key('plan_id', 'string', 'Plan id.'), col('plan_name', 'string', 'Marketing name.'), col('tier', 'string', 'Tier.'),
        col('country_code', 'string', 'Country the price applies to.'), money('price', 'Monthly price, tax included.'), currency(),
        col('max_streams', 'int', 'Concurrent streams allowed.'), col('valid_from', 'date', 'Price valid from.'),
        col('valid_to', 'date', 'Price valid until; null if current.'),
      ] }),
    ],
    contract: '1.0.0',
    updatedAt: '2026-01-03T12:00:00Z',
  }),
  product({
    domainId: 'subscriptions-billing',
    name: 'subscriptions_legacy_export',
    title: 'Subscriptions legacy export',
    kind: 'source-aligned',
    lifecycle: 'retired',
    replacedBy: 'subscriptions-billing.subscriptions',
    version: '0.4.0',
    description: 'CSV export from the pre-Zuora billing system. Retired in January 2026; use *Subscriptions*.',
    tags: ['legacy'],
    owners: [technicalOwner('billing-data')],
    inputPorts: [external('Legacy billing (Recurly)', 'recurly')],
    outputPorts: [
      file({ id: 'export-files', location: 's3://lumen-lake/subscriptions-billing/legacy-export/', format: 'csv', access: false,
        columns: undocumented('sub_id string', 'acct string', 'plan string', 'state string', 'start_dt string', 'end_dt string', 'amt string') }),
    ],
    links: [],
    updatedAt: '2026-01-10T09:00:00Z',
    updatedBy: 'yuki-tanaka',
  }),
]

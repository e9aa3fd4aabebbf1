import type { GlossaryTerm } from '../../model/glossary'

const term = (name: string, definition: string | undefined, related: string[] = [], glossary = 'Lumen business glossary'): GlossaryTerm => ({
  name,
  ...(definition ? { definition } : {}),
  related,
  glossary,
})

/**
 * Lumen's business glossary. A few terms products carry are left undefined (Heartbeat, Device,
 * Profile), as in any real glossary that lags behind its catalogue.
 */
export const demoGlossary: GlossaryTerm[] = [
  term('Playback session', 'One continuous viewing of one title on one device, from the first frame requested to the player closing or **30 minutes** without a heartbeat.', ['Watch time', 'Heartbeat', 'Start-up time']),
  term('Watch time', 'Seconds of content actually played in a session, pauses and stalls excluded. Summed per title, per member or per day; the basis of royalties and of *Cost per viewing hour*.', ['Playback session', 'Completion rate', 'Cost per viewing hour']),
  term('Completion rate', 'Share of sessions of a title that reach its end credits (95 % of its runtime).', ['Watch time']),
  term('Start-up time', 'Milliseconds from pressing play to the first rendered frame; reported as the 95th percentile.', ['Rebuffer ratio', 'Playback session'], 'Quality of experience'),
  term('Rebuffer ratio', 'Seconds stalled after the first frame divided by seconds watched. The streaming target is below **0.4 %**.', ['Start-up time'], 'Quality of experience'),
  term('Heartbeat', undefined, ['Playback session']),
  term('Device', undefined),
  term('Profile', undefined, ['Account']),
  term('Title', 'A film, an episode or a live event as the catalogue lists it; seasons and series group titles but are not titles.', ['Availability window', 'Licence agreement']),
  term('Availability window', 'The period, per territory, in which a licensed title may be streamed.', ['Licence agreement', 'Title']),
  term('Licence agreement', 'The contract with a studio granting the rights to stream titles in territories for a period, with its fees.', ['Availability window', 'Cost per viewing hour']),
  term('Cost per viewing hour', 'Licence and delivery cost of a title divided by its hours of watch time.', ['Watch time', 'Licence agreement'], 'Finance glossary'),
  term('Account', 'The billing relationship with a customer; holds one or more profiles.', ['Subscription', 'Profile']),
  term('Subscription', 'A plan an account pays for, with its start, renewals and end.', ['Active subscriber', 'MRR']),
  term('Active subscriber', 'An account with a paid or trial subscription in force at the end of the day (UTC).', ['Subscription', 'Churn', 'MRR']),
  term('MRR', 'Monthly recurring revenue: the normalised monthly value of all subscriptions in force, before tax.', ['Recognised revenue', 'Active subscriber'], 'Finance glossary'),
  term('Churn', 'An active subscriber whose subscription ends in the period and is not renewed within 7 days.', ['Involuntary churn', 'Active subscriber']),
  term('Involuntary churn', 'Churn caused by a failed payment rather than a cancellation.', ['Churn', 'Invoice']),
  term('Recognised revenue', 'Revenue booked in the period under IFRS 15, spread over the service period.', ['MRR', 'Period close'], 'Finance glossary'),
  term('Period close', 'The monthly closing of the books, after which a period’s figures no longer change.', ['Recognised revenue'], 'Finance glossary'),
  term('Invoice', 'A bill issued to an account for a subscription period.', ['Involuntary churn']),
  term('Ad impression', 'One ad shown for at least one second with half its pixels on screen (MRC standard).', ['Attribution']),
  term('Impression', 'One title tile shown to a member in a row of recommendations.', ['Watch time']),
  term('Attribution', 'Assigning a sign-up to the marketing touchpoints that led to it, last-touch by default.', ['CAC']),
  term('CAC', 'Customer acquisition cost: marketing spend of a period divided by new subscribers it brought.', ['Attribution', 'Customer lifetime value'], 'Finance glossary'),
  term('Customer lifetime value', 'Expected margin from an account over its whole subscription life.', ['CAC', 'Churn'], 'Finance glossary'),
  term('Consent', 'A member’s recorded choice about tracking and marketing, per purpose, with when it was given.', ['Account']),
]

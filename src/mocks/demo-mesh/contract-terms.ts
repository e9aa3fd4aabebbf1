import type { ContractTerms, QualityCheck } from '../../model/types'

const check = (name: string, dimension: string, status: QualityCheck['status'], description: string, column?: string): QualityCheck => ({
  name,
  dimension,
  status,
  description,
  ...(column === undefined ? {} : { column }),
})

const additiveOnly = 'Columns are only ever added. Renaming, retyping or removing a column is a new major version, announced 60 days ahead in the team channel, with both versions served in parallel for 90 days.'

export const playbackSessionsTerms: ContractTerms = {
  status: 'active',
  schemaPromise: additiveOnly,
  qualityChecks: [
    check('Session id is unique', 'uniqueness', 'passing', 'No two rows share a session_id within a partition.', 'session_id'),
    check('Account id present', 'completeness', 'passing', 'Every session names the account it was played on.', 'account_id'),
    check('Sessions reconcile with the playback service', 'accuracy', 'passing', 'At least 99.5% of sessions match the service’s own count for the day.'),
    check('Duration is plausible', 'validity', 'passing', 'duration_seconds is between 0 and 86,400.', 'duration_seconds'),
    check('End reason is a known value', 'validity', 'passing', 'end_reason is one of completed, user_stopped, error, timeout.', 'end_reason'),
    check('Partition complete by 06:00 UTC', 'timeliness', 'passing', "Yesterday's partition is final by 06:00 UTC."),
  ],
  support: [
    { label: '#team-playback-data', href: 'https://chat.lumen.example/#team-playback-data' },
    { label: 'playback-data@lumen.example', href: 'mailto:playback-data@lumen.example' },
    { label: 'On-call runbook', href: 'https://runbooks.lumen.example/data/playback/playback_sessions' },
  ],
  termsOfUse: `- **Internal use only.** Do not share row-level data outside Lumen.
- \`ip_address\` and \`account_id\` are personal data: use them only for the purposes listed in the [privacy register](https://privacy.lumen.example/register/playback).
- Kept for **25 months**; older partitions are deleted on the 1st of each month.
- Questions about a number? Ask in #team-playback-data before publishing it.`,
}

export const playbackEventsTerms: ContractTerms = {
  status: 'active',
  schemaPromise: additiveOnly,
  qualityChecks: [
    check('Event id is unique', 'uniqueness', 'passing', 'Duplicates from client retries are removed.', 'event_id'),
    check('Events arrive in time', 'timeliness', 'passing', '95% of events land within 15 minutes of being sent.'),
    check('Bitrate is recorded', 'completeness', 'failing', 'network.bitrate_kbps is present on at least 98% of heartbeats; the Android 7.2 player omits it.', 'network.bitrate_kbps'),
  ],
  support: [{ label: '#team-playback-data', href: 'https://chat.lumen.example/#team-playback-data' }],
  termsOfUse: 'Internal use only. Raw events are kept for **90 days**; use *Playback sessions* for anything longer.',
}

export const deviceRegistryTerms: ContractTerms = {
  status: 'active',
  schemaPromise: 'Stable within a major version. New device types may appear in `device_type` without notice.',
  qualityChecks: [
    check('Device id is unique', 'uniqueness', 'passing', 'One row per device installation.', 'device_id'),
    check('Device type is known', 'validity', 'unknown', 'device_type is one of tv, mobile, tablet, web, console. Not yet run on the new snapshot job.', 'device_type'),
  ],
  support: [{ label: '#team-playback-data', href: 'https://chat.lumen.example/#team-playback-data' }],
}

export const subscriberSnapshotTerms: ContractTerms = {
  status: 'active',
  schemaPromise: 'The definition of an Active subscriber changes only with Finance’s sign-off and a new minor version; columns are only added.',
  qualityChecks: [
    check('One row per live subscription', 'completeness', 'passing', 'Every subscription live at 23:59:59 UTC has a row.'),
    check('Subscription id unique per day', 'uniqueness', 'passing', 'No duplicate (snapshot_date, subscription_id).', 'subscription_id'),
    check('MRR is not negative', 'validity', 'passing', 'mrr_usd ≥ 0.', 'mrr_usd'),
    check('Active subscribers match the finance ledger', 'accuracy', 'passing', 'Month-end count within 0.1% of the ledger.'),
  ],
  support: [
    { label: '#team-billing-data', href: 'https://chat.lumen.example/#team-billing-data' },
    { label: 'Finance data steward (Lena Fischer)', href: 'mailto:lena.fischer@lumen.example' },
  ],
  termsOfUse: `The source of truth for **Active subscribers** in board and investor reporting.

Before publishing a figure externally, have it checked by Finance.`,
}

import type { DataProduct } from '../../model/types'
import { col, key, pii, struct } from './build-columns'
import { table, topic } from './build-ports'
import {
  availability,
  completeness,
  external,
  freshness,
  product,
  productOwner,
  reads,
  steward,
  technicalOwner,
} from './build-product'
import { accountId, countryCode, device, email, eventId, eventTime, ipAddress } from './common-columns'

const identityOwners = [productOwner('erik-lindqvist', 'identity-platform'), technicalOwner('identity-platform')]
const identityService = external('Identity service (Auth)', 'auth-service', 'CDC stream from the identity database.')

export const identityProducts: DataProduct[] = [
  product({
    domainId: 'identity',
    name: 'accounts',
    title: 'Accounts',
    kind: 'source-aligned',
    version: '3.0.0',
    description: `Lumen accounts: the household that signs up and pays. Deleted accounts are **hard-deleted** within 30 days
of an erasure request (see *GDPR erasure requests*).

## Sensitive columns
\`email\`, \`phone_number\` and \`date_of_birth\` are personal data. Use \`account_id\` to join; never join on e-mail.`,
    tags: ['pii', 'gdpr', 'gold'],
    glossaryTerms: ['Account'],
    owners: [...identityOwners, steward('lena-fischer')],
    inputPorts: [identityService],
    outputPorts: [
      table({ id: 'accounts-table', location: 'lumen_prod.identity.accounts', columns: [
        key('account_id', 'string', 'Lumen account id.'), email(),
        pii('phone_number', 'string', 'E.164 phone number, if given.'),
        pii('date_of_birth', 'date', 'Account holder birth date, for age checks.', 'restricted'),
        col('created_at', 'timestamp', 'Sign-up time.'), col('signup_country', 'string', 'Country at sign-up.'),
        col('signup_channel', 'string', '`web`, `ios`, `android`, `tv`, `partner`.'),
        col('email_verified', 'boolean', 'E-mail address confirmed.'), col('mfa_enabled', 'boolean', 'Two-step verification on.'),
        col('status', 'string', '`active`, `locked`, `pending_deletion`.'),
      ] }),
    ],
    contract: '3.0.0',
    slos: [freshness('CDC lag under 10 minutes', 'met', '2 min'), completeness('Matches the identity database', 'met')],
    updatedAt: '2026-02-16T14:50:00Z',
  }),
  product({
    domainId: 'identity',
    name: 'profiles',
    title: 'Viewer profiles',
    kind: 'source-aligned',
    description: 'Profiles within each account (up to five), including kids profiles and playback preferences.',
    tags: ['pii'],
    glossaryTerms: ['Profile'],
    owners: [...identityOwners],
    inputPorts: [identityService],
    outputPorts: [
      table({ id: 'profiles-table', location: 'lumen_prod.identity.profiles', columns: [
        key('profile_id', 'string', 'Profile id.'), accountId(), pii('profile_name', 'string', 'Name chosen by the viewer.'),
        col('is_kids', 'boolean', 'Kids profile.'), col('maturity_limit', 'string', 'Highest rating allowed.'),
        col('language', 'string', 'Interface language.'), col('created_at', 'timestamp', 'Creation time.'),
        struct('preferences', [
          col('autoplay_next', 'boolean', 'Autoplay next episode.'), col('autoplay_previews', 'boolean', 'Autoplay previews.'),
          col('subtitle_language', 'string', 'Preferred subtitle language.'), col('audio_language', 'string', 'Preferred audio language.'),
        ], 'Playback preferences.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('CDC lag under 10 minutes', 'met')],
    updatedAt: '2026-03-26T10:00:00Z',
  }),
  product({
    domainId: 'identity',
    name: 'login_events',
    title: 'Sign-in events',
    kind: 'source-aligned',
    description: `Every sign-in attempt, successful or not, with method, device and coarse location.

Security analytics only; do not use for marketing.`,
    tags: ['events', 'pii', 'security'],
    owners: [...identityOwners, steward('nora-kelly')],
    inputPorts: [identityService],
    outputPorts: [
      topic({ id: 'logins-topic', location: 'kafka://events.identity.login.v1', columns: [
        eventId(), eventTime(), accountId(), col('outcome', 'string', '`success`, `wrong_password`, `locked`, `mfa_failed`.'),
        col('method', 'string', '`password`, `magic_link`, `tv_code`, `sso`.'), device(), ipAddress(),
        struct('geo', [countryCode(), col('city', 'string', 'City from IP geolocation.'), col('asn', 'int', 'Network.')], 'Location from the IP.'),
      ] }),
    ],
    slos: [availability('Topic available 99.9%', 'met')],
    updatedAt: '2026-01-27T18:30:00Z',
  }),
  product({
    domainId: 'identity',
    name: 'account_sharing_signals',
    title: 'Account sharing signals',
    kind: 'aggregate',
    description: `Weekly signals that an account is used outside its household: distinct networks, devices and locations.

The score is a heuristic, **not** a decision. Enforcement uses its own model.`,
    tags: ['security', 'pii'],
    owners: [...identityOwners, steward('lena-fischer')],
    inputPorts: [
      reads('identity.login_events', 'logins-topic'),
      reads('playback.device_registry', 'devices-table'),
      reads('playback.playback_sessions', 'sessions-table'),
    ],
    outputPorts: [
      table({ id: 'signals-table', location: 'lumen_prod.identity.account_sharing_signals', columns: [
        accountId(), col('week_start', 'date', 'Monday of the ISO week.'),
        col('distinct_networks', 'int', 'Distinct home networks seen.'), col('distinct_devices', 'int', 'Devices that played.'),
        col('distinct_cities', 'int', 'Cities from IP geolocation.'), col('sharing_score', 'double', 'From 0 to 1.'),
        col('suspected_sharing', 'boolean', 'Score above 0.8.'),
      ] }),
    ],
    slos: [freshness('Weekly by Tuesday 06:00 UTC', 'unknown')],
    updatedAt: '2026-04-09T06:45:00Z',
  }),
]

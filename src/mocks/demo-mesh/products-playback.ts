import type { DataProduct } from '../../model/types'
import { arrayOfStruct, col, key, pii, struct, undocumented } from './build-columns'
import { table, topic, view } from './build-ports'
import {
  availability,
  completeness,
  dashboard,
  external,
  freshness,
  product,
  productOwner,
  steward,
  technicalOwner,
} from './build-product'
import { deviceRegistryTerms, playbackEventsTerms, playbackSessionsTerms } from './contract-terms'
import { accountId, countryCode, device, episodeId, eventId, eventTime, ipAddress, profileId, titleId } from './common-columns'

const sessionColumns = [
  key('session_id', 'string', 'Unique id of the playback session, minted by the playback service.'),
  accountId(),
  profileId(),
  titleId(),
  episodeId(),
  device(),
  col('started_at', 'timestamp', 'When the first frame was rendered, in UTC.'),
  col('ended_at', 'timestamp', 'When the session ended; null while it is still open.'),
  col('duration_seconds', 'bigint', 'Wall-clock seconds of actual playback, pauses excluded.'),
  col('end_position_seconds', 'bigint', 'Position in the title where the viewer stopped.'),
  col('end_reason', 'string', 'Why the session ended: `completed`, `user_stopped`, `error`, `timeout`.'),
  col('is_offline', 'boolean', 'Played from a downloaded copy.'),
  countryCode(),
  ipAddress(),
  col('session_date', 'date', 'Partition column: UTC date the session started.'),
]

export const playbackProducts: DataProduct[] = [
  product({
    domainId: 'playback',
    name: 'playback_sessions',
    title: 'Playback sessions',
    kind: 'source-aligned',
    version: '2.3.0',
    description: `One row per playback session, from the first rendered frame to the end of viewing.

## What is a session?
A session starts when the player renders its first frame and ends after **30 minutes** without a heartbeat,
or when the viewer stops or finishes the title. Trailers and autoplay previews are **not** sessions.

## End reasons
| end_reason | meaning |
| --- | --- |
| \`completed\` | the credits were reached |
| \`user_stopped\` | the viewer pressed stop or left the player |
| \`error\` | a fatal player error, see *Player errors* |
| \`timeout\` | no heartbeat for 30 minutes |

## Good to know
- Late events are merged for **3 days**; the partition for a date is final after that.
- \`ip_address\` is masked unless you hold \`pii_reader\`.`,
    tags: ['events', 'gold', 'pii', 'kpi'],
    glossaryTerms: ['Playback session', 'Watch time'],
    owners: [productOwner('maya-chen', 'playback-data'), technicalOwner('playback-platform'), steward('nora-kelly')],
    inputPorts: [external('Playback service events', 'playback-service', 'Heartbeats and lifecycle events from the player SDKs.')],
    outputPorts: [
      table({ id: 'sessions-table', location: 'lumen_prod.playback.sessions', columns: sessionColumns }),
      topic({
        id: 'session-started-topic',
        location: 'kafka://events.playback.session-started.v2',
        description: 'Emitted within seconds of the first frame; the table is the reconciled record.',
        columns: [eventId(), eventTime(), ...sessionColumns.slice(0, 6), countryCode()],
      }),
    ],
    contract: '2.1.0',
    contractTerms: playbackSessionsTerms,
    slos: [
      freshness("Yesterday's partition is complete by 06:00 UTC", 'met', '05:12 UTC'),
      completeness('At least 99.5% of sessions reconcile with the playback service', 'met', '99.86%'),
      availability('Topic available 99.9% of each month', 'met', '99.97%'),
    ],
    extraLinks: [dashboard('Playback health', 'playback-health')],
    updatedAt: '2026-04-14T09:21:00Z',
  }),
  product({
    domainId: 'playback',
    name: 'playback_events',
    title: 'Playback heartbeat events',
    kind: 'source-aligned',
    version: '3.0.1',
    description: `Raw heartbeat events sent by every player **every 30 seconds** during playback.

Use *Playback sessions* for most questions; come here for second-by-second behaviour (seeks, bitrate switches).

\`\`\`json
{ "event_type": "heartbeat", "position_seconds": 1830, "bitrate_kbps": 5800 }
\`\`\``,
    tags: ['events', 'pii', 'raw'],
    glossaryTerms: ['Heartbeat'],
    owners: [productOwner('maya-chen', 'playback-data'), technicalOwner('playback-platform')],
    inputPorts: [external('Playback service events', 'playback-service')],
    outputPorts: [
      topic({
        id: 'heartbeat-topic',
        location: 'kafka://events.playback.heartbeat.v3',
        columns: [
          eventId(),
          eventTime(),
          col('event_type', 'string', '`heartbeat`, `seek`, `pause`, `resume`, `bitrate_switch`.'),
          col('session_id', 'string', 'Session the event belongs to.'),
          profileId(),
          titleId(),
          col('position_seconds', 'bigint', 'Playhead position in the title.'),
          struct('network', [
            col('connection_type', 'string', '`wifi`, `ethernet`, `cellular`.'),
            col('bitrate_kbps', 'int', 'Current video bitrate.'),
            col('bandwidth_estimate_kbps', 'int', 'Estimated throughput by the adaptive bitrate algorithm.'),
            col('cdn', 'string', 'CDN serving the segments.'),
          ], 'Network conditions when the event was emitted.'),
          device(),
          ipAddress(),
        ],
      }),
      table({ id: 'events-table', location: 'lumen_prod.playback.heartbeat_events', format: 'delta', columns: [
        eventId(), eventTime(), col('event_type', 'string', 'See the topic.'), col('session_id', 'string', 'Session id.'),
        col('position_seconds', 'bigint', 'Playhead position.'), col('event_date', 'date', 'Partition column.'),
      ] }),
    ],
    contract: '3.0.0',
    contractTerms: playbackEventsTerms,
    slos: [
      freshness('Events land in the table within 15 minutes', 'met', '6 min p95'),
      availability('Topic available 99.9% of each month', 'met', '99.95%'),
    ],
    updatedAt: '2026-02-03T14:02:00Z',
  }),
  product({
    domainId: 'playback',
    name: 'player_errors',
    title: 'Player errors',
    kind: 'source-aligned',
    description: `Every fatal and non-fatal error raised by the Lumen players, with the error code and the device.

- Error codes are documented in the [player SDK handbook](https://docs.lumen.example/player/errors).
- Non-fatal errors (e.g. a retried segment) are sampled at **10%**.`,
    tags: ['events', 'quality'],
    owners: [productOwner('maya-chen', 'playback-data'), technicalOwner('playback-platform')],
    inputPorts: [external('Player telemetry (client SDK)', 'player-sdk')],
    outputPorts: [
      table({ id: 'errors-table', location: 'lumen_prod.playback.player_errors', columns: [
        eventId(), eventTime(), col('session_id', 'string', 'Session during which the error happened.'),
        col('error_code', 'string', 'Player error code, e.g. `DRM-4012`.'), col('is_fatal', 'boolean', 'The error stopped playback.'),
        col('error_message', 'string'), titleId(), device(), countryCode(), col('error_date', 'date', 'Partition column.'),
      ] }),
    ],
    slos: [freshness('Hourly partitions land within 30 minutes', 'breached', '2 h 10 min late on 2026-05-02')],
    updatedAt: '2026-05-03T08:45:00Z',
  }),
  product({
    domainId: 'playback',
    name: 'device_registry',
    title: 'Device registry',
    kind: 'source-aligned',
    description: `Devices registered to Lumen accounts, with make, model and DRM capabilities.

### Caveats
- Smart TVs re-register after factory resets, so one physical TV may have several \`device_id\`s.`,
    tags: ['pii', 'reference'],
    glossaryTerms: ['Device'],
    owners: [productOwner('maya-chen', 'playback-data'), technicalOwner('playback-platform'), steward('nora-kelly')],
    inputPorts: [external('Device management service', 'device-service')],
    outputPorts: [
      table({ id: 'devices-table', location: 'lumen_prod.playback.devices', columns: [
        pii('device_id', 'string', 'Stable identifier of the device installation.'), accountId(),
        col('device_type', 'string', 'One of `tv`, `mobile`, `tablet`, `web`, `console`.'),
        col('manufacturer', 'string', 'Device maker.'), col('model', 'string', 'Marketing model name.'),
        col('drm_level', 'string', 'Widevine or FairPlay security level.'), col('max_resolution', 'string', '`sd`, `hd`, `uhd`.'),
        col('registered_at', 'timestamp', 'First registration.'), col('last_seen_at', 'timestamp', 'Last heartbeat from the device.'),
      ] }),
    ],
    contract: '1.1.0',
    contractTerms: deviceRegistryTerms,
    slos: [freshness('Snapshot refreshed daily by 04:00 UTC', 'met', '03:20 UTC')],
    updatedAt: '2026-01-22T11:10:00Z',
  }),
  product({
    domainId: 'playback',
    name: 'playback_sessions_legacy',
    title: 'Playback sessions (legacy warehouse)',
    kind: 'source-aligned',
    lifecycle: 'deprecated',
    replacedBy: 'playback.playback_sessions',
    version: '0.9.0',
    description: `Imported from the old wiki page "Sessions v1" (2021). Kept for the finance reconciliation until Q3.

## Usage
Read the migration notes on the old wiki before querying this table, or ask in #team-playback-data.

- Sessions shorter than 10 seconds are dropped.
- Times are in **Europe/London**, not UTC.`,
    tags: ['legacy'],
    owners: [technicalOwner('playback-data')],
    inputPorts: [external('Legacy session logs (Hadoop)', 'hdfs')],
    outputPorts: [
      view({ id: 'legacy-view', location: 'lumen_legacy.dw.f_sessions', access: false, columns: undocumented(
        'sess_id string', 'acct_id string', 'title_key int', 'start_ts timestamp', 'end_ts timestamp',
        'dur_sec int', 'dev_cd string', 'ctry string',
      ).concat(col('notes', 'string', 'Operator notes carried over from the old wiki.')) }),
    ],
    slos: [freshness('Daily by 09:00 Europe/London', 'breached', 'not loaded since 2026-03-28')],
    links: [],
    updatedAt: '2026-03-29T10:00:00Z',
    updatedBy: 'tomas-novak',
  }),
  product({
    domainId: 'playback',
    name: 'watch_party_sessions',
    title: 'Watch party sessions',
    kind: 'source-aligned',
    lifecycle: 'draft',
    version: '0.1.0',
    description: '',
    tags: ['events'],
    owners: [productOwner('maya-chen', 'playback-data')],
    inputPorts: [external('Watch party service', 'social-service')],
    outputPorts: [
      topic({ id: 'party-topic', location: 'kafka://events.playback.watch-party.v1', format: 'json', columns: [
        eventId(), eventTime(), col('party_id', 'string', 'Watch party id.'), col('host_profile_id', 'string'),
        arrayOfStruct('members', [profileId(), col('joined_at', 'timestamp')]), titleId(),
      ] }),
    ],
    links: [],
    updatedAt: '2026-06-02T15:20:00Z',
  }),
]

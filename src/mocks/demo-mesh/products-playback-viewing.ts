import type { DataProduct } from '../../model/types'
import { col } from './build-columns'
import { api, table } from './build-ports'
import {
  availability,
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
import { accountId, countryCode, episodeId, profileId, titleId } from './common-columns'

export const viewingProducts: DataProduct[] = [
  product({
    domainId: 'playback',
    name: 'viewing_time_daily',
    title: 'Viewing time, daily',
    kind: 'aggregate',
    version: '1.4.0',
    description: `Minutes watched per title, country and device type per day. **The** source for *Watch time*.

Watch time counts playback only: pauses, menus and trailers are excluded. Offline viewing is included once the device syncs.`,
    tags: ['gold', 'kpi'],
    glossaryTerms: ['Watch time'],
    owners: [productOwner('maya-chen', 'playback-data'), technicalOwner('playback-data'), steward('lena-fischer')],
    inputPorts: [reads('playback.playback_sessions', 'sessions-table'), reads('content.titles', 'titles-table')],
    outputPorts: [
      table({ id: 'daily-table', location: 'lumen_prod.playback.viewing_time_daily', columns: [
        col('activity_date', 'date', 'UTC date of viewing.'), titleId(), countryCode(),
        col('device_type', 'string', 'Device family.'), col('content_type', 'string', '`film` or `series`.'),
        col('watch_minutes', 'decimal(18,2)', 'Minutes of playback.', { tags: ['kpi'] }),
        col('sessions_count', 'bigint', 'Number of sessions.'), col('unique_profiles', 'bigint', 'Distinct profiles watching.'),
        col('completion_rate', 'double', 'Share of sessions that reached the credits.'),
      ] }),
    ],
    contract: '1.4.0',
    slos: [
      freshness('Complete for yesterday by 07:00 UTC', 'met', '06:25 UTC'),
      completeness('Watch minutes within 0.5% of the sessions table', 'met', '0.08%'),
    ],
    columnLineage: [
      derived('daily-table', 'watch_minutes', ['playback.playback_sessions', 'sessions-table', 'duration_seconds']),
      derived('daily-table', 'sessions_count', ['playback.playback_sessions', 'sessions-table', 'session_id']),
      derived('daily-table', 'title_id', ['playback.playback_sessions', 'sessions-table', 'title_id']),
      derived('daily-table', 'content_type', ['content.titles', 'titles-table', 'content_type']),
    ],
    extraLinks: [dashboard('Watch time', 'watch-time')],
    updatedAt: '2026-04-30T16:40:00Z',
  }),
  product({
    domainId: 'playback',
    name: 'concurrent_streams_minutely',
    title: 'Concurrent streams per minute',
    kind: 'aggregate',
    description: `Number of streams playing at each minute, by country and device type. Used for capacity planning and
ad inventory forecasting. Peaks are during live events; see the [capacity runbook](https://runbooks.lumen.example/capacity).`,
    tags: ['capacity', 'near-real-time'],
    owners: [productOwner('maya-chen', 'playback-data'), technicalOwner('playback-platform')],
    inputPorts: [reads('playback.playback_events', 'heartbeat-topic')],
    outputPorts: [
      table({ id: 'concurrency-table', location: 'lumen_prod.playback.concurrent_streams_minutely', columns: [
        col('minute', 'timestamp', 'Start of the minute, UTC.'), countryCode(), col('device_type', 'string', 'Device family.'),
        col('concurrent_streams', 'bigint', 'Streams with a heartbeat in the minute.'), col('peak_bitrate_kbps', 'int'),
      ] }),
    ],
    slos: [freshness('Lag under 5 minutes', 'unknown')],
    updatedAt: '2026-03-09T10:05:00Z',
  }),
  product({
    domainId: 'playback',
    name: 'viewing_history',
    title: 'Viewing history',
    kind: 'aggregate',
    description: `What each profile watched and how far they got, one row per profile and title. Powers *Continue watching*.`,
    tags: ['pii', 'gdpr'],
    glossaryTerms: ['Watch time'],
    owners: [productOwner('maya-chen', 'playback-data'), technicalOwner('playback-data'), steward('lena-fischer')],
    inputPorts: [reads('playback.playback_sessions', 'sessions-table'), reads('identity.profiles', 'profiles-table')],
    outputPorts: [
      table({ id: 'history-table', location: 'lumen_prod.playback.viewing_history', columns: [
        accountId(), profileId(), titleId(), episodeId(),
        col('last_watched_at', 'timestamp', 'Last session end.'), col('progress_ratio', 'double', 'Position divided by runtime.'),
        col('total_watch_seconds', 'bigint', 'Sum of session durations.'), col('is_finished', 'boolean', 'Progress above 95%.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('Updated within 1 hour of a session ending', 'met', '22 min p95')],
    updatedAt: '2026-02-27T13:30:00Z',
  }),
  product({
    domainId: 'playback',
    name: 'continue_watching_api',
    title: 'Continue watching API',
    kind: 'consumer-aligned',
    description: `The *Continue watching* row for a profile, ordered by recency, as served to the apps.

\`\`\`http
GET /playback/continue-watching/v1?profile_id=p-123
\`\`\``,
    tags: ['api', 'serving'],
    owners: [productOwner('maya-chen', 'playback-data'), technicalOwner('playback-platform')],
    inputPorts: [reads('playback.viewing_history', 'history-table'), reads('content.title_metadata_api', 'titles-api')],
    outputPorts: [
      api({ id: 'continue-watching-api', location: 'https://api.lumen.example/playback/continue-watching/v1', columns: [
        profileId(), titleId(), episodeId(), col('progress_ratio', 'double', 'Share watched.'),
        col('artwork_url', 'string', 'Landscape artwork to show.'), col('rank', 'int', 'Position in the row.'),
      ] }),
    ],
    slos: [availability('99.95% of requests succeed each month', 'met', '99.98%')],
    updatedAt: '2026-05-18T07:55:00Z',
  }),
]

import type { DataProduct } from '../../model/types'
import { col, key, pii, struct, tagged, undocumented } from './build-columns'
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
  technicalOwner,
} from './build-product'
import { countryCode, titleId } from './common-columns'

const qoeOwners = [productOwner('elena-petrova', 'playback-qoe'), technicalOwner('playback-qoe')]

export const playbackQualityProducts: DataProduct[] = [
  product({
    domainId: 'playback-quality',
    name: 'cdn_delivery_logs',
    title: 'CDN delivery logs',
    kind: 'source-aligned',
    description: `Edge request logs from both CDNs (Fastly and Akamai), normalised to one schema and partitioned by hour.

Raw logs are kept for **30 days** only, for privacy reasons.`,
    tags: ['logs', 'pii'],
    owners: [...qoeOwners],
    inputPorts: [external('CDN logs (Fastly, Akamai)', 'cdn', 'Log shipping to S3 every 5 minutes.')],
    outputPorts: [
      file({ id: 'logs-files', location: 's3://lumen-lake/playback-quality/cdn-logs/', columns: [
        col('request_time', 'timestamp', 'When the edge received the request.'),
        pii('client_ip', 'string', 'Viewer IP address.', 'restricted'),
        col('cdn', 'string', '`fastly` or `akamai`.'), col('pop', 'string', 'Point of presence that served it.'),
        col('status_code', 'int', 'HTTP status.'), col('cache_status', 'string', '`HIT`, `MISS`, `STALE`.'),
        col('bytes_sent', 'bigint', 'Response size.'), col('ttfb_ms', 'int', 'Time to first byte.'),
        ...undocumented('url_path string', 'user_agent string', 'asn int', 'tls_version string'),
      ] }),
    ],
    slos: [freshness('Hourly partitions within 20 minutes', 'met', '11 min')],
    updatedAt: '2026-01-15T12:00:00Z',
  }),
  product({
    domainId: 'playback-quality',
    name: 'qoe_session_metrics',
    title: 'Quality of experience per session',
    kind: 'aggregate',
    version: '2.0.0',
    description: `Start-up time, rebuffering and bitrate for every playback session.

## Definitions
- **Start-up time**: from pressing play to the first frame.
- **Rebuffer ratio**: seconds stalled divided by seconds watched.
- **Fatal error**: the session ended with \`end_reason = 'error'\`.`,
    tags: ['quality', 'gold'],
    glossaryTerms: ['Rebuffer ratio', 'Start-up time'],
    owners: [...qoeOwners],
    inputPorts: [
      reads('playback.playback_events', 'heartbeat-topic'),
      reads('playback.player_errors', 'errors-table'),
      reads('playback.playback_sessions', 'sessions-table'),
    ],
    outputPorts: [
      table({ id: 'qoe-table', location: 'lumen_prod.playback_quality.qoe_session', columns: [
        key('session_id', 'string', 'Playback session.'), col('startup_time_ms', 'int', 'Time to first frame.'),
        col('rebuffer_count', 'int', 'Stalls after the first frame.'), tagged(col('rebuffer_ratio', 'double', 'Stalled over watched seconds.'), 'Rebuffer ratio'),
        col('avg_bitrate_kbps', 'int', 'Time-weighted mean bitrate.'),
        struct('bitrate_profile', [
          col('sd_seconds', 'bigint', 'Seconds below 720p.'), col('hd_seconds', 'bigint', 'Seconds at 720p–1080p.'),
          col('uhd_seconds', 'bigint', 'Seconds at 4K.'),
        ], 'Time spent in each resolution band.'),
        col('fatal_error', 'boolean', 'The session ended with an error.'), col('cdn', 'string', 'CDN that served most segments.'),
        col('isp', 'string', 'Internet provider, from the IP (the IP itself is not kept).'),
        col('device_type', 'string', 'Device family.'), countryCode(), col('session_date', 'date', 'Partition column.'),
      ] }),
    ],
    contract: '2.0.0',
    slos: [
      freshness('Complete for yesterday by 08:00 UTC', 'met', '07:14 UTC'),
      completeness('QoE present for 99% of sessions', 'breached', '97.2% on 2026-05-11'),
    ],
    columnLineage: [
      derived('qoe-table', 'session_id', ['playback.playback_sessions', 'sessions-table', 'session_id']),
      derived('qoe-table', 'avg_bitrate_kbps', ['playback.playback_events', 'heartbeat-topic', 'network']),
    ],
    updatedAt: '2026-05-12T09:30:00Z',
  }),
  product({
    domainId: 'playback-quality',
    name: 'startup_time_daily',
    title: 'Start-up time, daily',
    kind: 'aggregate',
    description: 'Median and 95th percentile start-up time per day, country, device type and CDN.',
    tags: ['quality', 'kpi'],
    glossaryTerms: ['Start-up time'],
    owners: [...qoeOwners],
    inputPorts: [reads('playback-quality.qoe_session_metrics', 'qoe-table')],
    outputPorts: [
      table({ id: 'startup-table', location: 'lumen_prod.playback_quality.startup_time_daily', columns: [
        col('activity_date', 'date', 'UTC date.'), countryCode(), col('device_type', 'string', 'Device family.'),
        col('cdn', 'string', 'CDN.'), col('p50_startup_ms', 'int', 'Median start-up time.'),
        col('p95_startup_ms', 'int', '95th percentile start-up time.'), col('sessions', 'bigint', 'Sessions measured.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('By 09:00 UTC', 'met', '08:02 UTC')],
    columnLineage: [derived('startup-table', 'p95_startup_ms', ['playback-quality.qoe_session_metrics', 'qoe-table', 'startup_time_ms'])],
    updatedAt: '2026-03-02T08:15:00Z',
  }),
  product({
    domainId: 'playback-quality',
    name: 'rebuffering_by_isp_daily',
    title: 'Rebuffering by internet provider, daily',
    kind: 'aggregate',
    description: `Rebuffer ratio per internet provider and CDN, the basis for peering negotiations.`,
    tags: ['quality'],
    glossaryTerms: ['Rebuffer ratio'],
    owners: [...qoeOwners],
    inputPorts: [reads('playback-quality.qoe_session_metrics', 'qoe-table'), reads('playback-quality.cdn_delivery_logs', 'logs-files')],
    outputPorts: [
      table({ id: 'rebuffering-table', location: 'lumen_prod.playback_quality.rebuffering_by_isp_daily', columns: [
        col('activity_date', 'date', 'UTC date.'), col('isp', 'string', 'Internet provider.'), countryCode(),
        col('cdn', 'string', 'CDN.'), tagged(col('rebuffer_ratio', 'double', 'Stalled over watched seconds.'), 'Rebuffer ratio'),
        col('cache_hit_ratio', 'double', 'Share of edge hits.'), col('sessions', 'bigint', 'Sessions measured.'),
      ] }),
    ],
    slos: [freshness('By 09:00 UTC', 'unknown')],
    updatedAt: '2026-02-19T17:45:00Z',
  }),
  product({
    domainId: 'playback-quality',
    name: 'qoe_scorecard',
    title: 'Quality of experience scorecard',
    kind: 'consumer-aligned',
    description: `The weekly scorecard reviewed by the streaming leadership: start-up time, rebuffering and errors against targets.

| metric | target |
| --- | --- |
| p95 start-up time | < 2.5 s |
| rebuffer ratio | < 0.4% |
| fatal error rate | < 0.2% |`,
    tags: ['kpi', 'quality'],
    glossaryTerms: ['Rebuffer ratio', 'Start-up time'],
    owners: [...qoeOwners],
    inputPorts: [
      reads('playback-quality.startup_time_daily', 'startup-table'),
      reads('playback-quality.rebuffering_by_isp_daily', 'rebuffering-table'),
    ],
    outputPorts: [
      view({ id: 'scorecard-view', location: 'lumen_prod.playback_quality.qoe_scorecard_weekly', columns: [
        col('week_start', 'date', 'Monday of the ISO week.'), countryCode(),
        col('p95_startup_ms', 'int', 'p95 start-up time.'), col('rebuffer_ratio', 'double', 'Rebuffer ratio.'),
        col('fatal_error_rate', 'double', 'Fatal errors per session.'), col('on_target', 'boolean', 'All three targets met.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('Published Mondays by 10:00 UTC', 'met')],
    columnLineage: [derived('scorecard-view', 'p95_startup_ms', ['playback-quality.startup_time_daily', 'startup-table', 'p95_startup_ms'])],
    extraLinks: [dashboard('QoE scorecard', 'qoe-scorecard')],
    updatedAt: '2026-05-25T10:20:00Z',
  }),
  product({
    domainId: 'playback-quality',
    name: 'encoding_ladder_evaluation',
    title: 'Encoding ladder evaluation',
    kind: 'aggregate',
    description: 'Per-title comparison of encoding ladders (bitrate steps) against observed bandwidth. Research use.',
    tags: ['research'],
    owners: [productOwner('elena-petrova', 'playback-qoe')],
    inputPorts: [reads('playback-quality.qoe_session_metrics', 'qoe-table'), reads('content.titles', 'titles-table')],
    outputPorts: [
      table({ id: 'ladder-table', location: 'lumen_sandbox.playback_quality.encoding_ladder_eval', format: 'parquet', columns: [
        titleId(), ...undocumented(
          'ladder_version string', 'rung int', 'bitrate_kbps int', 'resolution string', 'vmaf_score double',
          'share_of_time double', 'bandwidth_p10_kbps int', 'bandwidth_p50_kbps int', 'recommendation string',
        ),
      ] }),
    ],
    updatedAt: '2026-04-07T14:00:00Z',
  }),
]

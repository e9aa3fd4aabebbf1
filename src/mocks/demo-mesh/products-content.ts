import type { DataProduct } from '../../model/types'
import { arrayOfStruct, col, struct, undocumented } from './build-columns'
import { api, file, table, topic, view } from './build-ports'
import {
  availability,
  completeness,
  dashboard,
  derived,
  external,
  freshness,
  product,
  productOwner,
  reads,
  steward,
  technicalOwner,
} from './build-product'
import { countryCode, episodeId, eventId, eventTime, titleId } from './common-columns'

const contentOwners = [productOwner('daniel-kim', 'content-data'), technicalOwner('content-metadata-eng')]

const titleColumns = [
  titleId(),
  col('title_name', 'string', 'Display title in English.'),
  col('original_title', 'string', 'Title in the original language.'),
  col('content_type', 'string', '`film` or `series`.'),
  col('release_year', 'int', 'Year of first release.'),
  col('runtime_minutes', 'int', 'Runtime for films; average episode runtime for series.'),
  col('maturity_rating', 'string', 'Lumen maturity rating: `all`, `7+`, `13+`, `16+`, `18+`.'),
  col('genres', 'array<string>', 'Genres, most specific first.'),
  arrayOfStruct('localized_titles', [
    col('locale', 'string', 'BCP 47 locale, e.g. `pt-BR`.'),
    col('title', 'string', 'Localised title.'),
    col('synopsis', 'string', 'Localised short synopsis.'),
  ], 'Title and synopsis per locale.'),
  struct('production', [
    col('studio', 'string', 'Producing studio.'),
    col('country_of_origin', 'string', 'ISO country.'),
    col('original_language', 'string', 'ISO 639-1 language.'),
  ], 'Production facts from the studio delivery.'),
  col('is_original', 'boolean', 'A Lumen Original.'),
  col('published_at', 'timestamp', 'When the title was last published in the CMS.'),
]

export const contentProducts: DataProduct[] = [
  product({
    domainId: 'content',
    name: 'titles',
    title: 'Titles',
    kind: 'source-aligned',
    version: '4.2.0',
    description: `Every film and series in the Lumen catalogue, as published by the CMS, **including** titles not yet available.

## Keys
- \`title_id\` is stable for life; a re-release keeps its id.
- Series have one row; see *Episodes* for episodes.

Availability per country is in *Availability windows* (Content licensing).`,
    tags: ['reference', 'gold'],
    glossaryTerms: ['Title'],
    owners: [...contentOwners, steward('lena-fischer')],
    inputPorts: [external('CMS', 'cms', 'Nightly export and change events from the content management system.')],
    outputPorts: [
      table({ id: 'titles-table', location: 'lumen_prod.content.titles', columns: titleColumns }),
      topic({ id: 'title-published-topic', location: 'kafka://events.content.title-published.v1', format: 'json',
        columns: [eventId(), eventTime(), ...titleColumns.slice(0, 4)] }),
    ],
    contract: '4.0.0',
    slos: [
      freshness('CMS changes visible within 1 hour', 'met', '14 min p95'),
      completeness('Every published title has an English synopsis', 'breached', '312 titles missing'),
    ],
    updatedAt: '2026-03-17T11:25:00Z',
  }),
  product({
    domainId: 'content',
    name: 'episodes',
    title: 'Episodes',
    kind: 'source-aligned',
    description: 'Seasons and episodes of every series, with runtimes and air dates.',
    tags: ['reference'],
    owners: [...contentOwners],
    inputPorts: [external('CMS', 'cms')],
    outputPorts: [
      table({ id: 'episodes-table', location: 'lumen_prod.content.episodes', columns: [
        episodeId(), titleId(), col('season_number', 'int', 'Season, from 1.'), col('episode_number', 'int', 'Episode within the season.'),
        col('episode_name', 'string', 'Episode title in English.'), col('runtime_minutes', 'int', 'Runtime.'),
        col('first_aired_on', 'date', 'Original air date.'),
      ] }),
    ],
    contract: '1.2.0',
    slos: [freshness('Within 1 hour of publication', 'met')],
    updatedAt: '2026-01-12T09:00:00Z',
  }),
  product({
    domainId: 'content',
    name: 'artwork_assets',
    title: 'Artwork assets',
    kind: 'source-aligned',
    description: `Posters, landscape tiles and logos for every title and locale, with CDN URLs.

Artwork may not be used outside Lumen surfaces; see the licence terms in the asset record.`,
    tags: ['assets'],
    owners: [...contentOwners],
    inputPorts: [external('Digital asset management (DAM)', 'dam')],
    outputPorts: [
      file({ id: 'artwork-files', location: 's3://lumen-lake/content/artwork/', columns: [
        col('asset_id', 'string', 'DAM asset id.'), titleId(), col('locale', 'string', 'Locale of any text in the image.'),
        col('kind', 'string', '`poster`, `landscape`, `logo`, `background`.'), col('cdn_url', 'string', 'Public URL.'),
        col('width', 'int'), col('height', 'int'), col('approved', 'boolean', 'Cleared by brand review.'),
      ] }),
    ],
    updatedAt: '2026-02-08T16:10:00Z',
  }),
  product({
    domainId: 'content',
    name: 'talent_credits',
    title: 'Cast and crew credits',
    kind: 'source-aligned',
    description: 'Cast and crew per title and episode, from the studio deliveries and the metadata vendor.',
    tags: ['reference'],
    owners: [...contentOwners],
    inputPorts: [external('Metadata vendor feed (Gracenote)', 'gracenote')],
    outputPorts: [
      table({ id: 'credits-table', location: 'lumen_prod.content.talent_credits', columns: [
        titleId(), episodeId(), col('person_name', 'string', 'Name as credited.'), col('role', 'string', '`actor`, `director`, `writer`…'),
        col('character_name', 'string', 'Character, for actors.'), col('billing_order', 'int', 'Order in the credits.'),
      ] }),
    ],
    slos: [freshness('Weekly, by Monday', 'unknown')],
    updatedAt: '2026-01-30T10:40:00Z',
  }),
  product({
    domainId: 'content',
    name: 'genres_taxonomy',
    title: 'Genres taxonomy',
    kind: 'source-aligned',
    description: '',
    inputPorts: [external('Editorial spreadsheet', 'google-sheets')],
    outputPorts: [
      table({ id: 'genres-table', location: 'lumen_prod.content.genres', access: false, columns: undocumented(
        'genre_id string', 'genre_name string', 'parent_genre_id string', 'is_browsable boolean', 'sort_order int',
      ) }),
    ],
    links: [],
    updatedAt: '2026-01-05T08:00:00Z',
    updatedBy: 'chloe-martin',
  }),
  product({
    domainId: 'content',
    name: 'content_catalogue_enriched',
    title: 'Content catalogue, enriched',
    kind: 'aggregate',
    version: '2.1.0',
    description: `Titles joined with episodes, credits and licensing: one row per title with everything a consumer usually needs.

Titles with no active availability window in any territory are kept with \`territories_available = 0\`.`,
    tags: ['gold', 'reference'],
    glossaryTerms: ['Title', 'Availability window'],
    owners: [...contentOwners, steward('lena-fischer')],
    inputPorts: [
      reads('content.titles', 'titles-table'),
      reads('content.episodes', 'episodes-table'),
      reads('content.talent_credits', 'credits-table'),
      reads('content-licensing.availability_windows', 'windows-table'),
    ],
    outputPorts: [
      table({ id: 'catalogue-table', location: 'lumen_prod.content.catalogue_enriched', columns: [
        titleId(), col('title_name', 'string', 'Display title.'), col('content_type', 'string', '`film` or `series`.'),
        col('genre_primary', 'string', 'Most specific genre.'), col('release_year', 'int', 'Release year.'),
        col('is_original', 'boolean', 'A Lumen Original.'), col('licence_type', 'string', '`original`, `exclusive`, `non_exclusive`.'),
        col('territories_available', 'int', 'Countries where the title can be watched today.'),
        col('seasons', 'int', 'Seasons, for series.'), col('episodes_count', 'int', 'Episodes, for series.'),
        arrayOfStruct('top_cast', [col('person_name', 'string'), col('character_name', 'string')], 'First five billed actors.'),
      ] }),
    ],
    contract: '2.0.0',
    slos: [freshness('Rebuilt hourly', 'met', '47 min ago')],
    updatedAt: '2026-04-21T12:00:00Z',
  }),
  product({
    domainId: 'content',
    name: 'content_performance',
    title: 'Content performance, daily',
    kind: 'aggregate',
    version: '1.3.0',
    description: `How every title performs each day: watch time, reach and completion, with the catalogue attributes to slice by.

Use it for **title-level** questions. For the finance view of cost per viewing hour see *Content cost per viewing hour*.`,
    tags: ['gold', 'kpi'],
    glossaryTerms: ['Watch time', 'Completion rate'],
    owners: [productOwner('daniel-kim', 'content-data'), technicalOwner('content-data'), steward('lena-fischer')],
    inputPorts: [reads('playback.viewing_time_daily', 'daily-table'), reads('content.content_catalogue_enriched', 'catalogue-table')],
    outputPorts: [
      table({ id: 'performance-table', location: 'lumen_prod.content.title_performance_daily', columns: [
        titleId(), col('activity_date', 'date', 'UTC date.'), countryCode(),
        col('total_watch_minutes', 'decimal(18,2)', 'Minutes watched.', { tags: ['kpi'] }),
        col('sessions', 'bigint', 'Sessions.'), col('unique_viewers', 'bigint', 'Distinct profiles.'),
        col('completion_rate', 'double', 'Share of sessions reaching the credits.'),
        col('genre_primary', 'string', 'Genre.'), col('licence_type', 'string', 'Licence type.'),
        col('days_since_release', 'int', 'Days since the title became available.'),
      ] }),
    ],
    contract: '1.3.0',
    slos: [freshness('By 08:00 UTC', 'met', '07:31 UTC'), completeness('All titles with views present', 'met')],
    columnLineage: [
      derived('performance-table', 'total_watch_minutes', ['playback.viewing_time_daily', 'daily-table', 'watch_minutes']),
      derived('performance-table', 'sessions', ['playback.viewing_time_daily', 'daily-table', 'sessions_count']),
      derived('performance-table', 'licence_type', ['content.content_catalogue_enriched', 'catalogue-table', 'licence_type']),
    ],
    updatedAt: '2026-05-06T07:50:00Z',
  }),
  product({
    domainId: 'content',
    name: 'title_metadata_api',
    title: 'Title metadata API',
    kind: 'consumer-aligned',
    description: 'Title metadata for the apps and partners: names, synopses, artwork and availability in the caller\'s country.',
    tags: ['api', 'serving'],
    owners: [productOwner('daniel-kim', 'content-data'), technicalOwner('content-metadata-eng')],
    inputPorts: [reads('content.content_catalogue_enriched', 'catalogue-table'), reads('content.artwork_assets', 'artwork-files')],
    outputPorts: [
      api({ id: 'titles-api', location: 'https://api.lumen.example/content/titles/v2', columns: [
        titleId(), col('title_name', 'string', 'Localised title.'), col('synopsis', 'string', 'Localised synopsis.'),
        col('artwork_url', 'string', 'Best artwork for the locale.'), col('available', 'boolean', 'Watchable in the caller\'s country.'),
        col('maturity_rating', 'string', 'Maturity rating.'),
      ] }),
    ],
    contract: '2.0.0',
    slos: [availability('99.95% of requests succeed', 'met', '99.99%'), freshness('Catalogue changes live within 2 hours', 'met')],
    updatedAt: '2026-03-24T15:35:00Z',
  }),
  product({
    domainId: 'content',
    name: 'content_performance_weekly',
    title: 'Content performance weekly report',
    kind: 'consumer-aligned',
    description: `The Monday report for content acquisition and programming: top titles, new releases, and titles past their peak.

- Top 100 titles by watch time, per region
- New releases in their first 28 days
- Titles whose licence expires within 90 days, with their watch time`,
    tags: ['kpi', 'report'],
    glossaryTerms: ['Watch time'],
    owners: [productOwner('daniel-kim', 'content-data'), technicalOwner('content-data')],
    inputPorts: [
      reads('content.content_performance', 'performance-table'),
      reads('content-licensing.rights_expiry_outlook', 'expiry-table'),
    ],
    outputPorts: [
      view({ id: 'weekly-view', location: 'lumen_prod.content.performance_weekly', columns: [
        col('week_start', 'date', 'Monday of the ISO week.'), col('region', 'string', '`EMEA`, `NA`, `LATAM`, `APAC`.'),
        titleId(), col('rank', 'int', 'Rank by watch time in the region.'),
        col('watch_minutes', 'decimal(18,2)', 'Minutes watched in the week.'), col('licence_expires_on', 'date', 'Earliest expiry.'),
      ] }),
    ],
    slos: [freshness('Mondays by 09:00 UTC', 'breached', 'published 13:40 UTC on 2026-05-18')],
    columnLineage: [derived('weekly-view', 'watch_minutes', ['content.content_performance', 'performance-table', 'total_watch_minutes'])],
    extraLinks: [dashboard('Content weekly', 'content-weekly')],
    updatedAt: '2026-05-19T08:00:00Z',
  }),
]

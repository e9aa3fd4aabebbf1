import type { DataProduct } from '../../model/types'
import { arrayOfStruct, col, tagged, undocumented } from './build-columns'
import { api, file, table, topic } from './build-ports'
import {
  availability,
  dashboard,
  derived,
  external,
  freshness,
  product,
  productOwner,
  reads,
  technicalOwner,
} from './build-product'
import { device, eventId, eventTime, profileId, titleId } from './common-columns'

const recsOwners = [productOwner('clara-hoffmann', 'recs-ml'), technicalOwner('recs-ml')]

export const recommendationsProducts: DataProduct[] = [
  product({
    domainId: 'recommendations',
    name: 'recommendation_impressions',
    title: 'Recommendation impressions',
    kind: 'source-aligned',
    version: '2.2.0',
    description: `Every row and tile shown to a profile, with its position and the model that ranked it.

An impression is logged when at least **50%** of the tile is visible for **one second**.`,
    tags: ['events', 'ml'],
    glossaryTerms: ['Impression'],
    owners: [...recsOwners],
    inputPorts: [external('Recommendation serving logs', 'recs-serving')],
    outputPorts: [
      topic({ id: 'impressions-topic', location: 'kafka://events.recommendations.impression.v2', columns: [
        eventId(), eventTime(), profileId(), col('page', 'string', '`home`, `browse`, `search`, `post_play`.'),
        col('row_id', 'string', 'Row shown.'), col('row_position', 'int', 'Row index from the top.'),
        arrayOfStruct('tiles', [titleId(), col('position', 'int', 'Column index.'), col('score', 'double', 'Ranker score.')],
          'Tiles visible in the row.'),
        col('model_version', 'string', 'Ranker that produced the row.'), device(),
      ] }),
      table({ id: 'impressions-table', location: 'lumen_prod.recommendations.impressions', format: 'delta', columns: [
        eventId(), eventTime(), profileId(), col('row_id', 'string', 'Row shown.'), titleId(),
        col('position', 'int', 'Tile position.'), col('model_version', 'string', 'Ranker.'),
      ] }),
    ],
    contract: '2.0.0',
    slos: [freshness('Table within 30 minutes', 'met', '18 min'), availability('Topic 99.9%', 'met')],
    updatedAt: '2026-02-12T10:50:00Z',
  }),
  product({
    domainId: 'recommendations',
    name: 'user_title_interactions',
    title: 'Profile–title interactions',
    kind: 'aggregate',
    description: `Implicit feedback per profile and title: impressions, plays, completions, thumbs.

The training set for every ranker. Kids profiles are excluded.`,
    tags: ['ml', 'pii'],
    glossaryTerms: ['Impression', 'Watch time'],
    owners: [...recsOwners],
    inputPorts: [
      reads('recommendations.recommendation_impressions', 'impressions-table'),
      reads('playback.playback_sessions', 'sessions-table'),
      reads('customer.customer_preferences', 'preferences-table'),
    ],
    outputPorts: [
      table({ id: 'interactions-table', location: 'lumen_prod.recommendations.interactions', columns: [
        profileId(), titleId(), col('impressions', 'int', 'Times shown.'), col('plays', 'int', 'Sessions started.'),
        tagged(col('watch_seconds', 'bigint', 'Seconds watched.'), 'Watch time'), col('completed', 'boolean', 'Reached the credits.'),
        col('thumb', 'int', '-1, 0 or 1.'), col('last_interaction_at', 'timestamp', 'Latest interaction.'),
      ] }),
    ],
    contract: '1.0.0',
    slos: [freshness('Daily by 05:00 UTC', 'met')],
    columnLineage: [
      derived('interactions-table', 'watch_seconds', ['playback.playback_sessions', 'sessions-table', 'duration_seconds']),
      derived('interactions-table', 'impressions', ['recommendations.recommendation_impressions', 'impressions-table', 'event_id']),
    ],
    updatedAt: '2026-03-18T05:40:00Z',
  }),
  product({
    domainId: 'recommendations',
    name: 'title_embeddings',
    title: 'Title embeddings',
    kind: 'aggregate',
    version: '4.0.0',
    description: 'A 256-dimension embedding per title from co-viewing and metadata, for similarity and cold start.',
    tags: ['ml'],
    owners: [...recsOwners],
    inputPorts: [
      reads('content.content_catalogue_enriched', 'catalogue-table'),
      reads('recommendations.user_title_interactions', 'interactions-table'),
    ],
    outputPorts: [
      file({ id: 'embeddings-files', location: 's3://lumen-lake/recommendations/title-embeddings/', columns: [
        titleId(), col('embedding', 'array<float>', 'Unit-length vector.'), col('dimensions', 'int', 'Vector length, currently 256.'),
        col('model_version', 'string', 'Embedding model.'),
        col('trained_at', 'timestamp', 'Training run.'),
      ] }),
    ],
    slos: [freshness('Retrained weekly', 'met')],
    updatedAt: '2026-04-22T20:00:00Z',
  }),
  product({
    domainId: 'recommendations',
    name: 'recommendation_features',
    title: 'Recommendation feature store',
    kind: 'aggregate',
    description: 'Online and offline features per profile for the rankers. Offline snapshot shown here.',
    tags: ['ml'],
    owners: [...recsOwners],
    inputPorts: [
      reads('recommendations.user_title_interactions', 'interactions-table'),
      reads('customer.customer_segments', 'segments-table'),
    ],
    outputPorts: [
      table({ id: 'features-table', location: 'lumen_prod.recommendations.profile_features', format: 'parquet', columns: [
        profileId(), ...undocumented(
          'genre_affinity map<string,double>', 'recent_titles array<string>', 'binge_propensity double',
          'preferred_hour int', 'device_mix map<string,double>', 'taste_cluster int', 'feature_ts timestamp',
        ),
      ] }),
    ],
    slos: [freshness('Offline snapshot daily', 'unknown')],
    updatedAt: '2026-01-29T12:00:00Z',
  }),
  product({
    domainId: 'recommendations',
    name: 'home_rows_api',
    title: 'Home page rows API',
    kind: 'consumer-aligned',
    version: '1.7.0',
    description: `Ranked rows for a profile's home page, as served to every app.

\`\`\`http
GET https://api.lumen.example/recommendations/v1/home?profile_id=p-123&rows=20
\`\`\``,
    tags: ['api', 'ml', 'serving'],
    owners: [...recsOwners],
    inputPorts: [
      reads('recommendations.recommendation_features', 'features-table'),
      reads('recommendations.title_embeddings', 'embeddings-files'),
      reads('content.title_metadata_api', 'titles-api'),
    ],
    outputPorts: [
      api({ id: 'home-api', location: 'https://api.lumen.example/recommendations/v1', columns: [
        profileId(), col('row_id', 'string', 'Row id.'), col('row_title', 'string', 'Localised row title.'),
        arrayOfStruct('tiles', [titleId(), col('score', 'double', 'Ranker score.')], 'Ordered tiles.'),
        col('model_version', 'string', 'Ranker.'),
      ] }),
    ],
    contract: '1.7.0',
    slos: [availability('99.95% of requests under 150 ms', 'breached', '99.81% in May')],
    extraLinks: [dashboard('Home rows', 'home-rows')],
    updatedAt: '2026-05-21T16:30:00Z',
  }),
  product({
    domainId: 'recommendations',
    name: 'recommendation_model_evaluation',
    title: 'Recommendation model evaluation',
    kind: 'consumer-aligned',
    description: 'Offline and online metrics per ranker version: NDCG, take rate and watch time per impression.',
    tags: ['ml', 'kpi'],
    owners: [...recsOwners],
    inputPorts: [
      reads('recommendations.user_title_interactions', 'interactions-table'),
      reads('experimentation.experiment_metrics', 'metrics-table'),
    ],
    outputPorts: [
      table({ id: 'evaluation-table', location: 'lumen_prod.recommendations.model_evaluation', columns: [
        col('model_version', 'string', 'Ranker.'), col('evaluated_on', 'date', 'Evaluation date.'),
        col('ndcg_at_10', 'double', 'Offline NDCG@10.'), col('take_rate', 'double', 'Plays per impression.'),
        col('watch_seconds_per_impression', 'double', 'Watch time per impression.'),
      ] }),
    ],
    updatedAt: '2026-04-03T09:15:00Z',
  }),
  product({
    domainId: 'recommendations',
    name: 'similar_titles_legacy',
    title: 'Similar titles (legacy)',
    kind: 'aggregate',
    lifecycle: 'deprecated',
    replacedBy: 'recommendations.title_embeddings',
    version: '2.9.1',
    description: 'Top 50 similar titles per title from the old co-viewing model. Use *Title embeddings*.',
    tags: ['legacy', 'ml'],
    owners: [technicalOwner('recs-ml')],
    inputPorts: [reads('recommendations.user_title_interactions', 'interactions-table')],
    outputPorts: [
      table({ id: 'similar-table', location: 'lumen_prod.recommendations.similar_titles', columns: [
        titleId(), ...undocumented('similar_title_id string', 'similarity double', 'rank int', 'model_run string'),
      ] }),
    ],
    slos: [freshness('Weekly', 'unknown')],
    updatedAt: '2026-02-20T10:00:00Z',
    updatedBy: 'noah-levi',
  }),
]

import type { DataProduct } from '../../model/types'
import { arrayOfStruct, col, undocumented } from './build-columns'
import { table, view } from './build-ports'
import { external, freshness, product, productOwner, reads, technicalOwner } from './build-product'
import { accountId, profileId } from './common-columns'

export const experimentationProducts: DataProduct[] = [
  product({
    domainId: 'experimentation',
    name: 'experiment_assignments',
    title: 'Experiment assignments',
    kind: 'source-aligned',
    description: '',
    tags: ['events'],
    inputPorts: [external('Experimentation service (feature flags)', 'flagd')],
    outputPorts: [
      table({ id: 'assignments-table', location: 'lumen_prod.experimentation.assignments', columns: [
        ...undocumented('experiment_id string', 'variant string', 'unit_type string'), accountId(), profileId(),
        col('assigned_at', 'timestamp', 'First exposure.'),
      ] }),
    ],
    links: [],
    updatedAt: '2026-01-16T12:00:00Z',
    updatedBy: 'david-cohen',
  }),
  product({
    domainId: 'experimentation',
    name: 'experiment_metrics',
    title: 'Experiment metrics',
    kind: 'aggregate',
    description: `Per-unit metrics for every running experiment: watch time, retention and conversion, joined to assignments.

Metric definitions are in the [metrics catalogue](https://experiments.lumen.example/metrics).`,
    tags: ['experimentation'],
    glossaryTerms: ['Watch time', 'Active subscriber'],
    owners: [productOwner('mila-ivanova', 'experimentation-platform'), technicalOwner('experimentation-platform')],
    inputPorts: [
      reads('experimentation.experiment_assignments', 'assignments-table'),
      reads('playback.playback_sessions', 'sessions-table'),
      reads('subscriptions-billing.subscriber_daily_snapshot', 'snapshot-table'),
    ],
    outputPorts: [
      table({ id: 'metrics-table', location: 'lumen_prod.experimentation.unit_metrics', columns: [
        col('experiment_id', 'string', 'Experiment.'), col('variant', 'string', 'Variant.'), accountId(),
        col('watch_minutes', 'decimal(18,2)', 'Minutes watched since exposure.'),
        col('retained_d28', 'boolean', 'Still active 28 days after exposure.'),
        col('converted', 'boolean', 'Trial converted to paid.'),
      ] }),
    ],
    slos: [freshness('Daily by 09:00 UTC', 'met')],
    updatedAt: '2026-03-23T09:20:00Z',
  }),
  product({
    domainId: 'experimentation',
    name: 'experiment_results',
    title: 'Experiment results',
    kind: 'consumer-aligned',
    description: 'Effect sizes with confidence intervals per experiment, variant and metric, as shown in the experiment UI.',
    tags: ['experimentation', 'kpi'],
    owners: [productOwner('mila-ivanova', 'experimentation-platform'), technicalOwner('experimentation-platform')],
    inputPorts: [reads('experimentation.experiment_metrics', 'metrics-table')],
    outputPorts: [
      view({ id: 'results-view', location: 'lumen_prod.experimentation.results', columns: [
        col('experiment_id', 'string', 'Experiment.'), col('variant', 'string', 'Variant.'), col('metric', 'string', 'Metric.'),
        col('effect', 'double', 'Relative lift over control.'),
        arrayOfStruct('intervals', [col('level', 'double', 'Confidence level.'), col('low', 'double'), col('high', 'double')],
          'Confidence intervals.'),
        col('p_value', 'double', 'Two-sided p-value.'),
      ] }),
    ],
    slos: [freshness('Daily by 10:00 UTC', 'breached', 'stale since 2026-05-28')],
    updatedAt: '2026-05-28T10:00:00Z',
  }),
]

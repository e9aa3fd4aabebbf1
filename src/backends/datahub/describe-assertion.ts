import type { WireAssertion } from './datahub-wire'
import { simpleFieldPath } from './field-path'

/** A DataHub assertion as a person reads it: what it checks, in which quality dimension, on which column. */
export interface AssertionRule {
  name: string
  dimension: string
  column?: string
  /** The rule spelled out when a human description names it, or the SQL it runs. */
  detail?: string
}

type Info = WireAssertion['info']
type Parameters = { value?: { value: string } | null; minValue?: { value: string } | null; maxValue?: { value: string } | null } | null | undefined

export const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
/** `SOURCE_CONNECTION_ERROR` → `source connection error`. */
export const words = (value: string) => value.toLowerCase().replace(/_/g, ' ').trim()
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** A parameter as written: numbers grouped, JSON lists joined. */
function show(value: string | undefined, unit = ''): string {
  if (value === undefined) return '?'
  if (/^-?\d+(\.\d+)?$/.test(value)) return `${Number(value).toLocaleString('en')}${unit}`
  if (value.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(value)
      if (Array.isArray(list)) return list.map(String).join(', ')
    } catch {
      // not JSON: shown as written
    }
  }
  return clip(value, 80)
}

/** `is between 1,000 and 5,000`, `is not null`, … */
export function condition(operator: string, parameters: Parameters, unit = ''): string {
  const one = (...candidates: (string | undefined)[]) => show(candidates.find((c) => c !== undefined), unit)
  const value = parameters?.value?.value
  const min = parameters?.minValue?.value
  const max = parameters?.maxValue?.value
  switch (operator) {
    case 'BETWEEN':
      return `is between ${one(min)} and ${one(max)}`
    case 'LESS_THAN':
      return `is less than ${one(value, max)}`
    case 'LESS_THAN_OR_EQUAL_TO':
      return `is at most ${one(value, max)}`
    case 'GREATER_THAN':
      return `is more than ${one(value, min)}`
    case 'GREATER_THAN_OR_EQUAL_TO':
      return `is at least ${one(value, min)}`
    case 'EQUAL_TO':
      return `is ${one(value)}`
    case 'NOT_EQUAL_TO':
      return `is not ${one(value)}`
    case 'NULL':
      return 'is null'
    case 'NOT_NULL':
      return 'is not null'
    case 'CONTAIN':
      return `contains “${one(value)}”`
    case 'START_WITH':
      return `starts with “${one(value)}”`
    case 'END_WITH':
      return `ends with “${one(value)}”`
    case 'REGEX_MATCH':
      return `matches ${one(value)}`
    case 'IN':
      return `is one of ${one(value)}`
    case 'NOT_IN':
      return `is none of ${one(value)}`
    case 'IS_TRUE':
      return 'is true'
    case 'IS_FALSE':
      return 'is false'
    default:
      return 'meets a condition of its platform'
  }
}

/** The quality dimension of a metric or aggregation DataHub computes. */
function metricDimension(metric: string): string {
  if (/^(NULL|EMPTY)_/.test(metric)) return 'completeness'
  if (/^UNIQUE_/.test(metric)) return 'uniqueness'
  if (metric === 'ROW_COUNT') return 'volume'
  if (metric === 'COLUMNS' || metric === 'COLUMN_COUNT') return 'schema'
  return 'validity'
}

const COMPATIBILITY: Record<string, string> = {
  EXACT_MATCH: 'Schema matches the expected one exactly',
  SUPERSET: 'Schema keeps every expected column',
  SUBSET: 'Schema has no column beyond the expected ones',
}

function generated(info: Info): Omit<AssertionRule, 'detail'> & { sql?: string } {
  const { fieldAssertion: field, volumeAssertion: volume, sqlAssertion: sql, datasetAssertion: dataset, customAssertion: custom, schemaAssertion: schema } = info
  switch (info.type) {
    case 'FRESHNESS':
      return { name: 'Freshness', dimension: 'freshness' }
    case 'FIELD': {
      const metric = field?.fieldMetricAssertion
      if (metric) {
        const column = simpleFieldPath(metric.field.path)
        return { name: `${capital(words(metric.metric))} of ${column} ${condition(metric.operator, metric.parameters)}`, dimension: metricDimension(metric.metric), column }
      }
      const values = field?.fieldValuesAssertion
      if (values) {
        const column = simpleFieldPath(values.field.path)
        return { name: `Every ${column} ${condition(values.operator, values.parameters)}`, dimension: 'validity', column }
      }
      return { name: 'Column check', dimension: 'validity' }
    }
    case 'VOLUME': {
      const unit = (change: { type?: string | null } | null | undefined) => (change?.type === 'PERCENTAGE' ? '%' : '')
      const segment = (s: { segment?: { field: { path: string } } | null }) => (s.segment ? ` of the latest ${simpleFieldPath(s.segment.field.path)} segment` : ' of the latest segment')
      const name = volume?.rowCountTotal
        ? `Row count ${condition(volume.rowCountTotal.operator, volume.rowCountTotal.parameters)}`
        : volume?.rowCountChange
          ? `Row count change ${condition(volume.rowCountChange.operator, volume.rowCountChange.parameters, unit(volume.rowCountChange))}`
          : volume?.incrementingSegmentRowCountTotal
            ? `Row count${segment(volume.incrementingSegmentRowCountTotal)} ${condition(volume.incrementingSegmentRowCountTotal.operator, volume.incrementingSegmentRowCountTotal.parameters)}`
            : volume?.incrementingSegmentRowCountChange
              ? `Row count change${segment(volume.incrementingSegmentRowCountChange)} ${condition(volume.incrementingSegmentRowCountChange.operator, volume.incrementingSegmentRowCountChange.parameters, unit(volume.incrementingSegmentRowCountChange))}`
              : 'Row count'
      return { name, dimension: 'volume' }
    }
    case 'SQL': {
      if (!sql) return { name: 'SQL check', dimension: 'custom SQL' }
      const unit = sql.changeType === 'PERCENTAGE' ? '%' : ''
      const subject = sql.type === 'METRIC_CHANGE' ? 'Change of the SQL metric' : 'SQL metric'
      return { name: `${subject} ${condition(sql.operator, sql.parameters, unit)}`, dimension: 'custom SQL', ...(sql.statement?.trim() ? { sql: clip(sql.statement.trim().replace(/\s+/g, ' '), 160) } : {}) }
    }
    case 'DATA_SCHEMA':
      return { name: COMPATIBILITY[schema?.compatibility ?? ''] ?? 'Schema matches the expected one', dimension: 'schema' }
    case 'DATASET': {
      if (!dataset) return { name: 'Dataset check', dimension: 'validity' }
      const fields = (dataset.fields ?? []).map((f) => simpleFieldPath(f.path))
      const column = fields.length === 1 ? fields[0] : undefined
      const aggregation = dataset.aggregation ?? 'IDENTITY'
      const dimension = metricDimension(aggregation)
      if (dataset.operator === '_NATIVE_' || aggregation === '_NATIVE_') {
        return { name: capital(words(dataset.nativeType ?? 'native check')), dimension, ...(column ? { column } : {}) }
      }
      const subject =
        aggregation === 'IDENTITY' ? `Every ${fields.join(', ') || 'value'}` : `${capital(words(aggregation))}${fields.length ? ` of ${fields.join(', ')}` : ''}`
      return { name: `${subject} ${condition(dataset.operator, dataset.parameters)}`, dimension, ...(column ? { column } : {}) }
    }
    case 'CUSTOM': {
      const column = custom?.field ? simpleFieldPath(custom.field.path) : undefined
      return { name: custom ? `${capital(words(custom.type))} check` : 'Custom check', dimension: 'custom', ...(column ? { column } : {}) }
    }
    default:
      return { name: `${capital(words(info.type))} check`, dimension: words(info.type) }
  }
}

/** What an assertion checks; its own description, when DataHub has one, names it. */
export function describeAssertion(assertion: WireAssertion): AssertionRule {
  const { sql, ...rule } = generated(assertion.info)
  const description = assertion.info.description?.trim()
  const detail = [description ? rule.name : undefined, sql].filter(Boolean).join(': ')
  return { ...rule, name: description ? clip(description, 200) : rule.name, ...(detail ? { detail } : {}) }
}

/** The promise a freshness assertion keeps, e.g. "Updated at least every 6 hours". */
export function freshnessObjective(assertion: WireAssertion): string {
  const freshness = assertion.info.freshnessAssertion
  const schedule = freshness?.schedule
  const subject = freshness?.type === 'DATA_JOB_RUN' ? 'Its job runs' : 'Updated'
  const interval = schedule?.fixedInterval
  if (schedule?.type === 'FIXED_INTERVAL' && interval) {
    const unit = words(interval.unit)
    return `${subject} at least every ${interval.multiple === 1 ? unit : `${interval.multiple} ${unit}s`}`
  }
  const cron = schedule?.cron
  if (schedule?.type === 'CRON' && cron) {
    const zone = cron.timezone?.trim() || 'UTC'
    const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.cron.trim())
    if (daily) return `${subject} daily by ${daily[2]!.padStart(2, '0')}:${daily[1]!.padStart(2, '0')} ${zone}`
    return `${subject} on the schedule ${clip(cron.cron, 60)} (${zone})`
  }
  if (schedule?.type === 'SINCE_THE_LAST_CHECK') return `${subject} between one check and the next`
  return assertion.info.description?.trim() ? clip(assertion.info.description.trim(), 200) : `${subject} on schedule`
}

export interface LatestRun {
  /** SUCCESS, FAILURE, ERROR or INIT, as DataHub says. */
  result: string
  at: number
  error?: string
}

/** The assertion's most recent completed run with a result. */
export function latestRun(assertion: WireAssertion): LatestRun | undefined {
  let latest: LatestRun | undefined
  for (const run of assertion.runEvents?.runEvents ?? []) {
    if (!run.result || (latest && latest.at >= run.timestampMillis)) continue
    latest = { result: run.result.type, at: run.timestampMillis, ...(run.result.error ? { error: run.result.error.type } : {}) }
  }
  return latest
}

/** `2025-01-02 06:00 UTC`: the same for every reader, whatever their locale. */
export function formatTime(millis: number): string {
  const date = new Date(millis)
  return Number.isNaN(date.getTime()) ? 'an unknown time' : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

import type { WireAssertion } from './datahub-wire'
import { condition, describeAssertion, formatTime, freshnessObjective, latestRun } from './describe-assertion'

const assertion = (info: Partial<WireAssertion['info']> & { type: string }, runs: { at: number; type: string; error?: string }[] = []): WireAssertion => ({
  urn: 'urn:li:assertion:a',
  info,
  runEvents: { runEvents: runs.map((r) => ({ timestampMillis: r.at, result: { type: r.type, error: r.error ? { type: r.error } : null } })) },
})
const value = (v: string) => ({ value: { value: v } })

describe('condition', () => {
  it('reads DataHub’s operators as words, numbers grouped and lists joined', () => {
    expect(condition('BETWEEN', { minValue: { value: '1000' }, maxValue: { value: '25000' } })).toBe('is between 1,000 and 25,000')
    expect(condition('GREATER_THAN_OR_EQUAL_TO', value('0.5'))).toBe('is at least 0.5')
    expect(condition('LESS_THAN', { maxValue: { value: '10' } }, '%')).toBe('is less than 10%')
    expect(condition('IN', value('["EUR","USD"]'))).toBe('is one of EUR, USD')
    expect(condition('NOT_NULL', null)).toBe('is not null')
    expect(condition('REGEX_MATCH', value('^[A-Z]{3}$'))).toBe('matches ^[A-Z]{3}$')
  })

  it('says so when a parameter is missing or the operator is one DataHub adds later', () => {
    expect(condition('EQUAL_TO', null)).toBe('is ?')
    expect(condition('SOUNDS_LIKE', value('x'))).toBe('meets a condition of its platform')
  })
})

describe('describeAssertion', () => {
  it('names a column metric with its column and dimension', () => {
    const rule = describeAssertion(
      assertion({
        type: 'FIELD',
        fieldAssertion: { type: 'FIELD_METRIC', fieldMetricAssertion: { field: { path: '[version=2.0].[type=struct].shipping.[type=string].city' }, metric: 'NULL_PERCENTAGE', operator: 'LESS_THAN', parameters: value('1') } },
      }),
    )
    expect(rule).toEqual({ name: 'Null percentage of shipping.city is less than 1', dimension: 'completeness', column: 'shipping.city' })
  })

  it('names value checks, uniqueness, volume, schema, legacy dataset and custom assertions', () => {
    const name = (info: Parameters<typeof assertion>[0]) => describeAssertion(assertion(info))
    expect(name({ type: 'FIELD', fieldAssertion: { type: 'FIELD_VALUES', fieldValuesAssertion: { field: { path: 'amount' }, operator: 'GREATER_THAN_OR_EQUAL_TO', parameters: value('0') } } })).toEqual({
      name: 'Every amount is at least 0',
      dimension: 'validity',
      column: 'amount',
    })
    expect(name({ type: 'FIELD', fieldAssertion: { type: 'FIELD_METRIC', fieldMetricAssertion: { field: { path: 'id' }, metric: 'UNIQUE_PERCENTAGE', operator: 'EQUAL_TO', parameters: value('100') } } }).dimension).toBe('uniqueness')
    expect(
      name({ type: 'VOLUME', volumeAssertion: { type: 'ROW_COUNT_CHANGE', rowCountChange: { type: 'PERCENTAGE', operator: 'BETWEEN', parameters: { minValue: { value: '-10' }, maxValue: { value: '10' } } } } }),
    ).toEqual({ name: 'Row count change is between -10% and 10%', dimension: 'volume' })
    expect(
      name({
        type: 'VOLUME',
        volumeAssertion: { type: 'INCREMENTING_SEGMENT_ROW_COUNT_TOTAL', incrementingSegmentRowCountTotal: { segment: { field: { path: 'event_date' } }, operator: 'GREATER_THAN', parameters: value('0') } },
      }).name,
    ).toBe('Row count of the latest event_date segment is more than 0')
    expect(name({ type: 'DATA_SCHEMA', schemaAssertion: { compatibility: 'EXACT_MATCH', fields: [] } })).toEqual({ name: 'Schema matches the expected one exactly', dimension: 'schema' })
    expect(name({ type: 'DATASET', datasetAssertion: { fields: [{ path: 'email' }], aggregation: 'IDENTITY', operator: 'NOT_NULL' } })).toEqual({
      name: 'Every email is not null',
      dimension: 'validity',
      column: 'email',
    })
    expect(name({ type: 'DATASET', datasetAssertion: { aggregation: 'ROW_COUNT', operator: 'GREATER_THAN', parameters: value('0') } })).toEqual({ name: 'Row count is more than 0', dimension: 'volume' })
    expect(name({ type: 'DATASET', datasetAssertion: { fields: [{ path: 'a' }], operator: '_NATIVE_', nativeType: 'expect_column_values_to_be_unique' } }).name).toBe(
      'Expect column values to be unique',
    )
    expect(name({ type: 'CUSTOM', customAssertion: { type: 'PII_SCAN', field: { path: 'email' } } })).toEqual({ name: 'Pii scan check', dimension: 'custom', column: 'email' })
    expect(name({ type: 'ANOMALY' })).toEqual({ name: 'Anomaly check', dimension: 'anomaly' })
  })

  it('lets DataHub’s own description name the check, keeping the rule and its SQL as detail', () => {
    const rule = describeAssertion(
      assertion({
        type: 'SQL',
        description: '  No negative totals ',
        sqlAssertion: { type: 'METRIC', statement: 'SELECT COUNT(*)\n  FROM orders\n  WHERE total < 0', operator: 'EQUAL_TO', parameters: value('0') },
      }),
    )
    expect(rule).toEqual({ name: 'No negative totals', dimension: 'custom SQL', detail: 'SQL metric is 0: SELECT COUNT(*) FROM orders WHERE total < 0' })
  })

  it('clips a description or statement DataHub sent very long', () => {
    const rule = describeAssertion(assertion({ type: 'SQL', description: 'x'.repeat(5_000), sqlAssertion: { type: 'METRIC', statement: 'y'.repeat(5_000), operator: 'EQUAL_TO', parameters: value('0') } }))
    expect(rule.name.length).toBe(200)
    expect(rule.detail!.length).toBeLessThan(200)
  })
})

describe('freshnessObjective', () => {
  const freshness = (schedule: NonNullable<NonNullable<WireAssertion['info']['freshnessAssertion']>['schedule']>, type = 'DATASET_CHANGE') =>
    freshnessObjective(assertion({ type: 'FRESHNESS', freshnessAssertion: { type, schedule } }))

  it('reads fixed intervals and cron schedules as a promise', () => {
    expect(freshness({ type: 'FIXED_INTERVAL', fixedInterval: { unit: 'DAY', multiple: 1 } })).toBe('Updated at least every day')
    expect(freshness({ type: 'FIXED_INTERVAL', fixedInterval: { unit: 'HOUR', multiple: 6 } })).toBe('Updated at least every 6 hours')
    expect(freshness({ type: 'CRON', cron: { cron: '30 5 * * *', timezone: 'Europe/Berlin' } })).toBe('Updated daily by 05:30 Europe/Berlin')
    expect(freshness({ type: 'CRON', cron: { cron: '0 */4 * * 1-5', timezone: '' } })).toBe('Updated on the schedule 0 */4 * * 1-5 (UTC)')
    expect(freshness({ type: 'SINCE_THE_LAST_CHECK' }, 'DATA_JOB_RUN')).toBe('Its job runs between one check and the next')
  })

  it('falls back to the description, then to a plain promise', () => {
    expect(freshnessObjective(assertion({ type: 'FRESHNESS', description: 'Lands before breakfast' }))).toBe('Lands before breakfast')
    expect(freshnessObjective(assertion({ type: 'FRESHNESS' }))).toBe('Updated on schedule')
  })
})

describe('latestRun', () => {
  it('takes the newest run whatever order DataHub lists them in', () => {
    const runs = [
      { at: 3, type: 'FAILURE' },
      { at: 9, type: 'ERROR', error: 'SOURCE_CONNECTION_ERROR' },
      { at: 5, type: 'SUCCESS' },
    ]
    expect(latestRun(assertion({ type: 'SQL' }, runs))).toEqual({ result: 'ERROR', at: 9, error: 'SOURCE_CONNECTION_ERROR' })
    expect(latestRun(assertion({ type: 'SQL' }))).toBeUndefined()
  })
})

describe('formatTime', () => {
  it('writes UTC the same way for every reader, and survives a time no calendar holds', () => {
    expect(formatTime(Date.UTC(2025, 0, 2, 6, 5))).toBe('2025-01-02 06:05 UTC')
    expect(formatTime(1e20)).toBe('an unknown time')
  })
})

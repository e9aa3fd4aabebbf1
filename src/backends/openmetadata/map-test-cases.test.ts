import { entityLinkColumn, mapTestCase } from './map-test-cases'
import type { WireTestCase } from './openmetadata-wire'

const at = (iso: string) => Date.parse(iso)
const testCase = (overrides: Partial<WireTestCase> = {}): WireTestCase => ({
  id: 'c1',
  name: 'order_id_not_null',
  fullyQualifiedName: 'svc.db.s.orders.order_id.order_id_not_null',
  entityLink: '<#E::table::svc.db.s.orders::columns::order_id>',
  testDefinition: { id: 'd1', type: 'testDefinition', name: 'columnValuesToBeNotNull' },
  ...overrides,
})

describe('entityLinkColumn', () => {
  it('reads the column of a column-level link and nothing from a table-level one', () => {
    expect(entityLinkColumn('<#E::table::svc.db.s.orders::columns::order_id>')).toBe('order_id')
    expect(entityLinkColumn('<#E::table::svc.db.s.orders>')).toBeUndefined()
  })
})

describe('mapTestCase', () => {
  it('takes the latest result as the status, dated, with the recent results as history, newest first', () => {
    const check = mapTestCase(
      testCase({ displayName: 'Order id is never null', parameterValues: [{ name: 'columnName', value: 'order_id' }] }),
      [
        { timestamp: at('2026-05-01T06:10:00Z'), testCaseStatus: 'Success', testResultValue: [{ name: 'nullCount', value: '0' }] },
        { timestamp: at('2026-05-03T06:10:00Z'), testCaseStatus: 'Failed', result: 'Found nullCount=4.', testResultValue: [{ name: 'nullCount', value: '4' }] },
        { timestamp: at('2026-05-02T06:10:00Z'), testCaseStatus: 'Aborted' },
      ],
    )
    expect(check).toMatchObject({
      name: 'Order id is never null',
      column: 'order_id',
      type: 'columnValuesToBeNotNull',
      dimension: 'completeness',
      status: 'failing',
      observedAt: '2026-05-03T06:10:00.000Z',
      message: 'Found nullCount=4.',
      config: [{ key: 'columnName', value: 'order_id' }],
    })
    expect(check.history).toEqual([
      { at: '2026-05-03T06:10:00.000Z', outcome: 'fail', value: 'nullCount: 4', message: 'Found nullCount=4.' },
      { at: '2026-05-02T06:10:00.000Z', outcome: 'error' },
      { at: '2026-05-01T06:10:00.000Z', outcome: 'pass', value: 'nullCount: 0' },
    ])
  })

  it('uses the latest result the test case carries when no history was read', () => {
    const check = mapTestCase(testCase({ testCaseResult: { timestamp: at('2026-05-04T00:00:00Z'), testCaseStatus: 'Success' } }))
    expect(check).toMatchObject({ status: 'passing', observedAt: '2026-05-04T00:00:00.000Z' })
    expect(check.history).toBeUndefined()
  })

  it('is unknown, with no time, when the case never ran; an aborted last run is unknown but dated', () => {
    expect(mapTestCase(testCase())).toMatchObject({ status: 'unknown' })
    expect(mapTestCase(testCase()).observedAt).toBeUndefined()
    const aborted = mapTestCase(testCase({ testCaseResult: { timestamp: at('2026-05-04T00:00:00Z'), testCaseStatus: 'Aborted' } }))
    expect(aborted).toMatchObject({ status: 'unknown', observedAt: '2026-05-04T00:00:00.000Z' })
  })

  it('drops results with an unreadable time or status and keeps one run per time', () => {
    const check = mapTestCase(testCase(), [
      { timestamp: Number.NaN, testCaseStatus: 'Success' },
      { timestamp: at('2026-05-01T00:00:00Z'), testCaseStatus: 'Queued' },
      { timestamp: at('2026-05-02T00:00:00Z'), testCaseStatus: 'Success' },
      { timestamp: at('2026-05-02T00:00:00Z'), testCaseStatus: 'Success' },
    ])
    expect(check.history).toEqual([{ at: '2026-05-02T00:00:00.000Z', outcome: 'pass' }])
    expect(check.status).toBe('passing')
  })
})

import { mapProductQuality, UNVERSIONED, type DatasetQuality } from './map-contract'

const MORNING = Date.UTC(2025, 0, 2, 6, 0)
const ORDERS = 'urn:li:dataset:(urn:li:dataPlatform:snowflake,orders,PROD)'
const LINES = 'urn:li:dataset:(urn:li:dataPlatform:snowflake,order_lines,PROD)'

const runs = (...results: [number, string][]) => ({ runEvents: results.map(([timestampMillis, type]) => ({ timestampMillis, result: { type } })) })
const freshness = (id: string, ...results: [number, string][]) => ({
  urn: `urn:li:assertion:${id}`,
  info: { type: 'FRESHNESS', freshnessAssertion: { type: 'DATASET_CHANGE', schedule: { type: 'FIXED_INTERVAL', fixedInterval: { unit: 'HOUR', multiple: 6 } } } },
  runEvents: runs(...results),
})
const nullCheck = (id: string, column: string, ...results: [number, string][]) => ({
  urn: `urn:li:assertion:${id}`,
  info: { type: 'FIELD', fieldAssertion: { type: 'FIELD_METRIC', fieldMetricAssertion: { field: { path: column }, metric: 'NULL_COUNT', operator: 'EQUAL_TO', parameters: { value: { value: '0' } } } } },
  runEvents: runs(...results),
})
const schemaCheck = (id: string, ...results: [number, string][]) => ({
  urn: `urn:li:assertion:${id}`,
  info: { type: 'DATA_SCHEMA', schemaAssertion: { compatibility: 'SUPERSET', fields: [{ path: 'order_id' }, { path: '[version=2.0].[type=string].email' }] } },
  runEvents: runs(...results),
})
const ref = (assertion: { urn: string }) => ({ assertion: { urn: assertion.urn } })
const contract = (urn: string, state: string | null, parts: { freshness?: unknown[]; schema?: unknown[]; dataQuality?: unknown[] }) => ({
  urn,
  status: state ? { state } : null,
  properties: { freshness: parts.freshness ?? [], schema: parts.schema ?? [], dataQuality: parts.dataQuality ?? [] },
})
const listed = (...assertions: unknown[]) => ({ total: assertions.length, assertions })

/** The orders table as a product page reads it: its contract names assertions by URN, the list has them whole. */
function ordersTable(extra: unknown[] = []): DatasetQuality {
  const fresh = freshness('fresh', [MORNING - 86_400_000, 'FAILURE'], [MORNING, 'SUCCESS'])
  const schema = schemaCheck('schema', [MORNING, 'SUCCESS'])
  const ids = nullCheck('ids', 'order_id', [MORNING, 'SUCCESS'])
  const emails = nullCheck('emails', 'email', [MORNING, 'FAILURE'])
  return {
    urn: ORDERS,
    name: 'orders',
    contract: contract('urn:li:dataContract:orders', 'ACTIVE', { freshness: [ref(fresh)], schema: [ref(schema)], dataQuality: [ref(ids), ref(emails)] }),
    assertions: listed(fresh, schema, ids, emails, ...extra),
  }
}

describe('mapProductQuality', () => {
  it('makes a dataset’s contract the product’s: state, freshness SLO with its latest result, schema promise, checks passing and failing', () => {
    const quality = mapProductQuality([ordersTable()])
    expect(quality.issues).toEqual([])
    expect(quality.contractIds).toEqual(new Map([[ORDERS, 'urn:li:dataContract:orders']]))
    expect(quality.slos).toEqual([
      {
        name: 'Freshness',
        objective: 'Updated at least every 6 hours',
        current: 'on time (checked 2025-01-02 06:00 UTC)',
        status: 'met',
        observedAt: '2025-01-02T06:00:00.000Z',
        history: [
          { at: '2025-01-02T06:00:00.000Z', outcome: 'pass' },
          { at: '2025-01-01T06:00:00.000Z', outcome: 'fail' },
        ],
      },
    ])
    expect(quality.contract).toEqual({
      id: 'urn:li:dataContract:orders',
      version: UNVERSIONED,
      standard: 'DataHub',
      outputPortId: ORDERS,
      terms: {
        status: 'active',
        schemaPromise: 'Dataset orders keeps at least these columns: order_id, email; columns may be added.',
        qualityChecks: [
          { name: 'Schema keeps every expected column', description: 'Last run 2025-01-02 06:00 UTC.', dimension: 'schema', status: 'passing', observedAt: '2025-01-02T06:00:00.000Z', history: [{ at: '2025-01-02T06:00:00.000Z', outcome: 'pass' }] },
          { name: 'Null count of order_id is 0', description: 'Last run 2025-01-02 06:00 UTC.', dimension: 'completeness', column: 'order_id', status: 'passing', observedAt: '2025-01-02T06:00:00.000Z', history: [{ at: '2025-01-02T06:00:00.000Z', outcome: 'pass' }] },
          { name: 'Null count of email is 0', description: 'Last run 2025-01-02 06:00 UTC.', dimension: 'completeness', column: 'email', status: 'failing', observedAt: '2025-01-02T06:00:00.000Z', history: [{ at: '2025-01-02T06:00:00.000Z', outcome: 'fail' }] },
        ],
      },
    })
  })

  it('adds the dataset’s other assertions: a freshness one as an SLO, the rest as monitored checks apart from the contract', () => {
    const quality = mapProductQuality([ordersTable([freshness('hourly', [MORNING, 'FAILURE']), nullCheck('sku', 'sku')])])
    expect(quality.slos.map((s) => [s.name, s.status, s.current])).toEqual([
      ['Freshness', 'met', 'on time (checked 2025-01-02 06:00 UTC)'],
      ['Freshness', 'breached', 'late (checked 2025-01-02 06:00 UTC)'],
    ])
    expect(quality.monitoredChecks).toEqual([{ name: 'Null count of sku is 0', description: 'Not run yet.', dimension: 'completeness', column: 'sku', status: 'unknown' }])
    expect(quality.contract?.terms?.qualityChecks?.map((c) => c.name)).not.toContain('Null count of sku is 0')
  })

  it('combines several datasets’ contracts, saying which dataset each check and SLO is on', () => {
    const lines: DatasetQuality = {
      urn: LINES,
      name: 'order_lines',
      contract: contract('urn:li:dataContract:lines', 'PENDING', { dataQuality: [ref(nullCheck('line-ids', 'line_id'))] }),
      assertions: listed(nullCheck('line-ids', 'line_id', [MORNING, 'ERROR'])),
    }
    const quality = mapProductQuality([ordersTable(), lines])
    expect(quality.contract).toMatchObject({ id: 'urn:li:dataContract:orders', terms: { status: 'active / pending' } })
    expect(quality.contract).not.toHaveProperty('outputPortId')
    expect(quality.contractIds).toEqual(
      new Map([
        [ORDERS, 'urn:li:dataContract:orders'],
        [LINES, 'urn:li:dataContract:lines'],
      ]),
    )
    expect(quality.slos[0]?.name).toBe('Freshness of orders')
    const checks = quality.contract?.terms?.qualityChecks ?? []
    expect(checks.map((c) => c.description)).toEqual([
      'On orders, last run 2025-01-02 06:00 UTC.',
      'On orders, last run 2025-01-02 06:00 UTC.',
      'On orders, last run 2025-01-02 06:00 UTC.',
      'On order_lines, last run 2025-01-02 06:00 UTC could not finish.',
    ])
    expect(checks.at(-1)?.status).toBe('unknown')
  })

  it('reads a product without a contract: a freshness assertion gives an SLO, other assertions monitored checks', () => {
    const quality = mapProductQuality([{ urn: LINES, name: 'order_lines', contract: null, assertions: listed(freshness('fresh'), nullCheck('ids', 'id', [MORNING, 'FAILURE'])) }])
    expect(quality.contract).toBeUndefined()
    expect(quality.contractIds.size).toBe(0)
    expect(quality.slos).toEqual([{ name: 'Freshness', objective: 'Updated at least every 6 hours', status: 'unknown' }])
    expect(quality.monitoredChecks.map((c) => [c.name, c.status])).toEqual([['Null count of id is 0', 'failing']])
  })

  it('reads the catalogue’s summary: a contract whose freshness assertion comes whole, no checks asked for', () => {
    const summary = { urn: 'urn:li:dataContract:orders', status: { state: 'ACTIVE' }, properties: { freshness: [{ assertion: freshness('fresh', [MORNING, 'FAILURE']) }] } }
    const quality = mapProductQuality([{ urn: ORDERS, name: 'orders', contract: summary }])
    expect(quality.contract?.terms).toEqual({ status: 'active' })
    expect(quality.slos.map((s) => s.status)).toEqual(['breached'])
  })

  it('leaves out a malformed contract and lists it, keeping the dataset’s assertions', () => {
    const quality = mapProductQuality([{ urn: ORDERS, name: 'orders', contract: { status: { state: 'ACTIVE' } }, assertions: listed(freshness('fresh', [MORNING, 'SUCCESS'])) }])
    expect(quality.contract).toBeUndefined()
    expect(quality.slos.map((s) => s.status)).toEqual(['met'])
    expect(quality.issues).toEqual([{ entity: 'data contract', ref: 'the contract of orders', message: expect.stringContaining('urn') }])
  })

  it('shows a contract’s malformed assertion as a check it cannot read, skips a malformed one outside the contract, and lists both', () => {
    const table = ordersTable([{ urn: 'urn:li:assertion:odd', info: { description: 'no type' } }, 'not an assertion'])
    const broken = { urn: 'urn:li:assertion:ids', info: { type: 'FIELD' }, runEvents: { runEvents: 'soon' } }
    const assertions = (table.assertions as { assertions: unknown[] }).assertions.map((a) => ((a as { urn?: string }).urn === broken.urn ? broken : a))
    const quality = mapProductQuality([{ ...table, assertions: listed(...assertions) }])
    const checks = quality.contract?.terms?.qualityChecks ?? []
    expect(checks.map((c) => [c.name, c.status])).toEqual([
      ['Schema keeps every expected column', 'passing'],
      ['A check Tessera cannot read', 'unknown'],
      ['Null count of email is 0', 'failing'],
    ])
    expect(checks[1]?.description).toBe('DataHub sent urn:li:assertion:ids in a shape Tessera cannot read.')
    expect(quality.issues.map((i) => [i.entity, i.ref])).toEqual([
      ['assertion', 'urn:li:assertion:ids'],
      ['assertion', 'urn:li:assertion:odd'],
      ['assertion', 'assertion #6 of orders'],
    ])
  })

  it('says when a contract names an assertion the dataset’s list does not hold', () => {
    const table = ordersTable()
    const quality = mapProductQuality([{ ...table, assertions: listed() }])
    expect(quality.slos).toEqual([{ name: 'Freshness', objective: 'DataHub sent this promise in a shape Tessera cannot read', status: 'unknown' }])
    expect(quality.contract?.terms?.qualityChecks?.every((c) => c.status === 'unknown')).toBe(true)
    expect(quality.issues[0]).toEqual({ entity: 'assertion', ref: 'urn:li:assertion:fresh', message: 'not among the dataset’s assertions DataHub listed' })
  })

  it('lists an assertions answer that is not a list, and reads the rest', () => {
    const quality = mapProductQuality([{ urn: ORDERS, name: 'orders', assertions: { assertions: 'many' } }])
    expect(quality).toEqual({ slos: [], monitoredChecks: [], contractIds: new Map(), issues: [{ entity: 'assertion', ref: 'the assertions of orders', message: expect.any(String) }] })
  })

  it('keeps hostile text as text and a long column list short', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ path: `c${i}` }))
    const schema = { urn: 'urn:li:assertion:s', info: { type: 'DATA_SCHEMA', description: '<img src=x onerror=alert(1)>', schemaAssertion: { compatibility: 'EXACT_MATCH', fields: many } } }
    const quality = mapProductQuality([{ urn: ORDERS, name: 'orders', contract: contract('urn:li:dataContract:x', 'ACTIVE', { schema: [ref(schema)] }), assertions: listed(schema) }])
    expect(quality.contract?.terms?.qualityChecks?.[0]?.name).toBe('<img src=x onerror=alert(1)>')
    expect(quality.contract?.terms?.schemaPromise).toBe('Dataset orders has exactly these columns: c0, c1, c2, c3, c4, c5, c6, c7 and 32 more.')
  })
})

import type { TestNode } from './manifest-schema'
import { checksByNode, referencedName, testedNodeId, testToCheck } from './map-tests'

const test = (overrides: Partial<TestNode>): TestNode => ({ unique_id: 'test.p.t', resource_type: 'test', name: 't', ...overrides })

describe('dbt tests as quality checks', () => {
  it('reads the model a reference names', () => {
    expect(referencedName("{{ get_where_subquery(ref('orders')) }}")).toBe('orders')
    expect(referencedName("ref('other_project', 'orders')")).toBe('orders')
    expect(referencedName("source('shop', 'raw_orders')")).toBe('raw_orders')
    expect(referencedName(42)).toBeUndefined()
  })

  it('attaches a relationships test of an old manifest to the model it checks, not the one it points to', () => {
    const relationships = test({
      depends_on: { nodes: ['macro.dbt.test_relationships', 'model.p.customers', 'model.p.orders'] },
      test_metadata: { name: 'relationships', kwargs: { model: "{{ ref('orders') }}", to: "ref('customers')", field: 'id', column_name: 'customer_id' } },
    })
    expect(testedNodeId(relationships)).toBe('model.p.orders')
    expect(testToCheck(relationships)).toEqual({
      name: 'relationships',
      description: '`customer_id` matches `id` in `customers`.',
      dimension: 'consistency',
      column: 'customer_id',
      type: 'relationships',
      severity: 'error',
      config: [
        { key: 'to', value: 'customers' },
        { key: 'field', value: 'id' },
      ],
      status: 'unknown',
    })
  })

  it('prefers attached_node, and describes generic tests in words', () => {
    const values = test({
      attached_node: 'model.p.orders.v2',
      column_name: 'status',
      config: { severity: 'warn' },
      test_metadata: { name: 'accepted_values', kwargs: { values: ['placed', 'shipped'] } },
    })
    expect(testedNodeId(values)).toBe('model.p.orders.v2')
    expect(testToCheck(values)).toMatchObject({
      dimension: 'validity',
      description: '`status` is one of: placed, shipped. (warns, does not fail the build)',
      severity: 'warn',
      config: [{ key: 'values', value: 'placed, shipped' }],
    })
  })

  it('takes its status, time, failing rows and duration from the run result', () => {
    const check = testToCheck(test({ column_name: 'id', test_metadata: { name: 'unique' } }), { outcome: 'fail', at: '2026-12-03T06:12:00.000Z', durationMs: 1200, failures: 3, message: 'Got 3 results, configured to fail if != 0' })
    expect(check).toMatchObject({
      status: 'failing',
      observedAt: '2026-12-03T06:12:00.000Z',
      message: 'Got 3 results, configured to fail if != 0',
      history: [{ at: '2026-12-03T06:12:00.000Z', outcome: 'fail', value: '3 failing rows', durationMs: 1200 }],
    })
    expect(testToCheck(test({ config: { where: 'status = 1', error_if: '!= 0', warn_if: '>10' } }))).toMatchObject({ config: [{ key: 'where', value: 'status = 1' }, { key: 'warn_if', value: '>10' }], status: 'unknown' })
  })

  it('names singular tests by their own name and collects not_null columns as required', () => {
    const byNode = checksByNode([
      test({ name: 'assert_total_positive', depends_on: { nodes: ['model.p.orders'] } }),
      test({ depends_on: { nodes: ['model.p.orders'] }, column_name: 'Order_ID', test_metadata: { name: 'not_null' } }),
    ])
    const orders = byNode.get('model.p.orders')
    expect(orders?.checks.map((c) => c.name)).toEqual(['assert_total_positive', 'not_null'])
    expect([...(orders?.required ?? [])]).toEqual(['order_id'])
  })
})

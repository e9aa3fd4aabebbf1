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
    expect(testToCheck(values)).toMatchObject({ dimension: 'validity', description: '`status` is one of: placed, shipped. (warns, does not fail the build)' })
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

import { makeColumn, makePort, makeProduct } from '../../../model/test-products'
import { planGaps, whereToFix } from './gap-steps'

describe('planGaps', () => {
  it('walks the description, owners and each undocumented column, and leaves the rest for elsewhere', () => {
    const product = makeProduct({
      description: ' ',
      owners: [{ role: 'steward', personId: 'p' }],
      contract: undefined,
      slos: [],
      outputPorts: [makePort({ id: 'main', name: 'Main table', columns: [makeColumn({ name: 'a', description: '' }), makeColumn({ name: 'b', fields: [makeColumn({ name: 'c', description: '' })] })] })],
    })
    const plan = planGaps(product)
    expect(plan.steps).toEqual([
      { kind: 'description' },
      { kind: 'owners', reason: 'No product owner' },
      { kind: 'column', outputPortId: 'main', portName: 'Main table', path: 'a' },
      { kind: 'column', outputPortId: 'main', portName: 'Main table', path: 'b.c' },
    ])
    expect(plan.elsewhere.map((i) => i.kind)).toEqual(['contract', 'slos'])
    expect(whereToFix(plan.elsewhere[0]!)).toMatch(/data contract/)
  })

  it('leaves what the backend cannot write for elsewhere, saying where to fix it', () => {
    const product = makeProduct({ description: ' ', owners: [] })
    const plan = planGaps(product, (ref) => ref.field === 'description')
    expect(plan.steps).toEqual([{ kind: 'description' }])
    const owners = plan.elsewhere.find((i) => i.kind === 'owner' || i.kind === 'product-owner')
    expect(whereToFix(owners!)).toMatch(/in the catalogue the product comes from/)
  })

  it('has nothing to walk for a complete product', () => {
    expect(planGaps(makeProduct())).toEqual({ steps: [], elsewhere: [] })
  })
})

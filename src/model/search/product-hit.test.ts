import { makeColumn, makePort, makeProduct } from '../test-products'
import { productHit } from './product-hit'

describe('productHit', () => {
  const product = makeProduct({
    description: 'Every order placed.\n**Refunds** are kept [apart](https://x.example).\nUpdated hourly.',
    outputPorts: [makePort({ columns: [makeColumn({ name: 'order_id' }), makeColumn({ name: 'shipping', fields: [makeColumn({ name: 'refund_city' })] })] })],
  })

  it('shows the description line and the (nested) column holding a query word', () => {
    const hit = productHit(product, { domain: 'Sales' }, 'Refund *')
    expect(hit).toMatchObject({ snippet: 'Refunds are kept apart.', matchedColumn: 'shipping.refund_city', highlights: ['refund'], domainName: 'Sales' })
    expect(hit).not.toHaveProperty('ownerName')
  })

  it('falls back to the first line and names no column for an empty query', () => {
    const hit = productHit(product, {}, '*')
    expect(hit.snippet).toBe('Every order placed.')
    expect(hit).not.toHaveProperty('matchedColumn')
    expect(hit.highlights).toEqual([])
  })

  it('keeps the underscores of table names in the snippet', () => {
    const hit = productHit(makeProduct({ description: 'Built from **dim_address** and stg_orders.' }), {}, 'dim_address')
    expect(hit.snippet).toBe('Built from dim_address and stg_orders.')
  })
})

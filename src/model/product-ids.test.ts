import { describe, expect, it } from 'vitest'
import { productById, productIds } from './product-ids'
import { makeProduct } from './test-products'

const orders = makeProduct({
  urn: 'urn:tessera:product:contracts.sales.orders',
  ids: ['orders'],
  contract: { id: 'orders_v1', version: '1.0.0' },
  contracts: [
    { id: 'orders_v1', version: '1.0.0' },
    { id: 'returns_v1', version: '1.0.0' },
  ],
})
const revenue = makeProduct({ urn: 'urn:tessera:product:contracts.finance.revenue', ids: ['revenue'], contract: { id: 'shared', version: '1' } })
const refunds = makeProduct({ urn: 'urn:tessera:product:contracts.finance.refunds', contract: { id: 'shared', version: '1' } })
const products = [orders, revenue, refunds]

describe('productIds', () => {
  it('lists the URN, the source’s own ids and every contract id once', () => {
    expect(productIds(orders)).toEqual(['urn:tessera:product:contracts.sales.orders', 'orders', 'orders_v1', 'returns_v1'])
  })
})

describe('productById', () => {
  it('finds a product by its own id, by any of its contracts’ ids and by its URN', () => {
    expect(productById(products, 'orders')).toBe(orders)
    expect(productById(products, 'returns_v1')).toBe(orders)
    expect(productById(products, ' urn:tessera:product:contracts.finance.revenue ')).toBe(revenue)
  })

  it('ignores case only when the exact spelling names nothing', () => {
    expect(productById(products, 'ORDERS_V1')).toBe(orders)
    const upper = makeProduct({ urn: 'urn:test:upper', ids: ['Orders'] })
    expect(productById([...products, upper], 'Orders')).toBe(upper)
    expect(productById([...products, upper], 'ORDERS')).toBeUndefined()
  })

  it('names no product when an id is shared by several, or empty', () => {
    expect(productById(products, 'shared')).toBeUndefined()
    expect(productById(products, '')).toBeUndefined()
    expect(productById(products, 'nothing')).toBeUndefined()
  })
})

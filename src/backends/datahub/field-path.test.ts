import { simpleFieldPath } from './field-path'

describe('simpleFieldPath', () => {
  it('drops DataHub’s version and type annotations, dots inside them included', () => {
    expect(simpleFieldPath('[version=2.0].[type=struct].address.[type=string].city')).toBe('address.city')
    expect(simpleFieldPath('[version=2.0].[key=True].[type=long].id')).toBe('id')
  })

  it('leaves a plain path as it is', () => {
    expect(simpleFieldPath('order_id')).toBe('order_id')
    expect(simpleFieldPath('shipping.city')).toBe('shipping.city')
  })
})

import { makeProduct } from '../../model/test-products'
import { observe, type FeedMemory } from './feed-memory'

describe('the feed kept on the device', () => {
  const product = makeProduct({ urn: 'urn:a' })
  const empty: FeedMemory = { snapshots: {}, items: [], readUntil: '' }

  it('only remembers a product seen for the first time, then lists what changed since', () => {
    const first = observe(empty, [product], 't1')!
    expect(first.items).toEqual([])
    expect(observe(first, [product], 't2')).toBeUndefined()
    const deprecated = observe(first, [{ ...product, lifecycle: 'deprecated' }], 't3')!
    expect(deprecated.items.map((i) => [i.summary, i.at])).toEqual([['Now deprecated (was active)', 't3']])
    expect(observe(deprecated, [{ ...product, lifecycle: 'deprecated' }], 't4')).toBeUndefined()
  })
})

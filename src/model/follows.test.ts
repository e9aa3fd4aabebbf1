import { followedProducts, setFollow } from './follows'
import { makeDomain, makeProduct } from './test-products'

describe('follows', () => {
  it('adds once, keeps the first time and removes', () => {
    const one = setFollow([], { kind: 'product', id: 'urn:a' }, true, 't1')
    expect(setFollow(one, { kind: 'product', id: 'urn:a' }, true, 't2')).toEqual([{ kind: 'product', id: 'urn:a', since: 't1' }])
    expect(setFollow(one, { kind: 'product', id: 'urn:a' }, false, 't3')).toEqual([])
  })

  it('covers the products of a followed domain and its sub-domains, each from its earliest follow', () => {
    const domains = [makeDomain('play'), makeDomain('play-q', { parentId: 'play' }), makeDomain('ads')]
    const products = [makeProduct({ urn: 'urn:a', domainId: 'play' }), makeProduct({ urn: 'urn:b', domainId: 'play-q' }), makeProduct({ urn: 'urn:c', domainId: 'ads' })]
    const covered = followedProducts(
      [
        { kind: 'domain', id: 'play', since: '2026-02-01' },
        { kind: 'product', id: 'urn:a', since: '2026-01-01' },
      ],
      { domains, products },
    )
    expect(Object.fromEntries(covered)).toEqual({ 'urn:a': '2026-01-01', 'urn:b': '2026-02-01' })
  })
})

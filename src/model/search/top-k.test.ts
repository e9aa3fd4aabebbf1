import { smallest } from './top-k'

describe('smallest', () => {
  const byValue = (a: number, b: number) => a - b
  it('returns the k smallest in order, the same as sorting would', () => {
    const items = Array.from({ length: 500 }, (_, i) => (i * 7919) % 503)
    expect(smallest(items, 10, byValue)).toEqual([...items].sort(byValue).slice(0, 10))
  })
  it('keeps the original order of equal items, like a stable sort', () => {
    const items = [{ v: 1, id: 'a' }, { v: 0, id: 'b' }, { v: 1, id: 'c' }, { v: 1, id: 'd' }]
    expect(smallest(items, 3, (a, b) => a.v - b.v).map((i) => i.id)).toEqual(['b', 'a', 'c'])
  })
  it('copes with k larger than the list, and with zero', () => {
    expect(smallest([3, 1, 2], 10, byValue)).toEqual([1, 2, 3])
    expect(smallest([3, 1, 2], 0, byValue)).toEqual([])
  })
})

import { createRandom } from './prng'

describe('createRandom', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const sequence = (seed: number) => {
      const random = createRandom(seed)
      return Array.from({ length: 5 }, () => random.next())
    }
    expect(sequence(42)).toEqual(sequence(42))
    expect(sequence(42)).not.toEqual(sequence(43))
  })

  it('stays within the asked ranges', () => {
    const random = createRandom(7)
    for (let i = 0; i < 1000; i++) {
      const value = random.between(3, 5)
      expect(value).toBeGreaterThanOrEqual(3)
      expect(value).toBeLessThanOrEqual(5)
      expect(random.next()).toBeLessThan(1)
    }
    expect(() => random.pick([])).toThrow()
  })
})

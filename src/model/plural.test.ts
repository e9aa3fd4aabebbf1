import { plural } from './plural'

describe('plural', () => {
  it('agrees the noun with the count, and groups thousands', () => {
    expect(plural(1, 'team')).toBe('1 team')
    expect(plural(0, 'team')).toBe('0 teams')
    expect(plural(1, 'business domain')).toBe('1 business domain')
    expect(plural(2_000, 'entity', 'entities')).toBe('2,000 entities')
  })
})

import { CLEARANCE, scrollToClear } from './clear-of-bar'

describe('scrollToClear', () => {
  it('scrolls a field the bar covers up until it ends above the bar', () => {
    expect(scrollToClear({ top: 500, bottom: 880 }, 850, 60)).toBe(30 + CLEARANCE)
  })

  it('leaves a field that already clears the bar alone', () => {
    expect(scrollToClear({ top: 100, bottom: 800 }, 850, 60)).toBe(0)
    expect(scrollToClear({ top: 100, bottom: 850 - CLEARANCE }, 850, 60)).toBe(0)
  })

  it('never pushes the top of a tall field under the header', () => {
    expect(scrollToClear({ top: 100, bottom: 1200 }, 850, 60)).toBe(100 - 60 - CLEARANCE)
    expect(scrollToClear({ top: 40, bottom: 1200 }, 850, 60)).toBe(0)
  })
})

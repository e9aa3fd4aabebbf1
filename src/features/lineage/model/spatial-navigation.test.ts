import { nextInDirection } from './spatial-navigation'

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 50 })
// a column at x=0 (a over b), a column at x=300 (c level with a, d lower)
const boxes = [box('a', 0, 0), box('b', 0, 100), box('c', 300, 0), box('d', 300, 300)]

describe('nextInDirection', () => {
  it('moves to the nearest box in the arrow direction, preferring straight ahead', () => {
    expect(nextInDirection(boxes, 'a', 'right')).toBe('c')
    expect(nextInDirection(boxes, 'a', 'down')).toBe('b')
    expect(nextInDirection(boxes, 'd', 'left')).toBe('b')
    expect(nextInDirection(boxes, 'c', 'down')).toBe('d')
  })

  it('stays put at the edge and starts at the first box when nothing is focused', () => {
    expect(nextInDirection(boxes, 'a', 'left')).toBeUndefined()
    expect(nextInDirection(boxes, 'missing', 'left')).toBe('a')
  })
})

import { nextInDirection, readableCentre } from './spatial-navigation'

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

describe('readableCentre', () => {
  const box = (id: string, x: number, y: number) => ({ id, x, y, width: 200, height: 100 })
  it('stays at the middle of the graph when the focus is on screen there', () => {
    const boxes = [box('a', 0, 0), box('f', 400, 0), box('b', 800, 0)]
    expect(readableCentre(boxes, boxes[1]!, 600, 400)).toEqual({ x: 500, y: 50 })
  })
  it('moves towards the focus just enough to show it whole', () => {
    const boxes = [box('a', 0, 0), box('b', 400, 0), box('f', 1600, 0)]
    const centre = readableCentre(boxes, boxes[2]!, 800, 400, 40)
    expect(centre.x).toBe(1800 + 40 - 400)
  })
})

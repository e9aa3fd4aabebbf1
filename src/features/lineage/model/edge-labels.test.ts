import { describe, expect, it } from 'vitest'
import { labelBox, placeLabels } from './edge-labels'

const node = (id: string, x: number, y: number) => ({ id, x, y, width: 240, height: 116 })

describe('placeLabels', () => {
  it('keeps a label in the gap between two lanes and drops one that would sit on a node', () => {
    const nodes = [node('a', 0, 0), node('b', 400, 0), node('c', 150, 200)]
    const kept = placeLabels(
      [
        { id: 'clear', x: 320, y: 58, text: 'Orders' },
        { id: 'on-node', x: 200, y: 250, text: 'Revenue table' },
      ],
      nodes,
    )
    expect([...kept]).toEqual(['clear'])
  })

  it('drops the second of two labels that would stack on each other', () => {
    const kept = placeLabels(
      [
        { id: 'first', x: 320, y: 58, text: 'Revenue table' },
        { id: 'second', x: 322, y: 66, text: 'Payments table' },
      ],
      [],
    )
    expect([...kept]).toEqual(['first'])
  })

  it('sizes a label by its text', () => {
    expect(labelBox({ id: 'x', x: 0, y: 0, text: 'a much longer port name' }).width).toBeGreaterThan(labelBox({ id: 'y', x: 0, y: 0, text: 'short' }).width)
  })
})

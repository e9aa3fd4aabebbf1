export type ArrowDirection = 'left' | 'right' | 'up' | 'down'

export interface PlacedBox {
  id: string
  x: number
  y: number
  width: number
  height: number
}

/**
 * The box an arrow key moves to from `currentId`: the nearest whose centre lies in that
 * direction, preferring boxes straight ahead (sideways distance counts double).
 */
export function nextInDirection(boxes: readonly PlacedBox[], currentId: string, direction: ArrowDirection): string | undefined {
  const current = boxes.find((b) => b.id === currentId)
  if (!current) return boxes[0]?.id
  const cx = current.x + current.width / 2
  const cy = current.y + current.height / 2
  let best: string | undefined
  let bestScore = Infinity
  for (const box of boxes) {
    if (box.id === currentId) continue
    const dx = box.x + box.width / 2 - cx
    const dy = box.y + box.height / 2 - cy
    const [ahead, aside] = direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx]
    if (ahead <= 1) continue
    const score = ahead + 2 * Math.abs(aside)
    if (score < bestScore) {
      bestScore = score
      best = box.id
    }
  }
  return best
}

/**
 * Where to centre a view `width` × `height` (graph units) that cannot show the whole graph:
 * as near the graph's middle as it can while the focus box stays wholly on screen.
 */
export function readableCentre(boxes: readonly PlacedBox[], focus: PlacedBox, width: number, height: number, margin = 40): { x: number; y: number } {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const b of boxes) {
    left = Math.min(left, b.x)
    top = Math.min(top, b.y)
    right = Math.max(right, b.x + b.width)
    bottom = Math.max(bottom, b.y + b.height)
  }
  const axis = (middle: number, start: number, end: number, span: number) => {
    const low = end + margin - span / 2
    const high = start - margin + span / 2
    return low > high ? (start + end) / 2 : Math.min(high, Math.max(low, middle))
  }
  return {
    x: axis((left + right) / 2, focus.x, focus.x + focus.width, width),
    y: axis((top + bottom) / 2, focus.y, focus.y + focus.height, height),
  }
}

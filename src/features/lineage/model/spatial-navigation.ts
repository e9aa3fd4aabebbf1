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

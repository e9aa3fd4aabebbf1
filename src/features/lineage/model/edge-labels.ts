/** Which edge labels can be drawn: those whose box clears every node and every label already placed. */
import type { PlacedBox } from './spatial-navigation'

export interface LabelCandidate {
  id: string
  /** Centre of the label, where the edge draws it. */
  x: number
  y: number
  text: string
}

/** The box a label of edge text (10 px, padded) takes, in graph units. */
export function labelBox(c: LabelCandidate): PlacedBox {
  const width = c.text.length * 5.8 + 12
  const height = 18
  return { id: c.id, x: c.x - width / 2, y: c.y - height / 2, width, height }
}

const overlaps = (a: PlacedBox, b: PlacedBox, margin: number) =>
  a.x < b.x + b.width + margin && a.x + a.width + margin > b.x && a.y < b.y + b.height + margin && a.y + a.height + margin > b.y

export function placeLabels(candidates: readonly LabelCandidate[], nodes: readonly PlacedBox[], margin = 4): Set<string> {
  const placed: PlacedBox[] = []
  const kept = new Set<string>()
  for (const c of candidates) {
    const box = labelBox(c)
    if (nodes.some((n) => overlaps(box, n, margin)) || placed.some((p) => overlaps(box, p, margin))) continue
    placed.push(box)
    kept.add(c.id)
  }
  return kept
}

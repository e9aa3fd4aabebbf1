/**
 * The `k` smallest items by `compare`, in order, without sorting everything: one comparison for
 * most items, so the first page of 10,000 matches costs a pass rather than a sort.
 */
export function smallest<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = []
  if (k <= 0) return best
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compare(best[mid]!, item) <= 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, item)
    if (best.length > k) best.pop()
  }
  return best
}

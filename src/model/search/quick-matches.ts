/** Items whose name contains every word of the query, names that start with it first. */
export function matchByName<T>(items: readonly T[], nameOf: (item: T) => string, query: string, limit: number): T[] {
  const q = query.trim().toLowerCase()
  if (!q) return []
  const words = q.split(/\s+/)
  const scored: { item: T; rank: number; name: string }[] = []
  for (const item of items) {
    const name = nameOf(item).toLowerCase()
    if (!words.every((w) => name.includes(w))) continue
    scored.push({ item, name, rank: name === q ? 0 : name.startsWith(q) ? 1 : 2 })
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.item)
}

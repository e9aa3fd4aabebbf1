/** A tag or glossary term already in use, and on how many products. */
export interface TermUsage {
  value: string
  products: number
}

/**
 * Every value in `lists` (one list per product) with the number of products that use it,
 * most used first. Values differing only in case are one value, spelled as most products do.
 */
export function termUsage(lists: readonly (readonly string[])[]): TermUsage[] {
  const byKey = new Map<string, { spellings: Map<string, number>; products: number }>()
  for (const list of lists) {
    const seen = new Set<string>()
    for (const raw of list) {
      const value = raw.trim()
      const key = value.toLowerCase()
      if (!value || seen.has(key)) continue
      seen.add(key)
      const entry = byKey.get(key) ?? { spellings: new Map(), products: 0 }
      entry.products++
      entry.spellings.set(value, (entry.spellings.get(value) ?? 0) + 1)
      byKey.set(key, entry)
    }
  }
  return [...byKey.values()]
    .map(({ spellings, products }) => ({ value: [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0], products }))
    .sort((a, b) => b.products - a.products || a.value.localeCompare(b.value))
}

const WORD_START = /[\s._:/-]/

function rank(value: string, typed: string): number | undefined {
  const v = value.toLowerCase()
  if (v === typed) return 0
  if (v.startsWith(typed)) return 1
  const at = v.indexOf(typed)
  if (at === -1) return undefined
  return WORD_START.test(v[at - 1]!) ? 2 : 3
}

/**
 * The values to offer for what is typed: exact match, then those starting with it, then those
 * with a word starting with it, then those containing it; more used first within each. Values
 * already `chosen` are left out. With nothing typed, the most used.
 */
export function suggestTerms(usage: readonly TermUsage[], typed: string, chosen: readonly string[], limit = 8): TermUsage[] {
  const query = typed.trim().toLowerCase()
  const taken = new Set(chosen.map((c) => c.toLowerCase()))
  const ranked: { term: TermUsage; rank: number; order: number }[] = []
  usage.forEach((term, order) => {
    if (taken.has(term.value.toLowerCase())) return
    const r = query ? rank(term.value, query) : 1
    if (r !== undefined) ranked.push({ term, rank: r, order })
  })
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.term)
}

/** The existing value `typed` names exactly (ignoring case and outer spaces), if any. */
export function existingTerm(usage: readonly TermUsage[], typed: string): TermUsage | undefined {
  const query = typed.trim().toLowerCase()
  return query ? usage.find((term) => term.value.toLowerCase() === query) : undefined
}

import { FACET_KEYS, type FacetCounts, type FacetFilters, type FacetKey, type FacetValue } from './search-types'

/** How many values of one facet to return; selected values are always returned. */
export const FACET_VALUE_LIMIT = 60

interface Column {
  values: string[]
  codes: Int32Array
  /** Record i's codes are codes[offsets[i]] up to codes[offsets[i + 1]]. */
  offsets: Int32Array
}

/** Facet values of every product, integer-coded so that counting thousands of matches per keystroke stays cheap. */
export class FacetTable {
  private readonly columns: Record<FacetKey, Column>

  constructor(facetsOf: readonly Record<FacetKey, readonly string[]>[]) {
    this.columns = Object.fromEntries(
      FACET_KEYS.map((key) => {
        const codeOf = new Map<string, number>()
        const codes: number[] = []
        const offsets = new Int32Array(facetsOf.length + 1)
        facetsOf.forEach((facets, i) => {
          offsets[i] = codes.length
          for (const value of facets[key]) {
            let code = codeOf.get(value)
            if (code === undefined) codeOf.set(value, (code = codeOf.size))
            codes.push(code)
          }
        })
        offsets[facetsOf.length] = codes.length
        return [key, { values: [...codeOf.keys()], codes: Int32Array.from(codes), offsets }]
      }),
    ) as Record<FacetKey, Column>
  }

  /**
   * Applies the filters and counts facet values in one pass. A facet's counts ignore its own
   * selection (picking "aggregate" still shows how many source-aligned products there are)
   * but respect every other facet: values of one facet combine with OR, facets with AND.
   */
  filterAndCount(
    candidates: readonly number[],
    filters: FacetFilters,
    label: (key: FacetKey, value: string) => string,
  ): { matching: number[]; facets: FacetCounts } {
    const active = FACET_KEYS.flatMap((key) => {
      const chosen = filters[key]
      if (!chosen || chosen.length === 0) return []
      const column = this.columns[key]
      const selected = new Uint8Array(column.values.length)
      const wanted = new Set(chosen)
      column.values.forEach((value, code) => (selected[code] = wanted.has(value) ? 1 : 0))
      return [{ key, column, selected }]
    })
    const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, new Int32Array(this.columns[k].values.length)])) as Record<
      FacetKey,
      Int32Array
    >
    const count = (key: FacetKey, id: number) => {
      const { codes, offsets } = this.columns[key]
      const tally = counts[key]
      for (let i = offsets[id]!; i < offsets[id + 1]!; i++) tally[codes[i]!]!++
    }
    const matching: number[] = []

    for (const id of candidates) {
      let failed: FacetKey | undefined
      let failures = 0
      for (const { key, column, selected } of active) {
        let hit = false
        for (let i = column.offsets[id]!; i < column.offsets[id + 1]! && !hit; i++) hit = selected[column.codes[i]!] === 1
        if (!hit) {
          failed = key
          if (++failures > 1) break
        }
      }
      if (failures === 0) {
        matching.push(id)
        for (const key of FACET_KEYS) count(key, id)
      } else if (failures === 1 && failed) count(failed, id)
    }

    const facets = Object.fromEntries(
      FACET_KEYS.map((key) => {
        const selected = new Set(filters[key] ?? [])
        const { values } = this.columns[key]
        const listed: FacetValue[] = []
        values.forEach((value, code) => {
          const n = counts[key][code]!
          if (n > 0 || selected.has(value)) listed.push({ value, label: label(key, value), count: n })
        })
        for (const value of selected) if (!values.includes(value)) listed.push({ value, label: label(key, value), count: 0 })
        listed.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
        const top = listed.slice(0, FACET_VALUE_LIMIT)
        const hidden = listed.slice(FACET_VALUE_LIMIT).filter((v) => selected.has(v.value))
        return [key, [...top, ...hidden]]
      }),
    ) as FacetCounts
    return { matching, facets }
  }
}

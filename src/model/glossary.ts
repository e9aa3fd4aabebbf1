import { flattenSchema } from './schema-columns'
import type { DataProduct, OutputPort } from './types'

/** A business term as the backend's glossary defines it. */
export interface GlossaryTerm {
  /** The name products and columns carry it by. */
  name: string
  /** Markdown; absent when the glossary holds the term without a definition. */
  definition?: string
  /** Names of terms the glossary relates to this one. */
  related: string[]
  /** The glossary or term group it belongs to, when the backend keeps several. */
  glossary?: string
}

/** A column carrying a term (among its tags or terms), with where it lives. */
export interface TermColumn {
  product: DataProduct
  port: OutputPort
  /** Dotted path for a nested field. */
  path: string
}

/** One line of the glossary: the term, its definition if any, and how many products carry it. */
export interface GlossaryEntry {
  name: string
  definition?: string
  products: number
}

const key = (name: string) => name.trim().toLowerCase()
export const sameTerm = (a: string, b: string) => key(a) === key(b)

export const glossaryPath = (term: string) => `/glossary/${encodeURIComponent(term)}`

/** The glossary's term by that name, spelled in any case. */
export const findTerm = (terms: readonly GlossaryTerm[], name: string) => terms.find((t) => sameTerm(t.name, name))

/** The products carrying the term, and every column (nested fields included) that carries it. */
export function termCarriers(products: readonly DataProduct[], term: string): { products: DataProduct[]; columns: TermColumn[] } {
  const carrying: DataProduct[] = []
  const columns: TermColumn[] = []
  for (const product of products) {
    if (product.glossaryTerms.some((t) => sameTerm(t, term))) carrying.push(product)
    for (const port of product.outputPorts) {
      for (const node of flattenSchema(port.columns)) if (node.column.tags?.some((t) => sameTerm(t, term))) columns.push({ product, port, path: node.path })
    }
  }
  return { products: carrying, columns }
}

/**
 * Every term the glossary defines or a product carries, once each (spelled as the glossary does,
 * else as the first product), by name, with its definition and how many products carry it.
 */
export function glossaryEntries(terms: readonly GlossaryTerm[], products: readonly DataProduct[]): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>()
  for (const term of terms) {
    if (!term.name.trim() || entries.has(key(term.name))) continue
    entries.set(key(term.name), { name: term.name, ...(term.definition?.trim() ? { definition: term.definition } : {}), products: 0 })
  }
  for (const product of products) {
    for (const name of new Set(product.glossaryTerms.map(key))) {
      if (!name) continue
      const entry = entries.get(name) ?? { name: product.glossaryTerms.find((t) => key(t) === name)!.trim(), products: 0 }
      entry.products++
      entries.set(name, entry)
    }
  }
  return [...entries.values()].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
}

/**
 * The terms related to `term`: those its glossary entry names, and those naming it back, once
 * each, by name.
 */
export function relatedTerms(terms: readonly GlossaryTerm[], term: string): string[] {
  const own = findTerm(terms, term)?.related ?? []
  const back = terms.filter((t) => t.related.some((r) => sameTerm(r, term))).map((t) => t.name)
  const byKey = new Map<string, string>()
  for (const name of [...own, ...back]) if (name.trim() && !sameTerm(name, term) && !byKey.has(key(name))) byKey.set(key(name), name)
  return [...byKey.values()].sort((a, b) => a.localeCompare(b))
}

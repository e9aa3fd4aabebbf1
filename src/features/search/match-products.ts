import { allColumns } from '../../model/completeness'
import type { DataProduct } from '../../model/types'

export interface ProductMatch {
  product: DataProduct
  score: number
  /** Column path that matched, when the match came from the schema. */
  column?: string
}

/**
 * Plain word matching: every word must occur somewhere in the product; names weigh more than
 * tags, columns and description. Deprecated and retired products sink.
 */
export function matchProducts(products: readonly DataProduct[], query: string): ProductMatch[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) {
    return [...products].sort((a, b) => a.title.localeCompare(b.title)).map((product) => ({ product, score: 0 }))
  }
  const matches: ProductMatch[] = []
  for (const product of products) {
    const name = `${product.name} ${product.title} ${product.urn}`.toLowerCase()
    const tags = [...product.tags, ...product.glossaryTerms].join(' ').toLowerCase()
    const description = product.description.toLowerCase()
    const columns = allColumns(product).map((c) => c.path)
    let score = 0
    let column: string | undefined
    const all = words.every((word) => {
      if (name.includes(word)) score += name.split(/[\s._:-]+/).includes(word) ? 10 : 6
      else if (tags.includes(word)) score += 4
      else {
        const hit = columns.find((c) => c.toLowerCase().includes(word))
        if (hit) {
          score += 3
          column ??= hit
        } else if (description.includes(word)) score += 1
        else return false
      }
      return true
    })
    if (!all) continue
    if (product.lifecycle === 'deprecated' || product.lifecycle === 'retired') score -= 5
    matches.push({ product, score, column })
  }
  return matches.sort((a, b) => b.score - a.score || a.product.title.localeCompare(b.product.title))
}

/**
 * "Did you mean": names close to one that matched nothing, by shared letter pairs (Dice
 * coefficient over bigrams), which forgives typos, swapped words and missing separators.
 */
import type { DataProduct } from './types'

/** Lower case, separators (`.`, `_`, `-`, `:`) as spaces, collapsed. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>()
  const padded = ` ${text} `
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2)
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

/** 0..1: how much two names look alike after normalising; 1 for equal names. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a)
  const y = normaliseName(b)
  if (!x || !y) return 0
  if (x === y) return 1
  const gx = bigrams(x)
  const gy = bigrams(y)
  let shared = 0
  for (const [gram, count] of gx) shared += Math.min(count, gy.get(gram) ?? 0)
  const size = (g: Map<string, number>) => [...g.values()].reduce((s, n) => s + n, 0)
  return (2 * shared) / (size(gx) + size(gy))
}

/** The part of a URN that names the thing: `playback.playback_sessions` for `urn:tessera:product:playback.playback_sessions`. */
/** `a,(b,c),d` → `a`, `(b,c)`, `d`: commas inside parentheses do not split. */
function topLevelParts(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')') depth--
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(text.slice(start).trim())
  return parts
}

export function urnLocalName(urn: string): string {
  // A key made of parts, as DataHub's `urn:li:dataset:(urn:li:dataPlatform:snowflake,acme.orders.orders,PROD)`:
  // its name is the part that is neither another URN nor an environment such as PROD.
  const tuple = /^urn:[^(]*:\((.*)\)$/.exec(urn)
  if (tuple) {
    const parts = topLevelParts(tuple[1]!)
    const named = parts.filter((p) => p && !p.startsWith('urn:') && !/^[A-Z]+$/.test(p))
    if (named.length) return named.join(' ')
  }
  const tail = urn.slice(urn.lastIndexOf(':') + 1)
  return tail || urn
}

export interface SimilarProduct {
  product: DataProduct
  score: number
}

/**
 * Products whose name, title or URN looks like `query` (a URN or words), best first, at most
 * `limit`, none below `threshold`. Ties keep catalogue order.
 */
export function similarProducts(
  query: string,
  products: readonly DataProduct[],
  { limit = 5, threshold = 0.45 }: { limit?: number; threshold?: number } = {},
): SimilarProduct[] {
  const wanted = urnLocalName(query.trim())
  const wantedName = wanted.includes('.') ? wanted.slice(wanted.indexOf('.') + 1) : wanted
  if (!normaliseName(wanted)) return []
  const scored: SimilarProduct[] = []
  for (const product of products) {
    const score = Math.max(
      nameSimilarity(wanted, urnLocalName(product.urn)),
      nameSimilarity(wantedName, product.name),
      nameSimilarity(wanted, product.title),
    )
    if (score >= threshold) scored.push({ product, score })
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit)
}

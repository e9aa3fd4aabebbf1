/**
 * Product-level lineage, derived from the input ports of a set of products.
 * Everything here is linear in products + input ports: it must hold at 100,000 products.
 */
import type { DataProduct, InputPort, Urn } from './types'

/** An edge of the lineage graph: `from` is the upstream producer, `to` the product reading it. */
export interface LineageEdge {
  from: Urn
  to: Urn
  /** The producer's output port the consumer reads, when the input port names one. */
  outputPortId?: string
}

/** An input port naming a product that is not in the set (deleted, renamed, or not loaded). */
export interface DanglingInput {
  productUrn: Urn
  missingUrn: Urn
}

export type ExternalInputPort = Extract<InputPort, { kind: 'external' }>

export interface LineageIndex {
  /** Direct producers of `urn`, each once, in input-port order; `[]` for unknown URNs. */
  upstream(urn: Urn): readonly Urn[]
  /** Direct consumers of `urn`, each once, in product order; `[]` for unknown URNs. */
  downstream(urn: Urn): readonly Urn[]
  /** The product's inputs from outside the mesh (never edges of the graph). */
  externalInputs(urn: Urn): readonly ExternalInputPort[]
  /** Whether `urn` is one of the indexed products. */
  has(urn: Urn): boolean
  /**
   * Deduplicated edges, in product then input-port order. One edge per producer port read;
   * a pair read without a port yields one port-less edge, unless the same pair is also read
   * through a named port (then only the port edges remain). Self-references are dropped.
   */
  edges: readonly LineageEdge[]
  /** Input ports naming a URN outside the set: shown as explained gaps, not edges. */
  danglingInputs: readonly DanglingInput[]
}

const EMPTY: readonly never[] = Object.freeze([])

/**
 * Index the lineage of `products`. Products sharing a URN are merged (their inputs combined).
 * Self-references are ignored; external inputs are kept per product, not turned into edges.
 */
export function buildLineageIndex(products: readonly DataProduct[]): LineageIndex {
  const known = new Set<Urn>()
  for (const p of products) known.add(p.urn)

  const up = new Map<Urn, Urn[]>()
  const down = new Map<Urn, Urn[]>()
  const external = new Map<Urn, ExternalInputPort[]>()
  const danglingInputs: DanglingInput[] = []
  const danglingSeen = new Set<string>()
  // pair key -> distinct port ids read across that pair ('' stands for "no port named")
  const pairPorts = new Map<string, { from: Urn; to: Urn; ports: Set<string> }>()

  for (const p of products) {
    for (const input of p.inputPorts) {
      if (input.kind === 'external') {
        push(external, p.urn, input)
        continue
      }
      const from = input.productUrn
      if (from === p.urn) continue
      if (!known.has(from)) {
        const key = pairKey(p.urn, from)
        if (!danglingSeen.has(key)) {
          danglingSeen.add(key)
          danglingInputs.push({ productUrn: p.urn, missingUrn: from })
        }
        continue
      }
      const key = pairKey(from, p.urn)
      let pair = pairPorts.get(key)
      if (!pair) {
        pair = { from, to: p.urn, ports: new Set() }
        pairPorts.set(key, pair)
        push(up, p.urn, from)
        push(down, from, p.urn)
      }
      pair.ports.add(input.outputPortId ?? '')
    }
  }

  const edges: LineageEdge[] = []
  for (const { from, to, ports } of pairPorts.values()) {
    const named = [...ports].filter((id) => id !== '')
    if (named.length === 0) edges.push({ from, to })
    else for (const outputPortId of named) edges.push({ from, to, outputPortId })
  }

  return {
    upstream: (urn) => up.get(urn) ?? EMPTY,
    downstream: (urn) => down.get(urn) ?? EMPTY,
    externalInputs: (urn) => external.get(urn) ?? EMPTY,
    has: (urn) => known.has(urn),
    edges,
    danglingInputs,
  }
}

export type LineageDirection = 'upstream' | 'downstream'

export interface LineageHop {
  urn: Urn
  /** Number of edges from the starting product: 1 for direct neighbours. */
  distance: number
}

/**
 * Products reachable from `urn` in one direction, breadth-first, each once at its shortest
 * distance, up to `depth` hops (`Infinity` for all). The starting product itself is not
 * listed, even when a cycle leads back to it. Order: by distance, then discovery order.
 */
export function traverseLineage(
  index: LineageIndex,
  urn: Urn,
  options: { direction: LineageDirection; depth: number },
): LineageHop[] {
  const next = options.direction === 'upstream' ? (u: Urn) => index.upstream(u) : (u: Urn) => index.downstream(u)
  const result: LineageHop[] = []
  if (!(options.depth >= 1)) return result
  const seen = new Set<Urn>([urn])
  let frontier: Urn[] = [urn]
  for (let distance = 1; distance <= options.depth && frontier.length > 0; distance++) {
    const following: Urn[] = []
    for (const current of frontier) {
      for (const neighbour of next(current)) {
        if (seen.has(neighbour)) continue
        seen.add(neighbour)
        following.push(neighbour)
        result.push({ urn: neighbour, distance })
      }
    }
    frontier = following
  }
  return result
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

// URNs never contain NUL, so it separates the pair unambiguously.
function pairKey(a: Urn, b: Urn): string {
  return `${a}\u0000${b}`
}

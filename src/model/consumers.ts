/**
 * Who reads a product: the products whose input ports name it, and the teams that own them.
 */
import type { CatalogIndex } from './catalog-index'
import type { DataProduct, Team, Urn } from './types'

export interface ConsumingProduct {
  product: DataProduct
  /** Output ports of the read product it names, each once; empty when it names none. */
  outputPortIds: string[]
  /** Teams owning the consumer, in owner order, each once (unknown team ids kept as ids). */
  teamIds: string[]
}

export interface ConsumingTeam {
  teamId: string
  /** Absent when the id matches no team of the catalogue. */
  team?: Team
  products: DataProduct[]
}

export interface Consumers {
  products: ConsumingProduct[]
  /** Teams owning at least one consumer, most consumers first, then by name. */
  teams: ConsumingTeam[]
  /** Consumers no team owns (people only, or no owner). */
  withoutTeam: number
}

const unique = <T>(items: T[]): T[] => [...new Set(items)]

/** Direct consumers of `urn` in the catalogue snapshot, with the ports they read and their teams. */
export function productConsumers(index: CatalogIndex, urn: Urn): Consumers {
  const products: ConsumingProduct[] = []
  for (const consumerUrn of index.lineage().downstream(urn)) {
    const product = index.product(consumerUrn)
    if (!product) continue
    const outputPortIds = unique(
      product.inputPorts.flatMap((input) =>
        input.kind === 'product' && input.productUrn === urn && input.outputPortId !== undefined ? [input.outputPortId] : [],
      ),
    )
    const teamIds = unique(product.owners.flatMap((owner) => (owner.teamId === undefined ? [] : [owner.teamId])))
    products.push({ product, outputPortIds, teamIds })
  }

  const byTeam = new Map<string, DataProduct[]>()
  for (const { product, teamIds } of products) {
    for (const teamId of teamIds) byTeam.set(teamId, [...(byTeam.get(teamId) ?? []), product])
  }
  const teams = [...byTeam.entries()]
    .map(([teamId, list]): ConsumingTeam => {
      const team = index.team(teamId)
      return team ? { teamId, team, products: list } : { teamId, products: list }
    })
    .sort((a, b) => b.products.length - a.products.length || (a.team?.name ?? a.teamId).localeCompare(b.team?.name ?? b.teamId))

  return { products, teams, withoutTeam: products.filter((p) => p.teamIds.length === 0).length }
}

import type { Catalog, DataProduct, ProductKind } from '../../model/types'
import { generateOrganisation } from './generate-organisation'
import { LineagePools } from './lineage-pools'
import { createRandom, type Random } from './prng'
import { createSchemaPool } from './schema-pool'
import { buildProduct, type ProductContext } from './synthetic-product'

export interface GenerateMeshOptions {
  products: number
  seed?: number
  /** How many domains (at least 8); by default one per 60 products, at most 400. */
  domains?: number
}

/**
 * A reproducible mesh of any size, shaped like the demo mesh, for scale tests and benchmarks.
 * The last domain never gets products and the one before it no consumer-aligned ones: gaps a coverage map should show.
 */
export function generateMesh({ products: productCount, seed = 1, domains }: GenerateMeshOptions): Catalog {
  const random = createRandom(seed)
  const domainCount = Math.max(8, Math.round(domains ?? Math.min(400, productCount / 60)))
  const organisation = generateOrganisation(random, domainCount)
  const pools = new LineagePools(domainCount)
  const context: ProductContext = { random, organisation, schemas: createSchemaPool(random), products: [], pools }
  const domainsWithProducts = domainCount - 1
  const withoutConsumerAligned = domainCount - 2

  for (let index = 0; index < productCount; index++) {
    const domainIndex = random.int(domainsWithProducts)
    const kind = pools.size === 0 ? 'source-aligned' : pickKind(random, domainIndex !== withoutConsumerAligned)
    const product = buildProduct(context, index, domainIndex, kind)
    context.products.push(product)
    if (isReadable(product)) pools.add(index, domainIndex)
  }

  return { ...organisation, products: context.products, issues: [] }
}

function pickKind(random: Random, allowConsumerAligned: boolean): ProductKind {
  const roll = random.next()
  if (roll < 0.35) return 'source-aligned'
  if (roll < 0.75 || !allowConsumerAligned) return 'aggregate'
  return 'consumer-aligned'
}

function isReadable(product: DataProduct): boolean {
  return product.kind !== 'consumer-aligned' && product.lifecycle !== 'draft' && product.lifecycle !== 'retired'
}

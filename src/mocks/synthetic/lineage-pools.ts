import type { Random } from './prng'

/** Indices of products others may read, per domain and overall; only earlier products are ever offered, so lineage stays acyclic. */
export class LineagePools {
  private readonly byDomain: number[][]
  private readonly all: number[] = []

  constructor(domainCount: number) {
    this.byDomain = Array.from({ length: domainCount }, () => [])
  }

  get size(): number {
    return this.all.length
  }

  add(productIndex: number, domainIndex: number): void {
    this.byDomain[domainIndex]?.push(productIndex)
    this.all.push(productIndex)
  }

  /** Up to `count` distinct products, mostly from the same domain. */
  pick(random: Random, domainIndex: number, count: number, sameDomainShare = 0.75): number[] {
    const local = this.byDomain[domainIndex] ?? []
    const picked: number[] = []
    for (let attempt = 0; attempt < count * 2 && picked.length < count; attempt++) {
      const pool = local.length > 0 && random.chance(sameDomainShare) ? local : this.all
      if (pool.length === 0) break
      const candidate = random.pick(pool)
      if (!picked.includes(candidate)) picked.push(candidate)
    }
    return picked
  }
}

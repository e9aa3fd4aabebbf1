import type { Catalog, Column } from '../../model/types'
import { PRODUCT_KINDS } from '../../model/types'
import { generateMesh } from './generate-mesh'

/** Every broken reference or backward lineage edge in the catalogue, as readable sentences. */
function referenceProblems({ domains, teams, people, products }: Catalog): string[] {
  const problems: string[] = []
  const domainIds = new Set(domains.map((domain) => domain.id))
  const teamsById = new Map(teams.map((team) => [team.id, team]))
  const personIds = new Set(people.map((person) => person.id))
  const position = new Map(products.map((product, index) => [product.urn, index]))
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message)
  }

  for (const domain of domains) {
    if (domain.parentId !== undefined) check(domainIds.has(domain.parentId), `${domain.id}: unknown parent ${domain.parentId}`)
    if (domain.ownerTeamId !== undefined) check(teamsById.has(domain.ownerTeamId), `${domain.id}: unknown team ${domain.ownerTeamId}`)
  }
  for (const team of teams) {
    for (const member of team.members) check(personIds.has(member.personId), `${team.id}: unknown member ${member.personId}`)
  }
  for (const person of people) {
    for (const teamId of person.teamIds) {
      const isMember = teamsById.get(teamId)?.members.some((member) => member.personId === person.id) ?? false
      check(isMember, `${person.id}: not a member of ${teamId}`)
    }
  }
  products.forEach((product, index) => {
    const portIds = new Set(product.outputPorts.map((port) => port.id))
    check(domainIds.has(product.domainId), `${product.urn}: unknown domain`)
    for (const owner of product.owners) {
      if (owner.teamId !== undefined) check(teamsById.has(owner.teamId), `${product.urn}: unknown team ${owner.teamId}`)
      if (owner.personId !== undefined) check(personIds.has(owner.personId), `${product.urn}: unknown person ${owner.personId}`)
    }
    if (product.replacedBy !== undefined) check(position.has(product.replacedBy), `${product.urn}: unknown replacement`)
    if (product.contract !== undefined) check(portIds.has(product.contract.outputPortId ?? ''), `${product.urn}: contract port`)
    for (const input of product.inputPorts) {
      if (input.kind !== 'product') continue
      const upstreamIndex = position.get(input.productUrn)
      check(upstreamIndex !== undefined && upstreamIndex < index, `${product.urn}: reads ${input.productUrn} out of order`)
      const upstream = products[upstreamIndex ?? -1]
      check(upstream?.outputPorts.some((port) => port.id === input.outputPortId) ?? false, `${product.urn}: unknown input port`)
    }
    for (const edge of product.columnLineage ?? []) {
      const columnOf = (urn: string, portId: string | undefined, name: string) =>
        products[position.get(urn) ?? -1]?.outputPorts.find((port) => port.id === portId)?.columns.some((c) => c.name === name) ?? false
      check(columnOf(product.urn, edge.outputPortId, edge.column), `${product.urn}: unknown lineage column ${edge.column}`)
      for (const source of edge.from) check(columnOf(source.productUrn, source.outputPortId, source.column), `${product.urn}: unknown source column`)
    }
  })
  return problems
}

const allColumns = (columns: readonly Column[]): Column[] => columns.flatMap((column) => [column, ...allColumns(column.fields ?? [])])

describe('generateMesh', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    expect(generateMesh({ products: 500, seed: 7 })).toEqual(generateMesh({ products: 500, seed: 7 }))
    expect(generateMesh({ products: 500, seed: 7 })).not.toEqual(generateMesh({ products: 500, seed: 8 }))
  })

  it.each([0, 1, 60, 1000])('generates exactly %i products', (count) => {
    const mesh = generateMesh({ products: count })
    expect(mesh.products).toHaveLength(count)
    expect(mesh.domains.length).toBeGreaterThanOrEqual(8)
    expect(referenceProblems(mesh)).toEqual([])
  })

  it('scales the organisation with the mesh, up to a cap', () => {
    const small = generateMesh({ products: 600 })
    expect(small.domains).toHaveLength(10)
    expect(small.teams).toHaveLength(15)
    expect(small.people).toHaveLength(45)
    expect(generateMesh({ products: 30_000 }).domains).toHaveLength(400)
  })

  it('takes a number of domains when asked, beyond the cap', () => {
    const mesh = generateMesh({ products: 3000, domains: 500 })
    expect(mesh.domains).toHaveLength(500)
    expect(new Set(mesh.domains.map((domain) => domain.id)).size).toBe(500)
    expect(new Set(mesh.products.map((product) => product.domainId)).size).toBeGreaterThan(400)
    expect(referenceProblems(mesh)).toEqual([])
    expect(generateMesh({ products: 10, domains: 2 }).domains).toHaveLength(8)
  })

  describe('with 2,000 products', () => {
    const mesh = generateMesh({ products: 2000, seed: 42 })
    const { products } = mesh

    it('resolves every reference and reads only earlier products, so lineage is acyclic', () => {
      expect(referenceProblems(mesh)).toEqual([])
    })

    it('has unique URNs built from domain and name', () => {
      expect(new Set(products.map((product) => product.urn)).size).toBe(products.length)
      for (const product of products) {
        expect(product.urn).toBe(`urn:tessera:product:${product.domainId}.${product.name}`)
        expect(product.name).toMatch(/^[a-z][a-z0-9_]*$/)
      }
    })

    it('mixes kinds roughly 35 / 40 / 25 and reads externals only from source-aligned products', () => {
      for (const kind of PRODUCT_KINDS) expect(products.some((product) => product.kind === kind)).toBe(true)
      const share = (kind: string) => products.filter((product) => product.kind === kind).length / products.length
      expect(share('source-aligned')).toBeGreaterThan(0.28)
      expect(share('aggregate')).toBeGreaterThan(0.33)
      expect(share('consumer-aligned')).toBeGreaterThan(0.18)
      for (const product of products) {
        const readsExternal = product.inputPorts.some((input) => input.kind === 'external')
        if (product.kind === 'source-aligned') expect(readsExternal).toBe(true)
        expect(product.inputPorts.length).toBeGreaterThanOrEqual(1)
        expect(product.inputPorts.length).toBeLessThanOrEqual(4)
      }
      const crossDomain = products.filter((product) =>
        product.inputPorts.some((input) => input.kind === 'product' && !input.productUrn.startsWith(`urn:tessera:product:${product.domainId}.`)),
      )
      expect(crossDomain.length).toBeGreaterThan(0)
    })

    it('has schemas of 5 to 40 columns with some nesting and personal data', () => {
      const ports = products.flatMap((product) => product.outputPorts)
      for (const port of ports) {
        expect(port.columns.length).toBeGreaterThanOrEqual(5)
        expect(port.columns.length).toBeLessThanOrEqual(40)
      }
      const columns = ports.flatMap((port) => allColumns(port.columns))
      expect(columns.some((column) => column.fields !== undefined)).toBe(true)
      expect(columns.some((column) => column.pii === true)).toBe(true)
      expect(columns.some((column) => column.description === undefined)).toBe(true)
    })

    it('mixes contracts, SLO states and lifecycles, and leaves coverage gaps', () => {
      const contracted = products.filter((product) => product.contract !== undefined).length / products.length
      expect(contracted).toBeGreaterThan(0.4)
      expect(contracted).toBeLessThan(0.6)
      const statuses = new Set(products.flatMap((product) => product.slos.map((slo) => slo.status)))
      expect([...statuses].sort()).toEqual(['breached', 'met', 'unknown'])
      const lifecycles = new Set(products.map((product) => product.lifecycle))
      expect([...lifecycles].sort()).toEqual(['active', 'deprecated', 'draft', 'retired'])
      expect(products.some((product) => product.owners.length === 0)).toBe(true)
      expect(products.some((product) => product.description === '')).toBe(true)
      expect(products.some((product) => product.columnLineage !== undefined)).toBe(true)
      const used = new Set(products.map((product) => product.domainId))
      expect(mesh.domains.some((domain) => !used.has(domain.id))).toBe(true)
      expect(mesh.domains.some((domain) => domain.parentId !== undefined)).toBe(true)
    })
  })

  it('generates 100,000 products with unique URNs', { timeout: 60_000 }, () => {
    const mesh = generateMesh({ products: 100_000 })
    expect(mesh.products).toHaveLength(100_000)
    expect(new Set(mesh.products.map((product) => product.urn)).size).toBe(100_000)
  })
})
